// The daily automatic backup, for the serving hosts (serve, the desktop): at start — after the
// partial backups a killed writer left are swept — and then every hour, if the data folder holds
// no automatic backup of today, one is made through the dispatcher as the system (backup.daily:
// verified, copied to 第二备份位置 when set, old ones pruned, audited). Never two at once.
import { systemClock, type ServiceContext } from '../services/kernel/context.ts';
import { backupPlaces, dailyBackupDue, sweepPartialBackups } from '../services/backup/index.ts';
import { dispatchLocal } from '../services/dispatch.ts';
import { getSettings } from '../services/settings/index.ts';

export const DAILY_BACKUP_ACTOR = '（自动备份）';
const HOUR_MS = 3_600_000;

export interface DailyBackups {
  /** Runs the check now (and the backup if due); resolves when done. */
  tick(): Promise<void>;
  /** No more checks. Returns the backup under way, if any: close the store once it has ended. */
  stop(): Promise<void> | null;
}

/** The partial backups left by a writer that is gone, in the data folder's and the second place. */
export function sweepBackups(ctx: ServiceContext): number {
  // A partial folder's age is read from its modification time, which the file system stamps with
  // the real clock: it is measured against the real clock too, not the service's (a test's) clock.
  return sweepPartialBackups(backupPlaces(ctx.dbFile, getSettings(ctx.db).backupSecondFolder), systemClock.now().getTime());
}

export function startDailyBackups(ctx: ServiceContext, log: (line: string) => void, everyMs = HOUR_MS): DailyBackups {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = async () => {
    if (stopped || !ctx.db.open || !dailyBackupDue(ctx, getSettings(ctx.db).officeTimeZone)) return;
    const r = await dispatchLocal(ctx, 'backup.daily', {}, DAILY_BACKUP_ACTOR);
    if (r.ok) log(`已自动备份：${r.value.backup.folder}${r.value.second?.problem ? `；未能复制到第二备份位置：${r.value.second.problem}` : ''}`);
    else if (r.error.code !== 'CONFLICT' || !r.error.message.startsWith('今天已有')) log(`自动备份失败：${r.error.message}`);
  };
  const tick = () => {
    running ??= run()
      .catch((error: unknown) => log(`自动备份失败：${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return {
    tick,
    stop: () => {
      stopped = true;
      clearInterval(timer);
      return running;
    },
  };
}
