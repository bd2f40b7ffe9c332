// integrity.publish: frozen results, a quarter only after it has ended, control points 未录入 only when
// confirmed, republishing only with a reason (both kept), a year only after its four quarters, and
// who may publish.
import { describe, expect, it } from 'vitest';
import { ok, send } from '../../helpers/services.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { quarterOf } from '../../../shared/integrity/index.ts';
import { INDEX_YEAR, enableScheme, indexEachTest } from '../office.ts';
import { addDecision, fullChecklists } from './facts.ts';

const Y = INDEX_YEAR;
const t = indexEachTest();

function refusal(r: Awaited<ReturnType<typeof send>>): { code: string; message: string } {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('integrity.publish', () => {
  it('freezes a quarter: results with their lines and hashes, the audit entry, and no later change', async () => {
    const { env, o } = t;
    fullChecklists(env.db, Y, 1);
    const row = await ok(env, 'integrity.publish', { year: Y, quarter: 1 }, o.manager);
    expect(row).toMatchObject({ year: Y, quarter: 1, scheme: { id: o.schemes[Y], version: 1 }, reason: '', supersededAt: null, units: 6, counts: { 绿: 6, 橙: 0, 红: 0 } });
    expect(row.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    const stored = env.db.prepare('SELECT score, colour, result, inputs_hash AS h FROM index_results WHERE publication_id = ? AND unit_id = ?').get(row.id, o.villageId) as {
      score: number; colour: string; result: string; h: string;
    };
    expect(stored.score).toBe(10000);
    expect(JSON.parse(stored.result)).toMatchObject({ unitId: o.villageId, score: 10000, colour: '绿' });
    expect(stored.h).toMatch(/^[0-9a-f]{64}$/);
    expect(() => env.db.prepare('UPDATE index_results SET score = 1 WHERE publication_id = ?').run(row.id)).toThrow(/不能修改/);
    expect(() => env.db.prepare('DELETE FROM index_results WHERE publication_id = ?').run(row.id)).toThrow(/不能删除/);
    const entry = env.db.prepare("SELECT entity, subject, summary FROM audit WHERE op = 'integrity.publish'").get() as { entity: string; subject: string; summary: string };
    expect(entry.entity).toBe('index-publication');
    expect(entry.subject).toBe(`${Y}年第1季度`);
    expect(JSON.parse(entry.summary)).toMatchObject({ year: Y, period: `${Y}年第1季度`, scheme: `${Y}年度第1版`, inputsHash: row.inputsHash, units: 6, counts: '绿 6、橙 0、红 0' });
  });

  it('refuses control points 未录入 unless confirmed, then counts them as 0', async () => {
    const { env, o } = t;
    const r = refusal(await send(env, 'integrity.publish', { year: Y, quarter: 2 }, o.leader));
    expect(r.code).toBe('VALIDATION');
    expect(r.message).toContain('6个单位的30个控制点未录入');
    expect(r.message).toContain('确认后未录入项按0分计');
    expect(env.db.prepare('SELECT count(*) AS n FROM index_publications').get()).toEqual({ n: 0 });
    const row = await ok(env, 'integrity.publish', { year: Y, quarter: 2, confirmMissing: true }, o.leader);
    // Control 0 of 40: 60 points, 红.
    expect(row.counts).toEqual({ 绿: 0, 橙: 0, 红: 6 });
    const entry = env.db.prepare("SELECT summary FROM audit WHERE op = 'integrity.publish'").get() as { summary: string };
    expect(JSON.parse(entry.summary).confirmMissing).toBe('30个控制点');
  });

  it('refuses a quarter that has not ended, naming its last day', async () => {
    const { env, o } = t;
    const year = Number(TEST_TODAY.slice(0, 4));
    if (year !== Y) enableScheme(env, year);
    const quarter = quarterOf(TEST_TODAY);
    const r = refusal(await send(env, 'integrity.publish', { year, quarter, confirmMissing: true }, o.manager));
    expect(r.code).toBe('VALIDATION');
    expect(r.message).toMatch(new RegExp(`${year}年第${quarter}季度尚未结束（${year}-\\d{2}-\\d{2}结束）`));
  });

  it('republishing needs a reason; the earlier publication is kept, superseded', async () => {
    const { env, o } = t;
    fullChecklists(env.db, Y, 1);
    const first = await ok(env, 'integrity.publish', { year: Y, quarter: 1 }, o.manager);
    const r = refusal(await send(env, 'integrity.publish', { year: Y, quarter: 1 }, o.manager));
    expect(r.message).toContain('重新发布须说明理由');
    addDecision(env.db, { unitId: o.villageId, outcome: '组织处理', decidedDate: `${Y}-02-01` });
    const second = await ok(env, 'integrity.publish', { year: Y, quarter: 1, reason: '补录组织处理决定' }, o.leader);
    expect(second).toMatchObject({ reason: '补录组织处理决定', supersededAt: null });
    expect(second.inputsHash).not.toBe(first.inputsHash);
    const list = await ok(env, 'integrity.publications', { year: Y }, o.clerk);
    expect(list.map((p) => p.id)).toEqual([second.id, first.id]);
    expect(list[1]?.supersededAt).not.toBeNull();
    const scores = env.db.prepare('SELECT publication_id AS p, score FROM index_results WHERE unit_id = ? ORDER BY publication_id').all(o.villageId);
    expect(scores).toEqual([{ p: first.id, score: 10000 }, { p: second.id, score: 9700 }]);
    const entry = env.db.prepare("SELECT summary FROM audit WHERE op = 'integrity.publish' ORDER BY id DESC").get() as { summary: string };
    expect(JSON.parse(entry.summary)).toMatchObject({ reason: '补录组织处理决定' });
  });

  it('信访室 and 只读 may read but not publish; 领导 and 案件监督管理室 publish', async () => {
    const { env, o } = t;
    fullChecklists(env.db, Y, 1);
    expect(refusal(await send(env, 'integrity.publish', { year: Y, quarter: 1 }, o.clerk)).code).toBe('FORBIDDEN');
    expect(refusal(await send(env, 'integrity.publish', { year: Y, quarter: 1 }, o.readonly)).code).toBe('FORBIDDEN');
    expect(refusal(await send(env, 'integrity.publish', { year: Y, quarter: 1 }, o.handler)).code).toBe('FORBIDDEN');
    await ok(env, 'integrity.grid', { year: Y }, o.clerk);
    await ok(env, 'integrity.publish', { year: Y, quarter: 1 }, o.manager);
    await ok(env, 'integrity.publish', { year: Y, quarter: 1, reason: '复核' }, o.leader);
  });
});

// A suite on a fixed day after the scored year (every quarter of it has ended).
describe('integrity.publish of a year', () => {
  const after = indexEachTest(undefined, `${Y + 1}-01-10T01:00:00.000Z`);
  it('a year only after its four quarters: the mean of the published scores and the grade', async () => {
    const { env, o } = after;
    for (const q of [1, 2, 3]) {
      fullChecklists(env.db, Y, q);
      await ok(env, 'integrity.publish', { year: Y, quarter: q }, o.manager);
    }
    const r = refusal(await send(env, 'integrity.publish', { year: Y, quarter: 0 }, o.manager));
    expect(r.message).toContain('尚未发布：第4季度');
    // An event in the fourth quarter after the other three are published: the year is their mean.
    addDecision(env.db, { unitId: o.villageId, outcome: '党纪处分', grade: '留党察看', category: '主要负责人', decidedDate: `${Y}-11-02` });
    fullChecklists(env.db, Y, 4);
    await ok(env, 'integrity.publish', { year: Y, quarter: 4 }, o.manager);
    const year = await ok(env, 'integrity.publish', { year: Y, quarter: 0 }, o.leader);
    expect(year.counts).toEqual({ A: 6, B: 0, C: 0 });
    const stored = env.db.prepare('SELECT score, grade, result FROM index_results WHERE publication_id = ? AND unit_id = ?').get(year.id, o.villageId) as {
      score: number; grade: string; result: string;
    };
    // Quarters 100, 100, 100, 84 (−16: 留党察看 8 × 主要负责人 2): mean 96.
    expect(stored).toMatchObject({ score: 9600, grade: 'A' });
    expect(JSON.parse(stored.result).quarters.map((q: { score: number }) => q.score)).toEqual([10000, 10000, 10000, 8400]);
  });

});
