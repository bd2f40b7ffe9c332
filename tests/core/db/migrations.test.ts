import { describe, it, expect, afterEach } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../db/open.ts';
import { LATEST_VERSION, migrate, readUserVersion, DbVersionError } from '../../../db/migrate.ts';
import { MIGRATIONS } from '../../../db/migrations/index.ts';
import type { Migration } from '../../../db/migrations/migration.ts';
import { tempDir } from '../../helpers/services.ts';

const dirs: string[] = [];
function fresh(): string {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir, 'db.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const now = () => new Date('2026-11-21T08:00:00Z');

function schemaOf(db: Database.Database): string[] {
  return (db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Array<{ type: string; name: string; sql: string | null }>).map(
    (r) => `${r.type} ${r.name} ${r.sql ?? ''}`,
  );
}

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('migrations', () => {
  it('bring an empty file to the latest version with the pragmas set', () => {
    const file = fresh();
    const { db, migration } = openDatabase(file);
    expect(migration).toEqual({ from: 0, to: LATEST_VERSION, backupPath: null });
    expect(readUserVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('from every earlier version reach the same schema as from empty, keeping data and taking a backup', () => {
    const reference = new Database(':memory:');
    migrate(reference, { file: ':memory:', now });
    const expected = schemaOf(reference);
    reference.close();

    for (let start = 1; start < LATEST_VERSION; start++) {
      const file = fresh();
      const old = new Database(file);
      migrate(old, { file, now, target: start });
      expect(readUserVersion(old)).toBe(start);
      old.prepare("INSERT INTO settings (key, value) VALUES ('idleLockMinutes', '7')").run();
      old.close();

      const { db, migration } = openDatabase(file, { now });
      expect(migration?.from).toBe(start);
      expect(migration?.to).toBe(LATEST_VERSION);
      expect(migration?.backupPath).toBeTruthy();
      expect(schemaOf(db)).toEqual(expected);
      expect(db.prepare("SELECT value FROM settings WHERE key = 'idleLockMinutes'").get()).toEqual({ value: '7' });
      const backup = new Database(migration?.backupPath as string, { readonly: true });
      expect(readUserVersion(backup)).toBe(start);
      expect(backup.prepare("SELECT value FROM settings WHERE key = 'idleLockMinutes'").get()).toEqual({ value: '7' });
      backup.close();
      db.close();
    }
  });

  it('take no backup of a file that is already current', () => {
    const file = fresh();
    openDatabase(file).db.close();
    const { db, migration } = openDatabase(file);
    expect(migration).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION, backupPath: null });
    db.close();
    expect(readdirSync(join(file, '..')).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuse a database from a newer version and leave the file untouched', () => {
    const file = fresh();
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(DbVersionError);
    expect(() => openDatabase(file)).toThrow(/高于本程序支持的/);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('roll back a migration that fails half-way: version and schema stay as they were', () => {
    const file = fresh();
    const db = new Database(file);
    migrate(db, { file, now });
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x)');
        d.exec("UPDATE settings SET value = '2'");
        throw new Error('disk full');
      },
    };
    expect(() => migrate(db, { file, now, migrations: [...MIGRATIONS, broken] })).toThrow('disk full');
    expect(readUserVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: '1' });
    db.close();
  });

  it('list each migration once, numbered in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});
