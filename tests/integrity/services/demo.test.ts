// The demo office's 廉情指数, made at two injected dates through the real operations after the
// tips', rectification's and talks' parts: both years' schemes enabled (this year's corrected as
// version 2 once a quarter of it is published), every finished quarter and last year published by
// the 案件监督管理室 after the period's end with nothing left 未录入 and nothing changed since, a
// realistic spread (mostly 绿 and A, a few 红 and C, one unit's year C by a criminal judgment's 一票否决 —
// following the tips' 移送司法 when they made one, whose own vetoes stay), and this year's current
// quarter shown as a draft.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeEnv, ok, setupAdmin, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { officeInstant } from '../../helpers/testDate.ts';
import { DEMO_STAFF } from '../../../electron/services/tips/demo/demoTips.ts';
import { quarterOf } from '../../../shared/integrity/index.ts';

const anguan = DEMO_STAFF.find((s) => s.key === 'anguan')?.displayName;

describe.each(['2026-11-21', '2027-01-04'])('the demo office’s index on %s', (day) => {
  let env: TestEnv;
  let leader: string;
  const errors: string[] = [];
  const thisYear = Number(day.slice(0, 4));
  const lastYear = thisYear - 1;
  const current = quarterOf(day);

  beforeAll(async () => {
    env = makeEnv(officeInstant(day).toISOString());
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
    try {
      await setupAdmin(env, true);
    } finally {
      spy.mockRestore();
    }
    leader = await userWithRole(env, '领导', `leader${day.replaceAll('-', '')}`);
  }, 240_000);
  afterAll(() => env.close());

  /** The whole grid of a year (two pages of 100). */
  async function gridOf(year: number) {
    const first = await ok(env, 'integrity.grid', { year, page: 0, pageSize: 100 }, leader);
    const second = await ok(env, 'integrity.grid', { year, page: 1, pageSize: 100 }, leader);
    return { ...first, rows: [...first.rows, ...second.rows] };
  }

  it('runs without a failed follow-up; both years’ schemes are enabled, this year’s corrected once a quarter is published', async () => {
    expect(errors).toEqual([]);
    const last = await ok(env, 'integrity.schemes', { year: lastYear }, leader);
    expect(last.map((s) => [s.version, s.status])).toEqual([[1, '已启用']]);
    const mine = await ok(env, 'integrity.schemes', { year: thisYear }, leader);
    expect(mine.every((s) => s.status === '已启用' && s.createdByName === anguan)).toBe(true);
    expect(mine.map((s) => s.version).sort()).toEqual(day === '2026-11-21' ? [1, 2] : [1]);
  });

  it('publishes every finished quarter and last year, by the 案件监督管理室, after each period, with nothing 未录入', async () => {
    const finished = (year: number) => [1, 2, 3, 4].filter((q) => year < thisYear || q < current);
    for (const year of [lastYear, thisYear]) {
      const rows = await ok(env, 'integrity.publications', { year }, leader);
      const quarters = finished(year);
      expect(rows.map((r) => r.quarter).sort(), String(year)).toEqual(year === lastYear ? [0, ...quarters] : quarters);
      for (const r of rows) {
        expect(r.publishedByName).toBe(anguan);
        expect(r.supersededAt).toBeNull();
        expect(r.units).toBe(200);
        expect(new Date(r.publishedAt) < officeInstant(day)).toBe(true);
      }
      for (const q of quarters) {
        const r = rows.find((x) => x.quarter === q);
        const counts = r?.counts ?? {};
        // Mostly 绿 with some 橙 (the other domains’ substantiated tips and events included).
        expect((counts['绿'] ?? 0) / 200, `${year}Q${q}`).toBeGreaterThanOrEqual(0.75);
        expect(counts['橙'] ?? 0, `${year}Q${q}`).toBeGreaterThanOrEqual(3);
      }
    }
    const publishedMissing = (env.db.prepare('SELECT count(*) AS n FROM index_publications WHERE missing_checks > 0').get() as { n: number }).n;
    expect(publishedMissing).toBe(0);
  });

  it('last year: mostly A, some B, a few C, one unit C by 一票否决 (a criminal judgment) — and nothing changed since publishing', async () => {
    const grid = await gridOf(lastYear);
    expect(grid.total).toBe(200);
    const years = grid.rows.flatMap((r) => (r.year ? [{ ...r.year, unitId: r.unitId }] : []));
    expect(years).toHaveLength(200);
    expect(years.every((y) => y.published && !y.changed)).toBe(true);
    expect(grid.rows.every((r) => r.quarters.every((q) => q !== null && q.published && !q.changed))).toBe(true);
    const count = (g: string) => years.filter((y) => y.grade === g).length;
    expect(count('A') / 200).toBeGreaterThanOrEqual(0.7);
    expect(count('B')).toBeGreaterThanOrEqual(3);
    expect(count('C')).toBeGreaterThanOrEqual(2);
    const reds = [1, 2, 3, 4].map((q) => grid.rows.filter((r) => r.quarters[q - 1]?.colour === '红').length);
    expect(Math.max(...reds)).toBeGreaterThanOrEqual(2);
    const criminal = await ok(env, 'integrity.decisions', { year: lastYear, q: '', page: 0, pageSize: 50 }, leader);
    const judgment = criminal.rows.filter((d) => d.outcome === '刑事责任');
    expect(judgment).toHaveLength(1);
    expect(judgment[0]?.body).toBe('司法机关');
    const vetoed = years.find((y) => y.unitId === judgment[0]?.unitId);
    expect(vetoed).toMatchObject({ grade: 'C', veto: true });
    // The units vetoed are those of last year's 移送司法 and 刑事责任; the judgment follows a tip's 移送司法 when there is one.
    const units = (outcome: string) =>
      (env.db.prepare('SELECT DISTINCT unit_id AS id FROM discipline_events WHERE outcome = ? AND decided_date LIKE ?').all(outcome, `${lastYear}-%`) as Array<{ id: number }>).map((r) => r.id);
    const transferred = units('移送司法');
    expect(new Set(years.filter((y) => y.veto).map((y) => y.unitId))).toEqual(new Set([...transferred, ...units('刑事责任')]));
    if (transferred.length > 0) expect(transferred).toContain(judgment[0]?.unitId);
    else expect(years.filter((y) => y.veto)).toHaveLength(1);
  });

  it('this year: the current quarter a draft (part of the checklists entered), the findings, bonuses and decisions listed', async () => {
    const grid = await gridOf(thisYear);
    expect(grid.published.map((p) => p.quarter)).not.toContain(current);
    const cells = grid.rows.map((r) => r.quarters[current - 1] ?? null);
    expect(cells.every((c) => c !== null && !c.published)).toBe(true);
    const checklist = await ok(env, 'integrity.checklist', { year: thisYear, quarter: current, q: '', page: 0, pageSize: 20 }, leader);
    expect(checklist.missingUnits).toBeGreaterThan(0);
    expect(checklist.missingUnits).toBeLessThan(200);
    const findings = await ok(env, 'integrity.findings', { q: '', page: 0, pageSize: 50 }, leader);
    expect(findings.total).toBeGreaterThanOrEqual(5);
    const bonuses = await ok(env, 'integrity.bonuses', { q: '', page: 0, pageSize: 50 }, leader);
    expect(bonuses.rows.filter((b) => b.kindKey === 'adopted')).toHaveLength(1);
  });
});
