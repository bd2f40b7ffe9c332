// Opens the one SQLite file: refuses a newer schema before touching anything, then sets the
// pragmas and brings the schema up to date (with a backup first, see migrate.ts).
import Database from 'better-sqlite3';
import type { Db } from './types.ts';
import { restrictDatabaseFiles } from './ownerOnly.ts';
import { LATEST_VERSION, migrate, type MigrationReport, readUserVersion, DbVersionError } from './migrate.ts';

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Open read-only (for checks); implies no migration. */
  readonly?: boolean;
  /** A clock for backup file names. */
  now?: () => Date;
}

export interface OpenedDb {
  db: Db;
  migration: MigrationReport | null;
}

export function openDatabase(file: string, options: OpenOptions = {}): OpenedDb {
  const readonly = options.readonly === true;
  const db = new Database(file, { readonly, fileMustExist: readonly });
  // Before the WAL exists: SQLite gives the files it adds the database file's own mode.
  if (!readonly && file !== ':memory:' && file !== '') restrictDatabaseFiles(file);
  try {
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
