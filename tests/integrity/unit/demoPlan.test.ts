// The demo county's index, planned: deterministic, every step before the demo's today and every
// input of a quarter entered by its last day (before it is published); and the engine, fed the
// plan's own facts, gives a realistic spread — each finished quarter mostly 绿 with some 橙 and a few
// 红, last year mostly A with some B, a few C and exactly one 一票否决 — on either day the suite runs.
import { describe, expect, it } from 'vitest';
import { makeDemoData } from '../../../electron/services/registry/demo/demoData.ts';
import { planDemoIndex, type DemoIndexOptions, type DemoIndexPlan } from '../../../electron/services/integrity/demo/demoPlan.ts';
import { DEFAULT_SCHEME, periodRange, quarterOf, type EventFact, type QuarterInputs, type UnitFact, type UnitQuarterScore } from '../../../shared/integrity/index.ts';
import { toHundredths } from '../../../shared/integrity/decimal.ts';
import { scoreQuarter, scoreYear } from '../../../shared/integrity/engine/index.ts';
import { addDays, holidayTable, WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { HOLIDAY_SEED_0003 } from '../../../db/migrations/seeds/0003-holidays.ts';
import type { UnitType } from '../../../shared/registry/index.ts';

const calendar = new WorkCalendar(holidayTable(HOLIDAY_SEED_0003));

function options(today: string): DemoIndexOptions {
  const data = makeDemoData();
  const ids = new Map(data.units.map((u, i) => [u.key, i + 1]));
  const units = data.units.map((u, i) => ({ id: i + 1, name: u.name, type: u.type as UnitType, establishedDate: '2015-01-01', revokedDate: null }));
  const people = data.people.map((p, i) => ({ id: i + 1, name: p.name, unitId: ids.get(p.unitKey) as number, post: p.post, category: p.category }));
  return { today, units, people, calendar };
}

function hundredths(v: number): number {
  const h = toHundredths(v);
  if (h === null) throw new Error(`not a two-place decimal: ${v}`);
  return h;
}

function factOf(u: DemoIndexOptions['units'][number]): UnitFact {
  return { id: u.id, name: u.name, type: u.type, parentId: null, parentName: '', establishedDate: u.establishedDate ?? '9999-12-31', revokedDate: u.revokedDate };
}

/** The engine's facts of a quarter, as the plan's inputs give them (the other domains' records left out). */
function factsOf(plan: DemoIndexPlan, o: DemoIndexOptions, year: number, quarter: number, others: readonly EventFact[] = []): QuarterInputs {
  const units = o.units.map(factOf);
  const { from, to } = periodRange(year, quarter);
  const inQuarter = (d: string) => d >= from && d <= to;
  const events = others.filter((e) => inQuarter(e.decidedDate));
  const inputs: QuarterInputs = { year, quarter, units, checklist: [], surveys: [], costs: [], findings: [], bonuses: [], events, tips: [], overdue: [] };
  let id = 1;
  for (const { act } of plan.events) {
    if (act.kind === 'checklist' && act.year === year && act.quarter === quarter) {
      for (const r of act.results) inputs.checklist.push({ id: id++, unitId: act.unitId, quarter, itemKey: r.itemKey, result: r.result });
    } else if (act.kind === 'measures' && act.measure === '满意度调查' && act.year === year && act.quarter === quarter) {
      for (const r of act.rows) for (const [surveyKey, rate] of Object.entries(r.values)) inputs.surveys.push({ id: id++, unitId: r.unitId, quarter, surveyKey, rate: hundredths(rate) });
    } else if (act.kind === 'measures' && act.measure === '行政成本' && act.year === year && act.quarter === quarter) {
      for (const r of act.rows) inputs.costs.push({ id: id++, unitId: r.unitId, quarter, costPerCapita: hundredths(r.values.costPerCapita ?? 0), savingRate: hundredths(r.values.savingRate ?? 0) });
    } else if (act.kind === 'finding' && inQuarter(act.date)) {
      inputs.findings.push({ id: id++, unitId: act.unitId, channelKey: act.channelKey, date: act.date, summary: act.summary });
    } else if (act.kind === 'bonus' && inQuarter(act.date)) {
      inputs.bonuses.push({ id: id++, unitId: act.unitId, kindKey: act.kindKey, date: act.date, summary: act.summary });
    } else if (act.kind === 'decision' && inQuarter(act.decidedDate)) {
      inputs.events.push({
        id: id++, unitId: act.unitId, personName: '', category: act.category, outcome: act.outcome, grade: act.grade, circumstance: act.circumstance,
        conductDate: act.conductDate || null, decidedDate: act.decidedDate, sourceKind: '外部决定', sourceId: id, sourceLabel: act.documentNumber,
      });
    }
  }
  return inputs;
}

const count = <T>(list: readonly T[], pred: (x: T) => boolean) => list.filter(pred).length;

describe.each(['2026-11-21', '2027-01-04'])('the demo index planned on %s', (today) => {
  const o = options(today);
  const plan = planDemoIndex(o);
  const x = plan.expected;

  it('is deterministic, in order, every step before today and every input of a quarter entered by its end', () => {
    expect(JSON.stringify(planDemoIndex(options(today)))).toBe(JSON.stringify(plan));
    let previous = '';
    for (const e of plan.events) {
      const moment = `${e.at.date} ${String(e.at.minute).padStart(4, '0')}`;
      expect(moment >= previous).toBe(true);
      previous = moment;
      expect(e.at.date < today).toBe(true);
      const a = e.act;
      if (a.kind === 'checklist' || a.kind === 'measures') expect(e.at.date <= periodRange(a.year, a.quarter).to).toBe(true);
      if (a.kind === 'finding' || a.kind === 'bonus') expect(e.at.date).toBe(a.date);
      if (a.kind === 'decision') expect(e.at.date).toBe(a.decidedDate);
      if (a.kind === 'publish') expect(e.at.date > periodRange(a.year, a.quarter).to).toBe(true);
    }
  });

  it('enters every checklist of the finished quarters, part of the current one, and publishes every finished quarter and last year', () => {
    const last = x.lastYear;
    expect(x.thisYear).toBe(last + 1);
    expect(x.current).toEqual({ year: Number(today.slice(0, 4)), quarter: quarterOf(today) });
    for (const { year, quarter } of x.finished) {
      const checked = new Set(plan.events.flatMap((e) => (e.act.kind === 'checklist' && e.act.year === year && e.act.quarter === quarter ? [e.act.unitId] : [])));
      expect(checked.size, `${year}Q${quarter}`).toBe(o.units.length);
      const sheets = plan.events.flatMap((e) => (e.act.kind === 'measures' && e.act.year === year && e.act.quarter === quarter ? [e.act] : []));
      expect(sheets.map((s) => [s.measure, s.rows.length]), `${year}Q${quarter}`).toEqual([['满意度调查', o.units.length], ['行政成本', o.units.length]]);
    }
    expect(x.currentEntered).toBeGreaterThan(o.units.length / 3);
    expect(x.currentEntered).toBeLessThan(o.units.length);
    expect(x.published).toEqual([...x.finished.flatMap((f) => (f.quarter === 4 ? [f, { year: f.year, quarter: 0 }] : [f]))]);
    expect(x.published).toContainEqual({ year: last, quarter: 0 });
    const kinds = plan.events.map((e) => e.act.kind);
    expect(count(kinds, (k) => k === 'scheme')).toBe(2);
    const decisions = plan.events.flatMap((e) => (e.act.kind === 'decision' ? [e.act] : []));
    expect(decisions.filter((d) => d.outcome === '刑事责任')).toHaveLength(1);
    expect(decisions.find((d) => d.outcome === '刑事责任')?.decidedDate.slice(0, 4)).toBe(String(last));
    expect(decisions.length).toBeGreaterThanOrEqual(3);
    expect(count(kinds, (k) => k === 'finding')).toBeGreaterThanOrEqual(5);
    const bonuses = plan.events.flatMap((e) => (e.act.kind === 'bonus' ? [e.act] : []));
    expect(bonuses.filter((b) => b.kindKey === 'adopted')).toHaveLength(1);
    expect(bonuses.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the engine a realistic spread: quarters mostly 绿, some 橙, a few 红; last year mostly A, some B, a few C, one veto', () => {
    const scores = new Map<string, UnitQuarterScore[]>();
    for (const { year, quarter } of x.finished) {
      const units = scoreQuarter(DEFAULT_SCHEME, factsOf(plan, o, year, quarter));
      scores.set(`${year}-${quarter}`, units);
      expect(units).toHaveLength(o.units.length);
      expect(units.every((u) => u.missingChecks === 0), `${year}Q${quarter} complete`).toBe(true);
      const green = count(units, (u) => u.colour === '绿');
      expect(green / units.length, `${year}Q${quarter} green`).toBeGreaterThanOrEqual(0.75);
      expect(green / units.length, `${year}Q${quarter} green`).toBeLessThan(0.97);
      expect(count(units, (u) => u.colour === '橙'), `${year}Q${quarter} orange`).toBeGreaterThanOrEqual(3);
    }
    const reds = [...scores.values()].map((units) => count(units, (u) => u.colour === '红'));
    expect(Math.max(...reds)).toBeGreaterThanOrEqual(2);

    const last = x.lastYear;
    const years = o.units.map((u) => {
      const quarters = [1, 2, 3, 4].map((q) => scores.get(`${last}-${q}`)?.find((s) => s.unitId === u.id) ?? null);
      return scoreYear(DEFAULT_SCHEME, last, factOf(u), quarters);
    });
    const grades = { A: count(years, (y) => y.grade === 'A'), B: count(years, (y) => y.grade === 'B'), C: count(years, (y) => y.grade === 'C') };
    expect(grades.A / years.length).toBeGreaterThanOrEqual(0.75);
    expect(grades.B).toBeGreaterThanOrEqual(3);
    expect(grades.C).toBeGreaterThanOrEqual(2);
    expect(grades.C).toBeLessThanOrEqual(6);
    expect(years.filter((y) => y.veto).map((y) => y.unitId)).toEqual([x.vetoUnitId]);
    for (const id of x.weakUnitIds) expect(years.find((y) => y.unitId === id)?.grade).toBe('C');
  });

  it('follows a 移送司法 the tips already made last year with the court’s judgment on the same person: still one unit vetoed', () => {
    const person = o.people.find((p) => p.category === '一般干部' && !x.weakUnitIds.includes(p.unitId) && p.unitId !== x.vetoUnitId);
    if (!person) throw new Error('no person to transfer');
    const decidedDate = `${x.lastYear}-05-20`;
    const transferred: EventFact = {
      id: 999_999, unitId: person.unitId, personName: person.name, category: person.category, outcome: '移送司法', grade: '', circumstance: '一般',
      conductDate: null, decidedDate, sourceKind: '信访件', sourceId: 1, sourceLabel: 'XF-0001',
    };
    const withTransfer = planDemoIndex({ ...o, transfers: [{ unitId: person.unitId, personId: person.id, decidedDate }] });
    const judgments = withTransfer.events.flatMap((e) => (e.act.kind === 'decision' && e.act.outcome === '刑事责任' ? [e.act] : []));
    expect(judgments).toHaveLength(1);
    expect(judgments[0]).toMatchObject({ personId: person.id, unitId: person.unitId, body: '司法机关' });
    const judged = judgments[0]?.decidedDate ?? '';
    expect(judged > decidedDate && judged.startsWith(String(x.lastYear))).toBe(true);
    expect(withTransfer.expected.vetoUnitId).toBe(person.unitId);
    const vetoed = new Set<number>();
    for (let q = 1; q <= 4; q++) for (const u of scoreQuarter(DEFAULT_SCHEME, factsOf(withTransfer, o, x.lastYear, q, [transferred]))) if (u.veto) vetoed.add(u.unitId);
    expect([...vetoed]).toEqual([person.unitId]);
  });
});

describe('the demo index on the edges of quarters', () => {
  const moment = (e: DemoIndexPlan['events'][number]) => `${e.at.date} ${String(e.at.minute).padStart(4, '0')}`;
  it.each(['2026-01-01', '2026-01-02', '2026-04-01', '2026-04-11', '2026-07-01', '2026-10-02', '2026-12-31'])('on %s: every step before today, each period published after its end, nothing entered after it', (today) => {
    const o = options(today);
    const plan = planDemoIndex(o);
    const published = new Map<string, string>();
    for (const e of plan.events) {
      expect(e.at.date < today).toBe(true);
      if (e.act.kind === 'publish') {
        expect(e.at.date > periodRange(e.act.year, e.act.quarter).to).toBe(true);
        published.set(`${e.act.year}-${e.act.quarter}`, moment(e));
      }
    }
    // A period is published only once its inputs are all in; a quarter published the day after its end at the latest when today allows.
    for (const e of plan.events) {
      const a = e.act;
      if (a.kind !== 'checklist' && a.kind !== 'measures') continue;
      const when = published.get(`${a.year}-${a.quarter}`);
      if (when) expect(moment(e) < when).toBe(true);
    }
    for (const f of plan.expected.finished) if (periodRange(f.year, f.quarter).to < addDays(today, -1)) expect(published.has(`${f.year}-${f.quarter}`), `${f.year}Q${f.quarter}`).toBe(true);
  });
});
