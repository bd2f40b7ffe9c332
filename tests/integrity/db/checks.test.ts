// The inputs' SQL on a real database: the units scored in a period are exactly those flow.ts
// scoredIn accepts (boundary days included), and entering a result twice keeps one row per unit,
// period and item.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodRange, scoredIn } from '../../../shared/integrity/index.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { checksOf, deleteCheck, scoredUnits, upsertCheck } from '../../../db/repos/integrity/checks.ts';
import { makeEnv, type TestEnv } from '../../helpers/services.ts';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.close());

/** Set-up and 撤销 dates around the edges of 2026's quarters. */
const DATES: Array<[string, string | null]> = [
  ['2020-01-01', null], ['2026-03-31', null], ['2026-04-01', null], ['2026-06-30', null], ['2026-07-01', null], ['2026-12-31', null],
  ['2027-01-01', null], ['2020-01-01', '2025-12-31'], ['2020-01-01', '2026-01-01'], ['2020-01-01', '2026-03-31'],
  ['2020-01-01', '2026-04-01'], ['2020-01-01', '2026-09-30'], ['2020-01-01', '2026-10-01'], ['2026-05-15', '2026-05-20'],
];

describe('the units scored in a period', () => {
  it('SQL and scoredIn agree on every boundary, for each quarter and the year', () => {
    const at = env.clock.now().toISOString();
    const units = DATES.map(([established, revoked], i) => {
      const id = insertUnit(env.db, { name: `单位${i}`, type: '机关部门', parentId: null, headcount: 1, leaderName: '' }, at);
      env.db.prepare('UPDATE units SET established_date = ?, revoked_date = ? WHERE id = ?').run(established, revoked, id);
      return { id, establishedDate: established, revokedDate: revoked };
    });
    for (const year of [2025, 2026, 2027]) {
      for (const quarter of [0, 1, 2, 3, 4]) {
        const { from, to } = periodRange(year, quarter);
        const bySql = scoredUnits(env.db, { from, to }).map((u) => u.id).sort((a, b) => a - b);
        const byRule = units.filter((u) => scoredIn(u, year, quarter)).map((u) => u.id);
        expect(bySql, `${year} Q${quarter}`).toEqual(byRule);
      }
    }
    // The edges themselves: set up on the quarter's last day counts, 撤销 on its first day counts.
    const q2 = periodRange(2026, 2);
    const names = scoredUnits(env.db, q2).map((u) => u.name);
    expect(names).toContain('单位3');
    expect(names).toContain('单位10');
    expect(names).not.toContain('单位9');
    expect(names).not.toContain('单位4');
  });

  it('a unit without a 设立日期 is not scored', () => {
    const at = env.clock.now().toISOString();
    const id = insertUnit(env.db, { name: '无日期单位', type: '机关部门', parentId: null, headcount: 1, leaderName: '' }, at);
    env.db.prepare('UPDATE units SET established_date = NULL WHERE id = ?').run(id);
    expect(scoredUnits(env.db, periodRange(2026, 1))).toEqual([]);
  });
});

describe('a checklist result', () => {
  it('is one row per unit, period and item however often it is entered; removing it leaves none', () => {
    const at = env.clock.now().toISOString();
    const unitId = insertUnit(env.db, { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 1, leaderName: '' }, at);
    const write = { unitId, year: 2026, quarter: 3, itemKey: 'collective', importId: null, userId: null, at } as const;
    upsertCheck(env.db, { ...write, result: '未落实', byName: '甲' });
    upsertCheck(env.db, { ...write, result: '落实', byName: '乙' });
    upsertCheck(env.db, { ...write, quarter: 2, result: '部分落实', byName: '甲' });
    const rows = checksOf(env.db, [unitId], 2026, 3);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ itemKey: 'collective', result: '落实', byName: '乙' });
    expect(checksOf(env.db, [unitId], 2026, 2)).toHaveLength(1);
    deleteCheck(env.db, unitId, 2026, 3, 'collective');
    expect(checksOf(env.db, [unitId], 2026, 3)).toEqual([]);
  });
});
