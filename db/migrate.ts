// Ordered migrations, each in its own transaction, recorded in PRAGMA user_version.
// A database from a newer version is refused untouched; a non-empty database is copied
// (VACUUM INTO) before any migration changes it.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OWNER_FILE, restrict } from './ownerOnly.ts';
import type { Db } from './types.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/migration.ts';

export const LATEST_VERSION = MIGRATIONS.length;

export class DbVersionError extends Error {
  readonly found: number;
  readonly supported: number;
  constructor(found: number, supported: number) {
    super(
      `数据库版本为 v${found}，高于本程序支持的 v${supported}：请使用更新版本的廉情打开。数据库未做任何改动。`,
    );
    this.name = 'DbVersionError';
    this.found = found;
    this.supported = supported;
  }
}

export interface MigrationReport {
  from: number;
  to: number;
  backupPath: string | null;
}

export function readUserVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function isEmpty(db: Db): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  return row.n === 0;
}

function backupName(file: string, from: number, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  let candidate = `${file}.v${from}-${stamp}.bak`;
  for (let i = 2; existsSync(candidate); i++) candidate = `${file}.v${from}-${stamp}-${i}.bak`;
  return candidate;
}

/** Migration copies kept per database: the newest few (each is a whole copy of the office's data). */
export const KEPT_MIGRATION_BACKUPS = 3;

/** Removes this database's migration copies beyond the newest KEPT_MIGRATION_BACKUPS. */
function pruneBackups(file: string): void {
  const dir = dirname(file);
  const prefix = `${basename(file)}.v`;
  const copies = readdirSync(dir)
    .filter((n) => n.startsWith(prefix) && n.endsWith('.bak'))
    .map((n) => ({ path: join(dir, n), at: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at || b.path.localeCompare(a.path));
  for (const old of copies.slice(KEPT_MIGRATION_BACKUPS)) rmSync(old.path, { force: true });
}

export interface MigrateOptions {
  file: string;
  now: () => Date;
  target?: number;
  /** The list to apply (tests pass their own); defaults to the app's migrations. */
  migrations?: readonly Migration[];
  /** Copy a non-empty database before changing it (default true; a conversion copies it itself). */
  backup?: boolean;
}

export function migrate(db: Db, options: MigrateOptions): MigrationReport {
  const list = options.migrations ?? MIGRATIONS;
  const target = options.target ?? list.length;
  const from = readUserVersion(db);
  if (from > list.length) throw new DbVersionError(from, list.length);
  if (from >= target) return { from, to: from, backupPath: null };

  let backupPath: string | null = null;
  if (options.backup !== false && options.file !== ':memory:' && options.file !== '' && !isEmpty(db)) {
    backupPath = backupName(options.file, from, options.now());
    db.prepare('VACUUM INTO ?').run(backupPath);
    restrict(backupPath, OWNER_FILE);
    pruneBackups(options.file);
  }
  for (const migration of list.slice(from, target)) {
    const keysWereOn = Number(db.pragma('foreign_keys', { simple: true })) === 1;
    // The pragma is a no-op inside a transaction: it is set around it.
    if (migration.rebuildsReferencedTables && keysWereOn) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        if (migration.rebuildsReferencedTables) {
          const broken = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
          if (broken.length > 0) throw new Error(`migration ${migration.name}: ${broken.length} references broken (${broken[0]!.table} → ${broken[0]!.parent})`);
        }
        db.pragma(`user_version = ${migration.version}`);
      })();
    } finally {
      if (migration.rebuildsReferencedTables && keysWereOn) db.pragma('foreign_keys = ON');
    }
  }
  return { from, to: target, backupPath };
}
