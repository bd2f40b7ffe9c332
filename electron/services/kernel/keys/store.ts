// Opening the office's store: finds the database's key (or makes one for a new database, or for a
// plaintext database it converts), opens the encrypted file with it, and compares the audit head
// kept outside the database. Every way this can go wrong ends in a clear Chinese message with the
// data untouched — above all, never a new empty database over one whose key is missing.
import { resolve } from 'node:path';
import { openDatabase } from '../../../../db/open.ts';
import type { Db } from '../../../../db/types.ts';
import type { MigrationReport } from '../../../../db/migrate.ts';
import { fileKind } from '../../../../db/crypt/cipher.ts';
import { clearInterruptedConversion, convertToEncrypted, type ConversionReport } from '../../../../db/crypt/convert.ts';
import { auditMacAt, lastAuditHead, listAudit, sealAuditChain, verifyAuditChain, type AuditHead } from '../../../../db/repos/core/index.ts';
import { keyQueryCodes } from '../../../../db/repos/tips/index.ts';
import { deriveKeyring, newMasterSecret, type Keyring } from './keyring.ts';
import { KeyFileError, keyFileExists, readKeyFile, type KeyProtector, unwrapSecret, writeKeyFile } from './keyFile.ts';
import { headFileFor, OutsideHead } from './outsideHead.ts';
import { parseRecoveryKey } from './recoveryKey.ts';
import { RecoveryKeeper } from './recovery.ts';

export class StoreError extends Error {}

export interface StoreOptions {
  dbFile: string;
  keyFile: string;
  protector: KeyProtector;
  /** A new, empty database may be made where none is (serve, the desktop, demo); never otherwise. */
  create: boolean;
  readonly?: boolean;
  /** The service clock (key file's date, migration copies' names). */
  now: () => Date;
  /**
   * The master secret given by the person (a recovery key typed at the command line): opens an
   * encrypted database whose key file this program cannot read (the desktop's, in the keystore).
   * The key file is neither read nor written; the head outside is the one beside it.
   */
  master?: Buffer;
}

export interface OpenedStore {
  db: Db;
  dbFile: string;
  keys: Keyring;
  keyFile: string;
  outsideHead: OutsideHead;
  recovery: RecoveryKeeper;
  migration: MigrationReport | null;
  /** Set when a plaintext database was converted on this opening. */
  converted: ConversionReport | null;
  created: boolean;
}

/** The key of a database: its key file unwrapped, or a StoreError saying what to do. */
export function loadMaster(dbFile: string, keyFile: string, protector: KeyProtector): Buffer {
  if (!keyFileExists(keyFile)) {
    throw new StoreError(
      `找不到数据库 ${dbFile} 的密钥文件（应在 ${keyFile}）。数据库未做任何改动。` +
        `如果数据是从另一台电脑或备份拿来的，请用恢复密钥：lianqing recover --db ${dbFile} --recovery-key <恢复密钥>；` +
        `或用 --key-file 指出密钥文件的位置。`,
    );
  }
  try {
    return unwrapSecret(readKeyFile(keyFile), protector, keyFile);
  } catch (error) {
    if (error instanceof KeyFileError) throw new StoreError(`${error.message} 数据库未做任何改动。`);
    throw error;
  }
}

/**
 * The cheap check at every opening: the database is not behind the head kept outside it (a
 * full verification of the chain is `lianqing check` and 审计日志's 校验).
 */
function checkOutsideHead(db: Db, head: OutsideHead, dbFile: string): void {
  const outside = head.read();
  if (outside === 'missing') {
    throw new StoreError(`库外保存的审计日志头（${head.path}）不见了，无法确认数据库 ${dbFile} 没有被回退。数据库未做任何改动。请联系系统管理员运行 lianqing check。`);
  }
  if (outside === null || outside.id === 0) return;
  const last = lastAuditHead(db);
  if (!last || last.id < outside.id) {
    throw new StoreError(
      `数据库被回退到较早的状态：库外记录的审计日志已到第 ${outside.id} 条，数据库中只到第 ${last?.id ?? 0} 条。` +
        `为防止有人用旧副本覆盖数据，程序没有打开它，数据库未做任何改动。如是有意从备份恢复，请使用“备份与恢复”或 lianqing restore。`,
    );
  }
  if (auditMacAt(db, outside.id) !== outside.mac) {
    throw new StoreError(`数据库中审计日志第 ${outside.id} 条与库外保存的记录不符：数据库被替换或改写过。程序没有打开它，数据库未做任何改动。请联系系统管理员运行 lianqing check。`);
  }
}

function sealHooks(keys: Keyring, now: () => Date) {
  return {
    now,
    seal(db: Db) {
      sealAuditChain(db, keys.audit);
      keyQueryCodes(db, keys.codes);
    },
    verify(db: Db) {
      const chain = verifyAuditChain(db, keys.audit, null);
      if (!chain.ok) throw new StoreError(`加密后的审计日志校验未通过：${chain.message}。已停止转换，原数据库未改动。`);
    },
  };
}

