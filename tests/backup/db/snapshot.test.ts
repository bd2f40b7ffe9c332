// The backup's database copy (db/repos/backup/snapshot.ts): VACUUM INTO from a keyed connection
// comes out encrypted with the same key and holds what was committed — not what a transaction
// still open holds; a copy of a plaintext database is encrypted in place; what a copy holds is read
// back (counts, schema version, recorded files); SQLite's integrity check names a damaged file.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open.ts';
import { fileKind, WrongKeyError } from '../../../db/crypt/cipher.ts';
import { LATEST_VERSION } from '../../../db/migrate.ts';
import { encryptCopy, integrityProblems, snapshotInto, storeFacts } from '../../../db/repos/backup/index.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { deriveKeyring, newMasterSecret } from '../../../electron/services/kernel/keys/keyring.ts';
import { tempDir } from '../../helpers/services.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = '2026-11-21T01:00:00.000Z';

describe('a backup’s database copy', () => {
  it('is encrypted with the same key and holds what was committed', () => {
    dir = tempDir('lianqing-snapshot-');
    const key = deriveKeyring(newMasterSecret()).database;
    const { db } = openDatabase(join(dir, 'a.sqlite'), { key });
    insertUnit(db, { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 40, leaderName: '' }, NOW);
    db.exec('BEGIN');
    insertUnit(db, { name: '未提交的单位', type: '机关部门', parentId: null, headcount: 1, leaderName: '' }, NOW);
    const other = openDatabase(join(dir, 'a.sqlite'), { key }).db;
    snapshotInto(other, join(dir, 'copy.sqlite'));
    other.close();
    db.exec('ROLLBACK');
    db.close();

    const copy = join(dir, 'copy.sqlite');
    expect(fileKind(copy)).toBe('encrypted');
    expect(readFileSync(copy).includes(Buffer.from('城关镇'))).toBe(false);
    expect(() => openDatabase(copy, { key: deriveKeyring(newMasterSecret()).database, readonly: true })).toThrow(WrongKeyError);
    const opened = openDatabase(copy, { key, readonly: true }).db;
    expect(storeFacts(opened)).toEqual({ schemaVersion: LATEST_VERSION, units: 1, people: 0, tips: 0, files: [] });
    expect(integrityProblems(opened)).toEqual([]);
    opened.close();
  });

  it('of a plaintext database is encrypted in place', () => {
    dir = tempDir('lianqing-snapshot-');
    const { db } = openDatabase(join(dir, 'plain.sqlite'));
    insertUnit(db, { name: '明文库的单位', type: '机关部门', parentId: null, headcount: 1, leaderName: '' }, NOW);
    const copy = join(dir, 'copy.sqlite');
    snapshotInto(db, copy);
    db.close();
    expect(fileKind(copy)).toBe('plaintext');
    const key = deriveKeyring(newMasterSecret()).database;
    encryptCopy(copy, key);
    expect(fileKind(copy)).toBe('encrypted');
    expect(readFileSync(copy).includes(Buffer.from('明文库的单位'))).toBe(false);
    const opened = openDatabase(copy, { key, readonly: true }).db;
    expect(storeFacts(opened).units).toBe(1);
    opened.close();
  });

  it('that is damaged is named by the integrity check', () => {
    dir = tempDir('lianqing-snapshot-');
    const { db } = openDatabase(join(dir, 'p.sqlite'));
    for (let i = 0; i < 300; i++) insertUnit(db, { name: `单位${i}`, type: '机关部门', parentId: null, headcount: 1, leaderName: '' }, NOW);
    const copy = join(dir, 'copy.sqlite');
    snapshotInto(db, copy);
    db.close();
    const bytes = readFileSync(copy);
    // The header of a page of the units table (plaintext here, so the damage is a wrong page, not a wrong key).
    const pageSize = bytes.readUInt16BE(16);
    const page = Math.floor(bytes.indexOf(Buffer.from('单位150')) / pageSize);
    bytes.fill(0xff, page * pageSize, page * pageSize + 12);
    writeFileSync(copy, bytes);
    const opened = openDatabase(copy, { readonly: true }).db;
    expect(integrityProblems(opened).length).toBeGreaterThan(0);
    opened.close();
  });
});
