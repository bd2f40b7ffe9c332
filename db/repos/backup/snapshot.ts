// A backup's database copy: written by VACUUM INTO from the open connection (one consistent
// snapshot of what is committed; from a keyed connection it comes out encrypted with the same key),
// and what a copy holds, read back to describe and verify it.
import type { Db } from '../../types.ts';
import { encryptInPlace, fileKind } from '../../crypt/cipher.ts';
import { readUserVersion } from '../../migrate.ts';

/** Writes the committed state of `db` into a new file (which must not exist). Not inside a transaction. */
export function snapshotInto(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/**
 * A copy written from a database that is not encrypted (a test's own, or one never opened by this
 * version) is encrypted in place with the store's key: no backup is ever written in plaintext.
 */
export function encryptCopy(file: string, key: Buffer): void {
  if (fileKind(file) === 'plaintext') encryptInPlace(file, key);
}

export interface StoredFile {
  sha256: string;
  size: number;
}

export interface StoreFacts {
  schemaVersion: number;
  units: number;
  people: number;
  tips: number;
  /** Every stored attachment file the database records (by content hash). */
  files: StoredFile[];
}

function count(db: Db, table: string): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  return exists ? (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : 0;
}

/** What a database holds, as a backup's manifest states it. */
export function storeFacts(db: Db): StoreFacts {
  const hasFiles = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'files'").get();
  return {
    schemaVersion: readUserVersion(db),
    units: count(db, 'units'),
    people: count(db, 'people'),
    tips: count(db, 'tips'),
    files: hasFiles ? (db.prepare('SELECT sha256, size FROM files ORDER BY sha256').all() as StoredFile[]) : [],
  };
}

/** SQLite's own check of the file: [] when it is sound, else its first problems. */
export function integrityProblems(db: Db): string[] {
  let rows: Array<{ integrity_check: string }>;
  try {
    rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  } catch (error) {
    // A file damaged past reading (SQLITE_CORRUPT) is a problem found, not a failure of the check.
    return [error instanceof Error ? error.message : String(error)];
  }
  if (rows.length === 1 && rows[0]?.integrity_check === 'ok') return [];
  return rows.slice(0, 5).map((r) => r.integrity_check);
}
