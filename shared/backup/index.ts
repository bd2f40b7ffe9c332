// What other domains may use of backup: its shapes, naming rules, settings and piece of the contract.
export * from './names.ts';
export * from './shapes.ts';
export { backupContract } from './ops.ts';
export { backupSettings } from './settings.ts';
