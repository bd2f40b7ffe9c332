// The backup domain's services: 备份与恢复 — backups of the database and attachments, verified,
// kept daily for a number of days, and restored with the current data kept first.
import type { backupContract } from '../../../shared/backup/ops.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { listingHandlers } from './listing.ts';
import { makingHandlers } from './making.ts';
import { restoringHandlers } from './restoring.ts';
import { backupCommands } from './cli.ts';

export const backupModule: DomainModule<keyof typeof backupContract.ops> = {
  domain: 'backup',
  handlers: joinHandlers('backup', listingHandlers, makingHandlers, restoringHandlers),
  cli: backupCommands,
};
