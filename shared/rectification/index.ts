// What other domains may use of rectification: its shapes, rules and piece of the contract.
export * from './enums.ts';
export * from './items.ts';
export * from './ledger.ts';
export * from './notices.ts';
export * from './dashboard.ts';
export * from './flow.ts';
export { rectSettings } from './settings.ts';
export { rectificationContract } from './ops.ts';
