// What other domains may use of tips: its shapes, its flow rules, and its piece of the contract.
export * from './enums.ts';
export * from './register.ts';
export * from './steps.ts';
export * from './ledger.ts';
export * from './dashboard.ts';
export * from './stats.ts';
export * from './flow.ts';
export { tipsContract } from './ops.ts';
export { tipSettings } from './settings.ts';
export * from './dayRules.ts';
export * from './handlingDue.ts';
