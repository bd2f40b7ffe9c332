// 备份与恢复's reads: the backups in the data folder and 第二备份位置 (from their manifests), and
// what one backup holds with whether it verifies (查看, before a restore).
import { basename, dirname, resolve } from 'node:path';
import type { BackupInspection } from '../../../shared/backup/index.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import type { ServiceContext } from '../kernel/context.ts';
import { backupPlaces, backupsFolder, entryOf, listBackups } from './places.ts';
import { backupSettingsOf } from './settingsNow.ts';
import { verifyBackup } from './verify.ts';

/** Where a backup folder lies, as the list names it. */
async function placeOf(ctx: ServiceContext, folder: string) {
  const parent = dirname(resolve(folder));
  if (parent === backupsFolder(ctx.dbFile)) return '数据文件夹' as const;
  const { secondFolder } = await backupSettingsOf(ctx);
  return secondFolder && parent === resolve(secondFolder) ? ('第二备份位置' as const) : ('指定文件夹' as const);
}

export async function inspectBackup(ctx: ServiceContext, folder: string): Promise<BackupInspection> {
  const check = await verifyBackup(folder, ctx.keys);
  if (!check.ok && !check.manifest) throw new AppError('VALIDATION', `${check.problem}。`, { folder: check.problem });
  const manifest = check.manifest as NonNullable<typeof check.manifest>;
  const entry = await entryOf(folder, basename(folder), await placeOf(ctx, folder), manifest);
  return {
    ...entry,
    schemaVersion: manifest.schemaVersion,
    absent: manifest.absent.length,
    verified: check.ok,
    problem: check.ok ? null : check.problem,
  };
}

export const listingHandlers: HandlerGroup<'backup.list' | 'backup.inspect'> = {
  // The folders are read after the (empty) read transaction: nothing of the store is needed.
  'backup.list': steps<'backup.list', undefined, null>({
    run: () => null,
    finish: async (call) => listBackups(backupPlaces(call.ctx.dbFile, (await backupSettingsOf(call.ctx)).secondFolder)),
  }),
  'backup.inspect': steps<'backup.inspect', BackupInspection, BackupInspection>({
    prepare: (call, input) => inspectBackup(call.ctx, input.folder),
    run: (_call, _input, inspection) => inspection,
  }),
};
