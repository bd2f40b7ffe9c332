// `lianqing restore --db PATH --from FOLDER [--recovery-key KEY] [--yes]`: the command line's
// restore, which needs no store open first — this machine may hold no key for the database (a new
// machine, a lost key file), and the current database may be missing or unreadable. Without --yes
// it only shows what the backup holds and what would be replaced. With --yes: the backup verified
// with the database's key (or the recovery key); the current data kept — as a 恢复前 backup when
// this machine's key opens it, else renamed aside — then the backup put in place (and, restoring
// another database's backup, its key file installed, the old one kept beside it); the restore is
// recorded in the restored database's audit trail.
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { openDatabase } from '../../db/open.ts';
import { fileKind } from '../../db/crypt/cipher.ts';
import type { Db } from '../../db/types.ts';
import { storeFacts } from '../../db/repos/backup/index.ts';
import { BACKUP_KIND_LABELS, type BackupEntry } from '../../shared/backup/index.ts';
import { DEFAULT_OFFICE_TIME_ZONE, secondInZone } from '../../shared/kernel/dates.ts';
import { AppError } from '../../shared/kernel/errors.ts';
import type { Clock, ServiceContext } from '../services/kernel/context.ts';
import { keyFileExists, writeKeyFile, type KeyProtector } from '../services/kernel/keys/keyFile.ts';
import { deriveKeyring, type Keyring } from '../services/kernel/keys/keyring.ts';
import { headFileFor, OutsideHead } from '../services/kernel/keys/outsideHead.ts';
import { parseRecoveryKey, RecoveryKeyError } from '../services/kernel/keys/recoveryKey.ts';
import { loadMaster, StoreError } from '../services/kernel/keys/store.ts';
import { backupsFolder, countsLine, inUseByAnother, makeBackup, recordRestore, stage, swapIn, verifyBackup } from '../services/backup/index.ts';
import { attachmentsFolder, sweepAttachments } from '../services/tips/index.ts';
import { getSettings } from '../services/settings/index.ts';

export interface RestoreCommand {
  db: string;
  from: string | undefined;
  recoveryKey: string | undefined;
  yes: boolean;
  keyFile: string;
  protector: KeyProtector;
  clock: Clock;
  actor: string;
  out(text: string): void;
  fail(message: string, exitCode?: number): never;
  /** The store opened as the other commands open it (after the restore). */
  openContext(): { ctx: ServiceContext; close(): void };
}

/** The current database's key on this machine, or why there is none. */
function currentMaster(c: RestoreCommand): { master: Buffer | null; problem: string | null } {
  if (!keyFileExists(c.keyFile)) return { master: null, problem: null };
  try {
    return { master: loadMaster(c.db, c.keyFile, c.protector), problem: null };
  } catch (error) {
    if (error instanceof StoreError) return { master: null, problem: error.message };
    throw error;
  }
}

/** The current database opened (read-write, unmigrated) with this machine's key, or null when it cannot be. */
function openCurrent(db: string, keys: Keyring | null): Db | null {
  if (!keys || fileKind(db) !== 'encrypted') return null;
  try {
    return openDatabase(db, { key: keys.database, fileMustExist: true, migrate: false }).db;
  } catch {
    return null;
  }
}

function currentCounts(db: Db): BackupEntry['counts'] {
  const f = storeFacts(db);
  return { units: f.units, people: f.people, tips: f.tips, attachments: f.files.length };
}

function describe(b: BackupEntry): string {
  return `备份时间 ${b.madeAtLocal}（${BACKUP_KIND_LABELS[b.kind]}备份）；${countsLine(b)}`;
}

