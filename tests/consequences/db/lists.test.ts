// The year lists' SQL on a real database: a page of units in the registry's order (unit type, then the
// name's pinyin), the total of a search by unit or person name, the superseded year's rows beside
// those in force, a unit's people in order of 身份类别, and an entry removed once and kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { insertPerson } from '../../../db/repos/registry/people.ts';
import { insertPublication } from '../../../db/repos/integrity/publications.ts';
import { insertResults } from '../../../db/repos/integrity/results.ts';
import {
  entriesOf, entryOfPerson, getEntry, listAll, listPage, listRow, openAListOfUnit, personEntries, removeEntry,
} from '../../../db/repos/consequences/lists.ts';
import { insertAwardEntries } from '../../../db/repos/consequences/consequences.ts';
import type { Grade } from '../../../shared/integrity/index.ts';
import type { PersonCategory, UnitType } from '../../../shared/registry/index.ts';
import type { ConsequenceKind } from '../../../shared/consequences/index.ts';
import { makeEnv, type TestEnv } from '../../helpers/services.ts';
import { enableScheme } from '../../integrity/office.ts';

const YEAR = 2026;

let env: TestEnv;
let at: string;
let schemeId: number;
beforeEach(() => {
  env = makeEnv();
  at = env.clock.now().toISOString();
  schemeId = enableScheme(env, YEAR);
});
afterEach(() => env.close());

function unit(name: string, type: UnitType): number {
  return insertUnit(env.db, { name, type, parentId: null, headcount: 5, leaderName: '' }, at);
}

function person(name: string, unitId: number, category: PersonCategory = '班子成员'): number {
  return insertPerson(env.db, { name, idNumber: '', unitId, post: `${category}职务`, rank: '科员及以下', partyMember: true, category }, at);
}

/** A year publication (superseding the one in force when given) with each unit's grade and score. */
function publishYear(results: Array<{ unitId: number; grade: Grade; score: number }>, supersedes: number | null = null): number {
  return env.db.transaction(() => publishIn(results, supersedes))();
}

function publishIn(results: Array<{ unitId: number; grade: Grade; score: number }>, supersedes: number | null): number {
  const id = insertPublication(env.db, { year: YEAR, quarter: 0, schemeId, inputsHash: 'h', reason: supersedes ? '更正' : '', missingChecks: 0, userId: null, byName: '测试', at }, supersedes);
  insertResults(
    env.db,
    id,
    results.map((r) => {
      const row = env.db.prepare('SELECT name, type FROM units WHERE id = ?').get(r.unitId) as { name: string; type: string };
      const json = JSON.stringify({ unitId: r.unitId, unitName: row.name, grade: r.grade, score: r.score, veto: false });
      return { unitId: r.unitId, unitName: row.name, unitType: row.type, parentName: '', score: r.score, colour: null, grade: r.grade, veto: false, resultJson: json, inputsHash: 'h' };
    }),
  );
  return id;
}

function consequence(publicationId: number, unitId: number, kind: ConsequenceKind, closed = false): number {
  return Number(
    env.db
      .prepare(
        `INSERT INTO index_consequences (publication_id, unit_id, kind, basis, by_name, created_at, closed_reason, closed_by_name, closed_at)
         VALUES (?, ?, ?, ?, '测试', ?, ?, ?, ?)`,
      )
      .run(publicationId, unitId, kind, `${kind}依据`, at, closed ? '不再需要' : null, closed ? '领导' : null, closed ? at : null).lastInsertRowid,
  );
}

function entry(consequenceId: number, personId: number, basis = '发布时登记的班子成员'): number {
  const p = env.db.prepare('SELECT name, post, category FROM people WHERE id = ?').get(personId) as { name: string; post: string; category: PersonCategory };
  const [id] = insertAwardEntries(env.db, [{ consequenceId, personId, personName: p.name, post: p.post, category: p.category, basis, userId: null, byName: '测试', at }]);
  if (id === undefined) throw new Error('no entry');
  return id;
}

