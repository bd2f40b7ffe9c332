// The registry's lists page through names in pinyin order in SQL (the sort_key columns), on a
// real SQLite file; and migration 0005 gives rows written before it their keys.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open.ts';
import { migrate } from '../../../db/migrate.ts';
import type { Db } from '../../../db/types.ts';
import { insertUnit, listUnits, updateUnit } from '../../../db/repos/registry/units.ts';
import { insertPerson, iteratePeople, listPeople } from '../../../db/repos/registry/people.ts';
import { personListInput } from '../../../shared/registry/people.ts';
import { unitListInput } from '../../../shared/registry/units.ts';
import { tempDir } from '../../helpers/services.ts';

const now = '2026-11-21T02:00:00.000Z';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function store(): { db: Db; file: string } {
  const dir = tempDir();
  dirs.push(dir);
  const file = join(dir, 'registry.sqlite');
  return { db: openDatabase(file, { now: () => new Date(now) }).db, file };
}

const person = (unitId: number, name: string) => ({ name, idNumber: '', unitId, post: '科员', rank: '科员及以下', partyMember: false, category: '一般干部' }) as const;
const unit = (name: string) => ({ name, type: '机关部门', parentId: null, headcount: null, leaderName: '' }) as const;

/** Every page of a list, two rows at a time. */
function pages<T>(load: (page: number) => { rows: T[]; total: number }): T[] {
  const out: T[] = [];
  for (let page = 0; ; page++) {
    const { rows, total } = load(page);
    out.push(...rows);
    if (out.length >= total || rows.length === 0) return out;
  }
}

describe('pinyin order in SQL', () => {
  it('pages people by name in pinyin order (surnames as surnames), ties by name then id, both directions', () => {
    const { db } = store();
    const u = insertUnit(db, unit('县财政局'), now);
    const names = ['曾国藩', '张三', '单雄信', '解缙', '陈明', '董丽', '张三', '谢飞', 'Amy'];
    const ids = names.map((n) => insertPerson(db, person(u, n), now));
    const expected = ['Amy', '陈明', '董丽', '单雄信', '谢飞', '解缙', '曾国藩', '张三', '张三'];
    const asc = pages((page) => listPeople(db, personListInput.parse({ page, pageSize: 2 })));
    expect(asc.map((p) => p.name)).toEqual(expected);
    // The two 张三 in id order, so a page boundary between them is stable.
    expect(asc.filter((p) => p.name === '张三').map((p) => p.id)).toEqual([ids[1], ids[6]]);
    const desc = pages((page) => listPeople(db, personListInput.parse({ page, pageSize: 2, sortDir: 'desc' })));
    expect(desc.map((p) => p.id)).toEqual(asc.map((p) => p.id).reverse());
    // The export iterates in the same order.
    expect([...iteratePeople(db, { sortField: 'name', sortDir: 'asc' })].map((p) => p.id)).toEqual(asc.map((p) => p.id));
    // 谢 (xiè) and 解 (xiè as a surname) share a syllable: by the name, as the tie-break says.
    expect(db.prepare("SELECT sort_key FROM people WHERE name = '解缙'").get()).toEqual({ sort_key: 'xie4 jin4 ' });
    db.close();
  });

  it('pages people by unit (the pinyin of the unit, then of the person) and units by name; a rename moves the unit', () => {
    const { db } = store();
    const units = ['长江村', '安居村', '重庆路社区', '银行街道'].map((n) => insertUnit(db, unit(n), now));
    const [changjiang, anju, chongqing, yinhang] = units as [number, number, number, number];
    insertPerson(db, person(changjiang, '赵六'), now);
    insertPerson(db, person(changjiang, '艾青'), now);
    insertPerson(db, person(anju, '钱七'), now);
    insertPerson(db, person(chongqing, '孙八'), now);
    insertPerson(db, person(yinhang, '李四'), now);
    const byUnit = pages((page) => listPeople(db, personListInput.parse({ page, pageSize: 2, sortField: 'unitName' })));
    expect(byUnit.map((p) => `${p.unitName}/${p.name}`)).toEqual(['安居村/钱七', '长江村/艾青', '长江村/赵六', '重庆路社区/孙八', '银行街道/李四']);
    const unitNames = pages((page) => listUnits(db, unitListInput.parse({ page, pageSize: 3 }))).map((u) => u.name);
    expect(unitNames).toEqual(['安居村', '长江村', '重庆路社区', '银行街道']);
    expect(updateUnit(db, anju, 0, { ...unit('周庄村'), liaisonUserId: null }, now)).toBe(true);
    expect(pages((page) => listUnits(db, unitListInput.parse({ page, pageSize: 3 }))).map((u) => u.name)).toEqual(['长江村', '重庆路社区', '银行街道', '周庄村']);
    db.close();
  });

  it('the sorted page is read through the index, not a sort of the whole table', () => {
    const { db } = store();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan('SELECT id FROM people pe ORDER BY pe.sort_key, pe.name, pe.id LIMIT 25')).not.toContain('TEMP B-TREE');
    expect(plan('SELECT pe.id FROM people pe JOIN units u ON u.id = pe.unit_id ORDER BY u.sort_key DESC, u.name DESC, u.id DESC, pe.sort_key DESC, pe.name DESC, pe.id DESC LIMIT 25')).not.toContain('TEMP B-TREE');
    db.close();
  });

  it('migration 0005 gives the units and people written before it their keys', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, 'old.sqlite');
    const old = new Database(file);
    migrate(old, { file, now: () => new Date(now), target: 4 });
    old.prepare("INSERT INTO units (id, name, type, created_at, updated_at) VALUES (1, '单家村', '行政村', ?, ?)").run(now, now);
    old.prepare("INSERT INTO people (name, unit_id, post, rank, party_member, category, created_at, updated_at) VALUES ('单雄信', 1, '主任', '其他', 0, '主要负责人', ?, ?)").run(now, now);
    old.close();
    const { db } = openDatabase(file, { now: () => new Date(now) });
    expect(db.prepare('SELECT sort_key FROM units').get()).toEqual({ sort_key: 'dan1 jia1 cun1 ' });
    expect(db.prepare('SELECT sort_key, name_key, id_number FROM people').get()).toEqual({ sort_key: 'shan4 xiong2 xin4 ', name_key: '单雄信', id_number: null });
    db.close();
  });
});
