// What other domains may use of core: the roles, the accounts' public shapes, settings, the
// calendar, and core's piece of the contract.
export * from './roles.ts';
export * from './auth.ts';
export * from './admin.ts';
export * from './calendar.ts';
export * from './prefs.ts';
export * from './recovery.ts';
export * from './office.ts';
export { coreContract } from './ops.ts';
export { coreSettings } from './settings.ts';
