// Putting a verified backup in place of the current data (the current data already kept as a
// 恢复前 backup by the caller):
//   1. stage: the backup's database copied beside the current one (`<db>.restoring`) and checked;
//      with the current database still open and nothing else changed;
//   2. swap, with the current database closed: refused if another process still has it open (its
//      WAL is still there); the journal written; every attachment file of the backup put into the
//      attachments folder (each written aside and renamed; the current ones stay until the sweep);
//      the staged copy renamed over the database (one atomic step); the key file (restoring another
//      database's backup) and the outside head set to the restored database; the journal removed.
// A failure before the rename leaves the current database as it was; after it, the journal lets
// the next start finish (journal.ts).
import { randomUUID } from 'node:crypto';
import { constants, existsSync, renameSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OWNER_FILE, restrict } from '../../../db/ownerOnly.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import type { OutsideHead } from '../kernel/keys/outsideHead.ts';
import { attachmentsFolder } from '../tips/index.ts';
import { storedFilePath } from './attachmentsCopy.ts';
import { fsyncFile, fsyncFolder, ownerFolder, writeNewFile } from './durable.ts';
import { fileSha256, sha256Of } from './hashing.ts';
import { finishSwap, removeJournal, stagedKeyPath, stagedPath, undoStaging, writeJournal } from './journal.ts';
import { ATTACHMENTS_FOLDER, DATABASE_FILE, type Manifest } from './manifest.ts';

export interface SwapPlan {
  dbFile: string;
  /** The verified backup's folder and manifest. */
  folder: string;
  manifest: Manifest;
  /** The audit head kept outside the database, set to the restored database's. */
  head: OutsideHead;
  /** Restoring another database's backup: its key file, written (by the caller) to the path given. */
  newKey: { keyFile: string; write(path: string): void } | null;
}

export async function stage(plan: SwapPlan): Promise<void> {
  const staged = stagedPath(plan.dbFile);
  undoStaging(plan.dbFile, plan.newKey?.keyFile ?? null);
  await copyFile(join(plan.folder, DATABASE_FILE), staged, constants.COPYFILE_EXCL);
  restrict(staged, OWNER_FILE);
  fsyncFile(staged);
  if ((await fileSha256(staged)) !== plan.manifest.database.sha256) {
    undoStaging(plan.dbFile, null);
    throw new AppError('CONFLICT', '复制备份中的数据库时出错（复制后的校验值不符），当前数据未做任何改动。请重试。');
  }
  plan.newKey?.write(stagedKeyPath(plan.newKey.keyFile));
}

/** The database is in use by another process: its WAL outlives our closing it. */
export function inUseByAnother(dbFile: string): boolean {
  return existsSync(`${dbFile}-wal`) || existsSync(`${dbFile}-shm`);
}

async function placeAttachments(plan: SwapPlan): Promise<void> {
  const from = join(plan.folder, ATTACHMENTS_FOLDER);
  const to = attachmentsFolder(plan.dbFile);
  const shards = new Set<string>();
  for (const a of plan.manifest.attachments) {
    const target = storedFilePath(to, a.sha256);
    if (existsSync(target) && sha256Of(await readFile(target)) === a.stored) continue;
    const shard = dirname(target);
    await ownerFolder(shard);
    shards.add(shard);
    const temp = `${target}.${randomUUID()}.tmp`;
    await writeNewFile(temp, await readFile(storedFilePath(from, a.sha256)));
    renameSync(temp, target);
  }
  for (const shard of shards) fsyncFolder(shard);
  if (shards.size > 0) fsyncFolder(to);
}

/** Step 2 (the current database closed by the caller). Throws, having changed nothing that matters, when it cannot. */
export async function swapIn(plan: SwapPlan): Promise<void> {
  const keyFile = plan.newKey?.keyFile ?? null;
  if (inUseByAnother(plan.dbFile)) {
    undoStaging(plan.dbFile, keyFile);
    throw new AppError('CONFLICT', '数据库正被另一个程序使用（廉情桌面版、浏览器版或另一个命令），请先关闭它再恢复。当前数据未做任何改动。');
  }
  const journal = { head: plan.manifest.auditHead, headFile: plan.head.path, keyFile };
  writeJournal(plan.dbFile, journal);
  try {
    await placeAttachments(plan);
    renameSync(stagedPath(plan.dbFile), plan.dbFile);
  } catch (error) {
    // The journal first: a staged copy without a journal is removed at the next start.
    removeJournal(plan.dbFile);
    undoStaging(plan.dbFile, keyFile);
    throw new AppError('CONFLICT', `恢复时写入数据文件夹出错（${(error as NodeJS.ErrnoException).code ?? '文件系统错误'}），当前数据库未被替换。请检查磁盘后重试。`);
  }
  fsyncFolder(dirname(plan.dbFile));
  finishSwap({ format: 'lianqing-restore/1', ...journal });
  plan.head.reset(plan.manifest.auditHead);
  removeJournal(plan.dbFile);
}
