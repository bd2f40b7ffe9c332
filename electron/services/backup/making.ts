// 立即备份 (to the data folder's backups/ or a folder typed, e.g. a USB drive) and the daily
// automatic backup (the hosts call it as the system when there is none of today yet): the backup
// is made and verified before the transaction, which records it in the audit trail. A failed daily
// backup is recorded too, so the administrator sees it in 审计日志.
import type { BackupMade } from '../../../shared/backup/index.ts';
import { dateInZone } from '../../../shared/kernel/dates.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import { audit, type Call, type ServiceContext } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { backupsFolder } from './places.ts';
import { hasAutoBackupOf, pruneAutoBackups } from './prune.ts';
import { backupSettingsOf } from './settingsNow.ts';
import { copyBackup, makeBackup, type BackupSource } from './write.ts';

const ALREADY_TODAY = '今天已有自动备份。';

function sourceOf(ctx: ServiceContext): BackupSource {
  return { db: ctx.db, dbFile: ctx.dbFile, keys: ctx.keys, gate: ctx.gate };
}

/** Whether the daily backup is still to be made today (the office's date by the service clock). */
export function dailyBackupDue(ctx: ServiceContext, timeZone: string): boolean {
  return !hasAutoBackupOf(backupsFolder(ctx.dbFile), dateInZone(ctx.clock.now(), timeZone));
}

function recordMade(call: Call, made: BackupMade): BackupMade {
  const b = made.backup;
  audit(call, 'backup', b.name, b.name, {
    folder: b.folder,
    madeAt: b.madeAtLocal,
    ...b.counts,
    ...(made.second ? { second: made.second.folder ?? `未能复制：${made.second.problem ?? ''}` } : {}),
    ...(made.pruned > 0 ? { pruned: made.pruned } : {}),
  });
  return made;
}

export const makingHandlers: HandlerGroup<'backup.create' | 'backup.daily'> = {
  'backup.create': steps<'backup.create', BackupMade>({
    prepare: async (call, input) => {
      const folder = input.folder ? input.folder : null;
      const made = await makeBackup(sourceOf(call.ctx), {
        parent: folder ?? backupsFolder(call.ctx.dbFile),
        place: folder ? '指定文件夹' : '数据文件夹',
        kind: 'manual',
        now: call.now,
        timeZone: call.timeZone,
        create: folder === null,
      });
      return { backup: made.entry, second: null, pruned: 0 };
    },
    run: (call, _input, made) => recordMade(call, made),
  }),

  'backup.daily': steps<'backup.daily', BackupMade>({
    prepare: async (call) => {
      const today = dateInZone(call.now, call.timeZone);
      const primary = backupsFolder(call.ctx.dbFile);
      if (hasAutoBackupOf(primary, today)) throw new AppError('CONFLICT', ALREADY_TODAY);
      const settings = await backupSettingsOf(call.ctx);
      const made = await makeBackup(sourceOf(call.ctx), { parent: primary, place: '数据文件夹', kind: 'auto', now: call.now, timeZone: call.timeZone, create: true });
      let second: BackupMade['second'] = null;
      let pruned = await pruneAutoBackups(primary, today, settings.keepDays);
      if (settings.secondFolder) {
        try {
          const copy = await copyBackup(made, settings.secondFolder, '第二备份位置', call.ctx.keys);
          second = { folder: copy.entry.folder, problem: null };
          pruned += await pruneAutoBackups(settings.secondFolder, today, settings.keepDays);
        } catch (error) {
          second = { folder: null, problem: error instanceof AppError ? error.message : '复制时出错' };
        }
      }
      return { backup: made.entry, second, pruned };
    },
    run: (call, _input, made) => recordMade(call, made),
    refused: (call, _input, error) => {
      if (error.message !== ALREADY_TODAY) audit(call, 'backup', null, null, { result: '自动备份失败', problem: error.message });
    },
  }),
};