describe('a year list page', () => {
  it('orders units by type as the registry lists types, then by the pinyin of the name; pages in SQL with the whole total', () => {
    const ids = {
      zhang: unit('张家村', '行政村'), an: unit('安平村', '行政村'), cheng: unit('城关镇', '镇（街道）'), cai: unit('财政局', '机关部门'),
      bai: unit('白沙镇', '镇（街道）'), he: unit('和平社区', '社区'),
    };
    const pub = publishYear(Object.values(ids).map((unitId) => ({ unitId, grade: 'C' as const, score: 5510 })));
    for (const unitId of Object.values(ids)) consequence(pub, unitId, '不得评先评优');
    const all = listAll(env.db, YEAR, '不得评先评优').map((r) => r.unitName);
    expect(all).toEqual(['白沙镇', '城关镇', '安平村', '张家村', '和平社区', '财政局']);

    const first = listPage(env.db, { year: YEAR, list: '不得评先评优' }, 0, 4);
    expect(first.total).toBe(6);
    expect(first.rows.map((r) => r.unitName)).toEqual(all.slice(0, 4));
    const second = listPage(env.db, { year: YEAR, list: '不得评先评优' }, 1, 4);
    expect(second.total).toBe(6);
    expect(second.rows.map((r) => r.unitName)).toEqual(all.slice(4));
    expect(listPage(env.db, { year: YEAR, list: '不得评先评优' }, 2, 4).rows).toEqual([]);
  });

  it('keeps the two lists and the years apart, and reads a row with its score, grade, basis and closing', () => {
    const c = unit('张家村', '行政村');
    const a = unit('城关镇', '镇（街道）');
    const pub = publishYear([{ unitId: c, grade: 'C', score: 5510 }, { unitId: a, grade: 'A', score: 9200 }]);
    const cId = consequence(pub, c, '不得评先评优');
    const aId = consequence(pub, a, '可参与优秀班子评定', true);
    consequence(pub, c, '廉政谈话');
    expect(listAll(env.db, YEAR, '不得评先评优').map((r) => r.consequenceId)).toEqual([cId]);
    expect(listAll(env.db, YEAR, '可参与优秀班子评定').map((r) => r.consequenceId)).toEqual([aId]);
    expect(listAll(env.db, YEAR + 1, '不得评先评优')).toEqual([]);
    const row = listRow(env.db, aId);
    expect(row).toMatchObject({ year: YEAR, list: '可参与优秀班子评定', unitName: '城关镇', unitType: '镇（街道）', score: 9200, grade: 'A', basis: '可参与优秀班子评定依据', publicationId: pub });
    expect(row?.closed).toEqual({ reason: '不再需要', byName: '领导', at });
    expect(listRow(env.db, cId)?.closed).toBeNull();
    // A talk is no list.
    const talk = (env.db.prepare("SELECT id FROM index_consequences WHERE kind = '廉政谈话'").get() as { id: number }).id;
    expect(listRow(env.db, talk)).toBeUndefined();
    // Only open A rows count for the unit.
    expect(openAListOfUnit(env.db, YEAR, a)).toEqual([]);
  });

  it('finds units by their name or by one of their people, counted in the total', () => {
    const zhang = unit('张家村', '行政村');
    const li = unit('李家村', '行政村');
    const wang = unit('王家村', '行政村');
    const pub = publishYear([zhang, li, wang].map((unitId) => ({ unitId, grade: 'C' as const, score: 5000 })));
    const cz = consequence(pub, zhang, '不得评先评优');
    const cl = consequence(pub, li, '不得评先评优');
    consequence(pub, wang, '不得评先评优');
    entry(cz, person('赵一明', zhang, '主要负责人'));
    entry(cl, person('钱二', li));
    const search = (q: string) => listPage(env.db, { year: YEAR, list: '不得评先评优', q }, 0, 10);
    expect(search('李家').rows.map((r) => r.unitName)).toEqual(['李家村']);
    expect(search('一明').rows.map((r) => r.unitName)).toEqual(['张家村']);
    expect(search('钱').total).toBe(1);
    // One character matches both a unit and people: every unit whose name or person has it.
    expect(search('家').total).toBe(3);
    expect(search('孙').rows).toEqual([]);
    expect(search('  ').total).toBe(3);
  });

  it('shows the superseded year’s rows beside those in force', () => {
    const c = unit('张家村', '行政村');
    const first = publishYear([{ unitId: c, grade: 'C', score: 5510 }]);
    const before = consequence(first, c, '不得评先评优');
    const second = publishYear([{ unitId: c, grade: 'B', score: 7500 }], first);
    expect(listAll(env.db, YEAR, '不得评先评优').map((r) => [r.consequenceId, r.publicationId, r.score])).toEqual([[before, first, 5510]]);
    const after = consequence(second, c, '不得评先评优');
    expect(listAll(env.db, YEAR, '不得评先评优').map((r) => [r.consequenceId, r.publicationId, r.score])).toEqual([[before, first, 5510], [after, second, 7500]]);
  });
});

