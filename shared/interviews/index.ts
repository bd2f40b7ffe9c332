// What other domains may use of interviews: its shapes, rules and piece of the contract.
export * from './enums.ts';
export * from './records.ts';
export * from './plans.ts';
export * from './views.ts';
export * from './ledger.ts';
export * from './dashboard.ts';
export * from './spotChecks.ts';
export * from './flow.ts';
export { interviewSettings } from './settings.ts';
export { interviewsContract } from './ops.ts';
