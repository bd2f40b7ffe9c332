// Units are found by the key of their name (spaces, U+3000 and tabs ignored) through the index
// migration 0009 made on the same expression: the look-up an import makes for every unit it
// names reads the index, not every unit, and finds the units a person would call by that name.
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import { findUnitsByName, insertUnit } from '../../../db/repos/registry/units.ts';
import { tempDir } from '../../helpers/services.ts';

const now = '2026-11-21T02:00:00.000Z';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function store(): Db {
  const dir = tempDir();
  dirs.push(dir);
  return openDatabase(join(dir, 'registry.sqlite'), { now: () => new Date(now) }).db;
}

const unit = (name: string, parentId: number | null = null) => ({ name, type: '机关部门', parentId, headcount: null, leaderName: '' }) as const;

describe('units by the key of their name', () => {
  it('finds the same units whatever spaces the name is written with', () => {
    const db = store();
    const a = insertUnit(db, unit('县 档案馆'), now);
    const town = insertUnit(db, unit('城关镇'), now);
    const b = insertUnit(db, unit('县档案馆', town), now);
    insertUnit(db, unit('县档案局'), now);
    for (const typed of ['县档案馆', '县\u3000档案馆', ' 县\t档案馆']) {
      expect(findUnitsByName(db, typed).map((u) => u.id).sort()).toEqual([a, b].sort());
    }
    expect(findUnitsByName(db, '县档案')).toEqual([]);
    db.close();
  });

  it('reads the index of migration 0009 (the expression the repo compares is the one indexed)', () => {
    const db = store();
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    findUnitsByName(db, '县档案馆');
    db.prepare = prepare;
    const sql = prepared.find((s) => s.includes('FROM units u'));
    if (!sql) throw new Error('findUnitsByName prepared no statement');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('县档案馆') as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SEARCH u USING INDEX units_by_name_key/);
    db.close();
  });
});
