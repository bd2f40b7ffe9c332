// Opens the one SQLite file: refuses a newer schema before touching anything, then sets the
// pragmas and brings the schema up to date (with a backup first, see migrate.ts).
// Given a key, the file is encrypted (SQLite3MultipleCiphers, ChaCha20-Poly1305): the database,
// its WAL and every copy made through it (migration copies, backups) — see db/crypt/.
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './types.ts';
import { restrictDatabaseFiles } from './ownerOnly.ts';
import { applyKey, WrongKeyError } from './crypt/cipher.ts';
import { LATEST_VERSION, migrate, type MigrationReport, readUserVersion, DbVersionError } from './migrate.ts';

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Open read-only (for checks); implies no migration. */
  readonly?: boolean;
  /** A clock for backup file names. */
  now?: () => Date;
  /** The database key (32 bytes): the file is encrypted with it. Without it the file is plaintext. */
  key?: Buffer;
  /** Refuse to create the file (a key given for a file that is not there must not make a new one). */
  fileMustExist?: boolean;
}

export interface OpenedDb {
  db: Db;
  migration: MigrationReport | null;
}

export function openDatabase(file: string, options: OpenOptions = {}): OpenedDb {
  const readonly = options.readonly === true;
  const db = new Database(file, { readonly, fileMustExist: readonly || options.fileMustExist === true });
  try {
    if (options.key) applyKey(db, options.key, file);
    // Before the WAL exists: SQLite gives the files it adds the database file's own mode.
    if (!readonly && file !== ':memory:' && file !== '') restrictDatabaseFiles(file);
    const version = readUserVersion(db);
    if (version > LATEST_VERSION) throw new DbVersionError(version, LATEST_VERSION);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const shouldMigrate = !readonly && options.migrate !== false;
    const migration = shouldMigrate ? migrate(db, { file, now: options.now ?? (() => new Date()) }) : null;
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}

export { WrongKeyError };