describe('a unit’s people on the list', () => {
  it('are in order of 身份类别, then the pinyin of the name; a removed one stays, marked, and is removed once', () => {
    const c = unit('张家村', '行政村');
    const pub = publishYear([{ unitId: c, grade: 'C', score: 5510 }]);
    const cid = consequence(pub, c, '不得评先评优');
    const wu = entry(cid, person('吴强', c, '一般干部'), '群众反映，经研究增列');
    const ma = entry(cid, person('马力', c));
    const chief = entry(cid, person('周正', c, '主要负责人'), '发布时登记的主要负责人');
    const bai = entry(cid, person('白云', c));
    const people = entriesOf(env.db, [cid]).get(cid) ?? [];
    expect(people.map((p) => p.id)).toEqual([chief, bai, ma, wu]);
    expect(people[0]).toMatchObject({ personName: '周正', category: '主要负责人', post: '主要负责人职务', basis: '发布时登记的主要负责人', addedByName: '测试', addedAt: at, removed: null });

    const removal = { reason: '调离本单位', userId: null, byName: '领导', at };
    expect(removeEntry(env.db, bai, removal)).toBe(true);
    expect(removeEntry(env.db, bai, { ...removal, reason: '再次' })).toBe(false);
    expect(getEntry(env.db, bai)?.removed).toEqual({ reason: '调离本单位', byName: '领导', at });
    expect(entriesOf(env.db, [cid]).get(cid)).toHaveLength(4);
    expect(() => env.db.prepare('DELETE FROM index_award_entries WHERE id = ?').run(bai)).toThrow(/不能删除/);
    expect(entryOfPerson(env.db, cid, getEntry(env.db, bai)?.personId ?? 0)?.id).toBe(bai);
    expect(entriesOf(env.db, [])).toEqual(new Map());
  });

  it('a person’s entries of a year: the publication in force first, removed ones too, with the list’s unit and grade', () => {
    const c = unit('张家村', '行政村');
    const chiefId = person('周正', c, '主要负责人');
    const first = publishYear([{ unitId: c, grade: 'C', score: 5510 }]);
    const old = consequence(first, c, '不得评先评优', true);
    const oldEntry = entry(old, chiefId, '发布时登记的主要负责人');
    const second = publishYear([{ unitId: c, grade: 'C', score: 5800 }], first);
    const now = consequence(second, c, '不得评先评优');
    const nowEntry = entry(now, chiefId, '发布时登记的主要负责人');
    const found = personEntries(env.db, YEAR, chiefId);
    expect(found.map((e) => [e.id, e.listOpen, e.score])).toEqual([[nowEntry, true, 5800], [oldEntry, false, 5510]]);
    expect(found[0]).toMatchObject({ list: '不得评先评优', unitId: c, unitName: '张家村', grade: 'C', category: '主要负责人' });
    expect(personEntries(env.db, YEAR + 1, chiefId)).toEqual([]);
  });
});
