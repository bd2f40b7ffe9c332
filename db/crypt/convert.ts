// A plaintext database becomes an encrypted one (the upgrade to the encrypted store): a new
// encrypted file is written and verified, and only then put in place of the original, whose
// plaintext bytes are overwritten — no plaintext copy is left behind, and at no moment is the
// path without a whole database (the rename is atomic; a crash before it leaves the original).
//   1. the original's WAL is folded in, its tables counted;
//   2. VACUUM INTO a temporary file beside it (owner-only), encrypted in place (rekey, with the
//      journal off WAL), brought up to the current schema, and sealed by the caller (the audit
//      chain MACed, query codes keyed) in one transaction;
//   3. verified: integrity_check, the caller's check (the audit chain with its key), and every
//      table of the original holding the same number of rows;
//   4. a verified encrypted backup of it is written (as a migration copy: `<file>.v<n>-<time>.bak`);
//   5. put in place of the original: the original is renamed aside (`.plaintext-old`), the new file
//      renamed into its place (two renames, no rename over an open file: Windows refuses those),
//      then the original's bytes, its WAL and its plaintext migration copies are overwritten with
//      zeros and removed. A crash between the two renames is finished at the next opening
//      (`clearInterruptedConversion`: the original goes back where it was).
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../types.ts';
import { migrate, readUserVersion } from '../migrate.ts';
import { OWNER_FILE, restrict } from '../ownerOnly.ts';
import { applyKey, encryptInPlace, fileKind } from './cipher.ts';

export interface ConversionHooks {
  /** Inside one transaction on the new file, after migration: key what was unkeyed. */
  seal(db: Db): void;
  /** After sealing: throws with a Chinese message when the new file is not right. */
  verify(db: Db): void;
  now(): Date;
}

export interface ConversionReport {
  backupPath: string;
  tables: number;
  rows: number;
}

export class ConversionError extends Error {}

const CONVERTING = '.converting';

function tableCounts(db: Db): Map<string, number> {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  const out = new Map<string, number>();
  for (const { name } of names) {
    // Virtual tables' shadow tables are counted as tables; a virtual table itself is counted too.
    out.set(name, (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n);
  }
  return out;
}

/** Overwrites a file's bytes with zeros (through an open descriptor, or by path) and flushes. */
function zeroFill(fd: number): void {
  const size = fstatSync(fd).size;
  const zeros = Buffer.alloc(Math.min(size, 1 << 20));
  for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
  fsyncSync(fd);
}

export function wipeFile(path: string): void {
  if (!existsSync(path)) return;
  const fd = openSync(path, 'r+');
  try {
    zeroFill(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
}

const SET_ASIDE = '.plaintext-old';

/**
 * What a crash in the middle of a conversion left. Before the original was set aside: the
 * temporary file (plaintext or not) is wiped, the original is as it was. Between the two renames
 * (no database at its path): the original goes back, to be converted again. After both: the
 * original's set-aside bytes are wiped.
 */
export function clearInterruptedConversion(file: string): void {
  const aside = `${file}${SET_ASIDE}`;
  if (existsSync(aside)) {
    if (fileKind(file) === 'absent') renameSync(aside, file);
    else wipeFile(aside);
  }
  for (const suffix of ['', '-journal', '-wal', '-shm']) wipeFile(`${file}${CONVERTING}${suffix}`);
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

export function convertToEncrypted(file: string, key: Buffer, hooks: ConversionHooks): ConversionReport {
  if (fileKind(file) !== 'plaintext') throw new ConversionError(`不是未加密的数据库，不能转换：${file}`);
  clearInterruptedConversion(file);
  const temp = `${file}${CONVERTING}`;

  // 1. The original, whole (its WAL folded in), and what it holds.
  const source = new Database(file, { fileMustExist: true });
  let counts: Map<string, number>;
  try {
    source.pragma('busy_timeout = 5000');
    source.pragma('wal_checkpoint(TRUNCATE)');
    counts = tableCounts(source);
    source.prepare('VACUUM INTO ?').run(temp);
  } finally {
    source.close();
  }
  restrict(temp, OWNER_FILE);

  // 2. Encrypted in place, migrated and sealed.
  try {
    try {
      encryptInPlace(temp, key);
    } catch {
      throw new ConversionError('加密未生效，已停止转换；原数据库未改动。');
    }

    const db = new Database(temp, { fileMustExist: true });
    let backupPath: string;
    try {
      applyKey(db, key, temp);
      db.pragma('foreign_keys = ON');
      migrate(db, { file: temp, now: hooks.now, backup: false });
      db.transaction(() => hooks.seal(db))();
      // 3. Verified.
      const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
      if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') throw new ConversionError('加密后的数据库完整性检查未通过，已停止转换；原数据库未改动。');
      hooks.verify(db);
      const after = tableCounts(db);
      for (const [table, n] of counts) {
        if (after.get(table) !== n) throw new ConversionError(`加密后的数据库中 ${table} 表有 ${after.get(table) ?? 0} 行，原库为 ${n} 行，已停止转换；原数据库未改动。`);
      }
      // 4. A verified encrypted backup first.
      backupPath = `${file}.v${readUserVersion(db)}-${stamp(hooks.now())}-encrypted.bak`;
      db.prepare('VACUUM INTO ?').run(backupPath);
      restrict(backupPath, OWNER_FILE);
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    const copy = new Database(backupPath, { fileMustExist: true, readonly: true });
    try {
      applyKey(copy, key, backupPath);
      const integrity = copy.pragma('integrity_check') as Array<{ integrity_check: string }>;
      if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') throw new ConversionError('转换前的加密备份校验未通过，已停止转换；原数据库未改动。');
    } finally {
      copy.close();
    }

    // 5. In place of the original; the original's bytes overwritten.
    const aside = `${file}${SET_ASIDE}`;
    renameSync(file, aside);
    renameSync(temp, file);
    wipeFile(aside);
    for (const suffix of ['-wal', '-shm', '-journal']) wipeFile(`${file}${suffix}`);
    wipePlaintextCopies(file);
    return { backupPath, tables: counts.size, rows: [...counts.values()].reduce((a, b) => a + b, 0) };
  } catch (error) {
    clearInterruptedConversion(file);
    throw error;
  }
}

/** The migration copies written while the database was plaintext: each is a whole plaintext copy. */
function wipePlaintextCopies(file: string): void {
  const dir = dirname(file);
  const prefix = `${basename(file)}.v`;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name.startsWith(prefix) && name.endsWith('.bak') && statSync(path).isFile() && fileKind(path) === 'plaintext') wipeFile(path);
  }
}