export function openStore(options: StoreOptions): OpenedStore {
  const dbFile = resolve(options.dbFile);
  const now = options.now;
  const outsideHead = new OutsideHead(headFileFor(options.keyFile));
  // A conversion cut off between its two renames leaves no file at the path: put the original back first.
  if (!options.readonly) clearInterruptedConversion(dbFile);
  const kind = fileKind(dbFile);
  let created = false;
  let converted: ConversionReport | null = null;
  let master: Buffer;

  if (options.master && kind !== 'encrypted') {
    throw new StoreError(kind === 'absent' ? `数据库文件不存在：${dbFile}` : `数据库 ${dbFile} 尚未加密，不需要恢复密钥。`);
  }
  if (options.master && !keyFileExists(options.keyFile)) {
    throw new StoreError(`这台电脑上没有数据库 ${dbFile} 的密钥文件（应在 ${options.keyFile}）：请先用恢复密钥建立它（lianqing recover --db ${dbFile} --recovery-key <恢复密钥>）。数据库未做任何改动。`);
  }

  if (kind === 'absent') {
    if (!options.create) throw new StoreError(`数据库文件不存在：${dbFile}`);
    if (keyFileExists(options.keyFile)) {
      throw new StoreError(
        `已有数据库 ${dbFile} 的密钥（${options.keyFile}），但数据库文件不见了。程序不会在原处新建空库。` +
          `如果数据库被移动了，请放回原处；如要从备份恢复，请用 lianqing restore。`,
      );
    }
    master = newMasterSecret();
    writeKeyFile(options.keyFile, master, options.protector, dbFile, now(), true);
    created = true;
  } else if (kind === 'plaintext') {
    if (options.readonly) throw new StoreError(`数据库 ${dbFile} 尚未加密：请先用本程序正常打开一次（会先做经过校验的加密备份再转换）。`);
    // A key file already there is this database's own, written by a conversion a crash cut short
    // (before any head was kept). With a head kept, the encrypted database has been replaced by a
    // plaintext copy — an older one, whatever it says: refused like a rollback.
    if (keyFileExists(options.keyFile)) {
      const kept = outsideHead.read();
      if (kept !== null && kept !== 'missing' && kept.id > 0) {
        throw new StoreError(
          `数据库 ${dbFile} 已加密使用过（审计日志已到第 ${kept.id} 条），现在的文件却是未加密的：它被换成了旧的副本。` +
            `程序没有打开它，文件未做任何改动。如是有意从备份恢复，请使用“备份与恢复”或 lianqing restore。`,
        );
      }
      master = loadMaster(dbFile, options.keyFile, options.protector);
    } else {
      master = newMasterSecret();
      writeKeyFile(options.keyFile, master, options.protector, dbFile, now(), true);
    }
    const keys = deriveKeyring(master);
    converted = convertToEncrypted(dbFile, keys.database, sealHooks(keys, now));
  } else {
    master = options.master ?? loadMaster(dbFile, options.keyFile, options.protector);
  }

  const keys = deriveKeyring(master);
  const opened = openDatabase(dbFile, { key: keys.database, readonly: options.readonly, fileMustExist: !created, now });
  try {
    if (created || converted) outsideHead.reset(lastAuditHead(opened.db));
    else if (!options.readonly) checkOutsideHead(opened.db, outsideHead, dbFile);
  } catch (error) {
    opened.db.close();
    throw error;
  }
  const recovery = new RecoveryKeeper(options.keyFile, options.protector);
  return { db: opened.db, dbFile, keys, keyFile: options.keyFile, outsideHead, recovery, migration: opened.migration, converted, created };
}

/**
 * Another machine, or a lost key file: the recovery key typed by the person is proved on the
 * database (it must open it) before a key file is written for it.
 */
export function recoverKeyFile(dbFile: string, keyFile: string, protector: KeyProtector, recoveryKey: string, now: Date): void {
  const master = parseRecoveryKey(recoveryKey);
  const file = resolve(dbFile);
  if (fileKind(file) !== 'encrypted') throw new StoreError(`${file} 不是加密的廉情数据库，无需恢复密钥。`);
  const keys = deriveKeyring(master);
  const opened = openDatabase(file, { key: keys.database, readonly: true });
  try {
    const head = lastAuditHead(opened.db);
    writeKeyFile(keyFile, master, protector, file, now, false);
    new OutsideHead(headFileFor(keyFile)).reset(head);
  } finally {
    opened.db.close();
  }
}

export interface ReanchoredHead {
  before: AuditHead | 'missing' | null;
  after: AuditHead | null;
  /** The newest entry now trusted: when and what. */
  newest: { at: string; op: string } | null;
}

/**
 * The head kept outside the database written again from the database as it is — when it was lost
 * (a power cut mid-write, a deleted file) and the office would otherwise be locked out. Only a
 * trail that verifies under the key (every hash, every MAC, the head in the database) is accepted:
 * whoever has no key cannot forge one. What it cannot rule out is a genuine older copy put back;
 * the person is shown the newest entry to judge, and the command asks them to confirm (--yes).
 */
export function reanchorOutsideHead(dbFile: string, keyFile: string, protector: KeyProtector, write: boolean): ReanchoredHead {
  const file = resolve(dbFile);
  const keys = deriveKeyring(loadMaster(file, keyFile, protector));
  const opened = openDatabase(file, { key: keys.database, readonly: true });
  try {
    const chain = verifyAuditChain(opened.db, keys.audit, null);
    if (!chain.ok) throw new StoreError(`审计日志本身校验未通过（${chain.message}），不能据此重新记录库外的日志头。请联系技术支持。`);
    const head = new OutsideHead(headFileFor(keyFile));
    const before = head.read();
    const after = lastAuditHead(opened.db);
    const newest = listAudit(opened.db, { page: 0, pageSize: 1, sortDir: 'desc' }).rows[0];
    if (write) head.reset(after);
    return { before, after, newest: newest ? { at: newest.at, op: newest.op } : null };
  } finally {
    opened.db.close();
  }
}
