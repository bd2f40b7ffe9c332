// The office's data is readable by its user only (issue: security and data safety §5): the
// database with its WAL and shared-memory files, migration copies (only the newest three kept),
// and stored attachments with their folders.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../db/open.ts';
import { KEPT_MIGRATION_BACKUPS } from '../../../db/migrate.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { tempDir } from '../../helpers/services.ts';
import { undo0015 } from '../../helpers/undoMigrations.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const mode = (path: string) => statSync(path).mode & 0o777;
const posix = process.platform !== 'win32';

describe.runIf(posix)('files readable by their user only', () => {
  it('the database, its WAL and shared-memory files', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'lianqing.sqlite');
    const { db } = openDatabase(file);
    insertUnit(db, { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 1, leaderName: '' }, '2026-11-21T00:00:00Z');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    db.close();
  });

  it('migration copies: owner only, and only the newest three kept', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'lianqing.sqlite');
    openDatabase(file).db.close();
    for (let i = 0; i < 5; i++) {
      // Back to the schema before the last migration (its tables dropped, the version one less),
      // so that opening migrates again and copies the file first.
      const raw = new Database(file);
      undo0015(raw);
      raw.pragma(`user_version = ${Number(raw.pragma('user_version', { simple: true })) - 1}`);
      raw.close();
      const at = new Date(Date.UTC(2026, 10, 21, 8, i));
      const { db } = openDatabase(file, { now: () => at });
      db.close();
      const copies = readdirSync(dir).filter((n) => n.endsWith('.bak'));
      for (const c of copies) utimesSync(join(dir, c), at, at);
    }
    const copies = readdirSync(dir).filter((n) => n.endsWith('.bak')).sort();
    expect(copies).toHaveLength(KEPT_MIGRATION_BACKUPS);
    for (const c of copies) expect(mode(join(dir, c))).toBe(0o600);
  });
});
