// What other domains and the hosts may use of backup: the module, the daily backup's check, the
// start-up sweeps, and what `lianqing restore` needs before a service context exists.
export * from './module.ts';
export { dailyBackupDue } from './making.ts';
export { backupPlaces, backupsFolder, sweepPartialBackups } from './places.ts';
export { resumeRestore } from './journal.ts';
export { verifyBackup, type Verification } from './verify.ts';
export { makeBackup, type Made } from './write.ts';
export { inUseByAnother, stage, swapIn, type SwapPlan } from './swap.ts';
export { countsLine, sizeText } from './cli.ts';
export { refusal } from './restore.ts';
export { recordRestore } from './record.ts';
