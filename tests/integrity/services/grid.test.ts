// The display platform's grid (filters, sort, page), the distribution by type and the unit's page
// of a quarter not published (drafts only).
import { describe, expect, it } from 'vitest';
import { ok, send } from '../../helpers/services.ts';
import { INDEX_YEAR, indexEachTest } from '../office.ts';
import { addDecision, fullChecklists } from './facts.ts';

const Y = INDEX_YEAR;
const t = indexEachTest();

describe('integrity.grid', () => {
  it('filters by type, town and name, sorts by a quarter’s score and pages', async () => {
    const { env, o } = t;
    fullChecklists(env.db, Y, 1);
    addDecision(env.db, { unitId: o.villageId, outcome: '组织处理', decidedDate: `${Y}-02-01` });
    addDecision(env.db, { unitId: o.otherVillageId, outcome: '党纪处分', grade: '开除党籍', decidedDate: `${Y}-03-01` });
    const all = await ok(env, 'integrity.grid', { year: Y }, o.readonly);
    expect(all.total).toBe(6);
    expect(all.scheme?.id).toBe(o.schemes[Y]);
    expect(all.published).toEqual([]);
    const villages = await ok(env, 'integrity.grid', { year: Y, unitType: '行政村', sortField: 'q1', sortDir: 'asc', pageSize: 2 }, o.readonly);
    expect(villages.total).toBe(4);
    expect(villages.rows.map((r) => [r.unitId, r.quarters[0]?.score])).toEqual([[o.otherVillageId, 9000], [o.villageId, 9700]]);
    const town = env.db.prepare("SELECT id FROM units WHERE name = '青山乡'").get() as { id: number };
    const ofTown = await ok(env, 'integrity.grid', { year: Y, parentId: town.id }, o.readonly);
    expect(ofTown.rows.map((r) => r.unitName).sort()).toEqual(['青山东村', '青山乡', '青山西村'].sort());
    const named = await ok(env, 'integrity.grid', { year: Y, q: '东村' }, o.readonly);
    expect(named.rows.map((r) => r.unitName).sort()).toEqual(['城关东村', '青山东村']);
    const year = all.rows.find((r) => r.unitId === o.villageId)?.year;
    expect(year).toMatchObject({ published: false, changed: false });
    expect(all.rows[0]?.parts).not.toBeNull();
  });

  it('the distribution counts units per type by colour, and by grade for the year', async () => {
    const { env, o } = t;
    fullChecklists(env.db, Y, 1);
    addDecision(env.db, { unitId: o.villageId, outcome: '刑事责任', decidedDate: `${Y}-02-01` });
    const q1 = await ok(env, 'integrity.distribution', { year: Y, quarter: 1 }, o.clerk);
    expect(q1.rows).toEqual([
      { unitType: '镇（街道）', counts: { 绿: 2, 橙: 0, 红: 0 }, total: 2 },
      { unitType: '行政村', counts: { 绿: 4, 橙: 0, 红: 0 }, total: 4 }, // 100 − 15 = 85: still 绿, but vetoed
    ]);
    const year = await ok(env, 'integrity.distribution', { year: Y, quarter: 0 }, o.clerk);
    expect(year.rows.find((r) => r.unitType === '行政村')?.counts.C).toBe(1);
  });

  it('a unit that does not exist is refused', async () => {
    const r = await send(t.env, 'integrity.unit', { unitId: 99999, year: Y }, t.o.clerk);
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });
});
