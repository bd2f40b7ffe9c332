// Restoring while the app serves (备份与恢复's 恢复, and `lianqing restore` when this machine holds
// the database's key): the backup verified; then, holding the store's gate (no call runs meanwhile),
// the current data kept as a 恢复前 backup, the backup put in place (swap.ts), the database opened
// again through the same key and handed to the context, every session ended (everyone signs in
// again), and attachment files the restored database does not record removed (they are in the
// 恢复前 backup).
import { openDatabase } from '../../../db/open.ts';
import type { RestoreDone } from '../../../shared/backup/index.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import type { ServiceContext } from '../kernel/context.ts';
import { sweepAttachments } from '../tips/index.ts';
import { basename, dirname, resolve } from 'node:path';
import { backupsFolder, entryOf } from './places.ts';
import { stage, swapIn } from './swap.ts';
import { verifyBackup, type Verification } from './verify.ts';
import { makeBackup } from './write.ts';

/** The reason a backup cannot be restored, as the administrator reads it. */
export function refusal(check: Extract<Verification, { ok: false }>): AppError {
  return new AppError('CONFLICT', `不能从这个备份恢复：${check.problem}。当前数据未做任何改动。`);
}

export async function restoreInPlace(ctx: ServiceContext, folder: string, now: Date, timeZone: string, restoringSession: string | null): Promise<RestoreDone> {
  const check = await verifyBackup(folder, ctx.keys);
  if (!check.ok) throw refusal(check);
  const reopen = () => openDatabase(ctx.dbFile, { key: ctx.keys.database, fileMustExist: true, now: () => ctx.clock.now() }).db;
  const release = await ctx.gate.acquire();
  try {
    const before = await makeBackup(
      { db: ctx.db, dbFile: ctx.dbFile, keys: ctx.keys, gate: null },
      { parent: backupsFolder(ctx.dbFile), place: '数据文件夹', kind: 'pre-restore', now, timeZone, create: true },
    );
    const plan = { dbFile: ctx.dbFile, folder, manifest: check.manifest, head: ctx.outsideHead, newKey: null };
    await stage(plan);
    ctx.db.close();
    try {
      await swapIn(plan);
    } catch (error) {
      ctx.db = reopen();
      throw error;
    }
    ctx.db = reopen();
    // Every other session ends now: a call waiting for the store is refused (kernel/runner.ts).
    ctx.sessions.clear(restoringSession);
    sweepAttachments(ctx);
    const place = dirname(resolve(folder)) === backupsFolder(ctx.dbFile) ? '数据文件夹' : '指定文件夹';
    return { restored: await entryOf(folder, basename(folder), place, check.manifest), before: before.entry };
  } finally {
    release();
  }
}
