// What other domains may use of tips in this layer; anything else of it stays inside.
export * from './demo/demoTips.ts';
export { DEMO_STAFF_USERS } from './demo/load.ts';
export * from './flow.ts';
export * from './module.ts';
export * from './register.ts';
export * from './attachmentSweep.ts';
export { attachmentsFolder } from '../kernel/storedFiles.ts';
export { sendTipToVerification } from './transfer.ts';
