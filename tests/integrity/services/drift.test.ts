// 数据已变化: an input changed after publishing leaves the published figure as it was; the grid
// marks the cell, the unit's page shows the recomputation and the lines that differ.
import { describe, expect, it } from 'vitest';
import { ok } from '../../helpers/services.ts';
import { INDEX_YEAR, indexEachTest } from '../office.ts';
import { addFinding, fullChecklists, setCheck } from './facts.ts';

const Y = INDEX_YEAR;
const t = indexEachTest();

describe('drift after publishing', () => {
  it('shows the published score, the recomputed one and the differing lines', async () => {
    const { env, o } = t;
    fullChecklists(env.db, Y, 1);
    await ok(env, 'integrity.publish', { year: Y, quarter: 1 }, o.manager);
    const before = await ok(env, 'integrity.grid', { year: Y }, o.clerk);
    expect(before.rows.find((r) => r.unitId === o.villageId)?.quarters[0]).toEqual({ score: 10000, colour: '绿', veto: false, published: true, changed: false });

    setCheck(env.db, o.villageId, Y, 1, 'collective', '未落实');
    addFinding(env.db, o.villageId, 'audit', `${Y}-02-03`);
    const grid = await ok(env, 'integrity.grid', { year: Y }, o.clerk);
    const row = grid.rows.find((r) => r.unitId === o.villageId);
    expect(row?.quarters[0]).toEqual({ score: 10000, colour: '绿', veto: false, published: true, changed: true });
    // Another unit's inputs did not change.
    expect(grid.rows.find((r) => r.unitId === o.otherVillageId)?.quarters[0]?.changed).toBe(false);

    const view = await ok(env, 'integrity.unit', { unitId: o.villageId, year: Y }, o.clerk);
    const q1 = view.quarters[0];
    expect(q1?.shown.score).toBe(10000);
    expect(q1?.published?.scheme).toEqual({ id: o.schemes[Y], year: Y, version: 1 });
    expect(q1?.recomputed?.score).toBe(8900);
    // 三重一大 10 → 0, and a new line: the audit finding −1.
    expect(q1?.diff.map((d) => [d.before, d.after])).toEqual([[1000, 0], [null, -100]]);
    expect(q1?.diff.every((d) => d.before !== d.after)).toBe(true);
    // The published figure itself never changed.
    const stored = env.db.prepare('SELECT score FROM index_results WHERE unit_id = ?').get(o.villageId);
    expect(stored).toEqual({ score: 10000 });
    // The trend shows the published score, the drafts of the other quarters so far and the year.
    expect(view.trend.find((p) => p.year === Y && p.quarter === 1)).toEqual({ year: Y, quarter: 1, score: 10000, colour: '绿', grade: null, published: true });
    expect(view.trend.some((p) => p.year === Y && p.quarter === 0 && p.grade !== null)).toBe(true);
  });
});