export async function restoreCommand(c: RestoreCommand): Promise<void> {
  if (!c.from) c.fail('请用 --from 指出要恢复的备份文件夹（如 E:\\廉情备份-20261121-093000）。', 2);
  const folder = resolve(c.from);
  const now = c.clock.now();
  const mine = currentMaster(c);
  let master: Buffer;
  if (c.recoveryKey) {
    try {
      master = parseRecoveryKey(c.recoveryKey);
    } catch (error) {
      if (error instanceof RecoveryKeyError) c.fail(`${error.message}未做任何改动。`);
      throw error;
    }
  } else if (mine.master) {
    master = mine.master;
  } else {
    c.fail(
      mine.problem ??
        `这台电脑上没有数据库 ${c.db} 的密钥文件（${c.keyFile}）。从另一台电脑或重新安装前的备份恢复，请加 --recovery-key <恢复密钥>。未做任何改动。`,
    );
  }
  const keys = deriveKeyring(master);
  const check = await verifyBackup(folder, keys);
  if (!check.ok) {
    const problem = check.otherKey && c.recoveryKey ? '恢复密钥与这个备份不符（请核对恢复密钥，它应是做这个备份的数据库的恢复密钥）' : check.problem;
    c.fail(`不能从这个备份恢复：${problem}。未做任何改动。`);
  }
  const m = check.manifest;
  const backup: BackupEntry = { folder, name: basename(folder), place: '指定文件夹', kind: m.kind, madeAt: m.madeAt, madeAtLocal: m.madeAtLocal, counts: m.counts, bytes: 0 };
  c.out(`备份：${folder}\n${describe(backup)}；校验通过。\n`);

  const currentKeys = mine.master ? deriveKeyring(mine.master) : null;
  const keyChanges = !mine.master || !mine.master.equals(master);
  const exists = fileKind(c.db) !== 'absent';
  const handle = exists ? openCurrent(c.db, currentKeys) : null;
  const stamp = secondInZone(now, handle ? getSettings(handle).officeTimeZone : DEFAULT_OFFICE_TIME_ZONE).replace(/[-: ]/g, '');
  const asideDb = `${c.db}.恢复前-${stamp}`;
  const asideKey = `${c.keyFile}.恢复前-${stamp}`;
  try {
    if (!exists) c.out(`当前没有数据库（${c.db}），将直接恢复。\n`);
    else if (handle) c.out(`当前数据：${countsLine({ counts: currentCounts(handle) })}。恢复时将被替换（替换前先备份到 ${backupsFolder(c.db)}）。\n`);
    else c.out(`当前数据库无法用这台电脑上的密钥打开${mine.problem ? `（${mine.problem}）` : ''}，恢复前将把它改名保存为 ${asideDb}。\n`);
    if (keyChanges && keyFileExists(c.keyFile)) c.out(`这个数据库将改用备份的密钥；原密钥文件另存为 ${asideKey}。\n`);
    if (!c.yes) {
      c.out('以上为预览，未做任何改动。确认恢复请加 --yes。\n');
      return;
    }

    // Nothing is done while another process has the database open (its WAL outlives our closing it).
    if (handle) {
      handle.close();
      if (inUseByAnother(c.db)) c.fail('数据库正被另一个程序使用（廉情桌面版、浏览器版或另一个命令），请先关闭它再恢复。未做任何改动。');
    }
    const current = handle ? openCurrent(c.db, currentKeys) : null;
    // The current data kept first.
    let before: string | null = null;
    if (current && currentKeys) {
      try {
        const timeZone = getSettings(current).officeTimeZone;
        const made = await makeBackup({ db: current, dbFile: c.db, keys: currentKeys, gate: null }, { parent: backupsFolder(c.db), place: '数据文件夹', kind: 'pre-restore', now, timeZone, create: true });
        before = made.entry.folder;
      } finally {
        current.close();
      }
    }
    if (exists && !handle) {
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${c.db}${suffix}`)) renameSync(`${c.db}${suffix}`, `${asideDb}${suffix}`);
      if (existsSync(attachmentsFolder(c.db))) renameSync(attachmentsFolder(c.db), `${attachmentsFolder(c.db)}.恢复前-${stamp}`);
      before = asideDb;
    }
    if (keyChanges && keyFileExists(c.keyFile)) copyFileSync(c.keyFile, asideKey);

    mkdirSync(dirname(c.db), { recursive: true, mode: 0o700 });
    const plan = {
      dbFile: c.db,
      folder,
      manifest: m,
      head: new OutsideHead(headFileFor(c.keyFile)),
      newKey: keyChanges ? { keyFile: c.keyFile, write: (path: string) => writeKeyFile(path, master, c.protector, c.db, now, false) } : null,
    };
    await stage(plan);
    await swapIn(plan);

    const { ctx, close } = c.openContext();
    try {
      recordRestore(ctx, c.actor, backup, before, keyChanges);
      sweepAttachments(ctx);
    } finally {
      close();
    }
    c.out(`已从备份恢复：${describe(backup)}。\n`);
    if (before) c.out(`恢复前的数据已保存在：${before}\n`);
    if (keyChanges) c.out(`密钥文件已改为这个备份的密钥：${c.keyFile}${keyFileExists(asideKey) ? `（原密钥文件：${asideKey}）` : ''}\n`);
    c.out('请重新启动廉情并登录（账号和密码以备份时为准）。\n');
  } catch (error) {
    if (error instanceof AppError) c.fail(error.message);
    throw error;
  } finally {
    if (handle?.open) handle.close();
  }
}
