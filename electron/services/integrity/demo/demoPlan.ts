// The demo county's 廉情指数 over two years, planned: last year's and this year's schemes (from
// 默认方案; this year's corrected once as version 2 when a quarter of it has been published), and for
// every scored unit and every finished quarter its control checklist, the four surveys' rates and
// its administrative cost; this year's current quarter partly entered (the grid shows drafts); a
// handful of supervision findings, bonuses and decisions made elsewhere (exactly one criminal
// judgment, 刑事责任, last year — on the person the tips' part transferred, 移送司法, when it did);
// every finished quarter and last year published ten days after its end by the 案件监督管理室. A
// few weak units (chronic problems: red, grade C) and some shaky ones (orange quarters, grade B)
// among mostly sound units give a realistic spread. Pure and deterministic: the registry, the
// demo's today, the calendar and a seed give the same plan; every step lies before today, and
// everything a quarter holds is entered by its last day, before it is published.
import type { CheckResult } from '../../../../shared/integrity/enums.ts';
import { DEFAULT_SCHEME } from '../../../../shared/integrity/defaultScheme.ts';
import { periodRange, quarterOf, scoredIn as scoredInRange } from '../../../../shared/integrity/flow.ts';
import type { SchemeContent } from '../../../../shared/integrity/scheme.ts';
import type { PersonCategory, UnitType } from '../../../../shared/registry/index.ts';
import { at, mulberry32, pick, randInt, weighted, type Rng } from '../../../../shared/kernel/random.ts';
import { addDays, type WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import { ADOPTED_BONUS, CRIMINAL_DECISION, FINDING_TEXTS, OTHER_BONUSES, OTHER_DECISIONS, fill } from './demoTexts.ts';

export interface DemoIndexUnit {
  id: number;
  name: string;
  type: UnitType;
  /** 设立日期 and 撤销日期 as the registry holds them (a unit is entered only for quarters it is scored in; none: never). */
  establishedDate: string | null;
  revokedDate: string | null;
}

export interface DemoIndexPerson {
  id: number;
  name: string;
  unitId: number;
  post: string;
  category: PersonCategory;
}

export interface DemoIndexOptions {
  /** The demo's today (YYYY-MM-DD): every step lies before it. */
  today: string;
  units: readonly DemoIndexUnit[];
  people: readonly DemoIndexPerson[];
  calendar: WorkCalendar;
  /**
   * Last year's discipline events carrying 一票否决 that the other domains' parts already made (the
   * tips' 移送司法), oldest first: the court's criminal judgment then follows the first of them — the
   * same person, so still one unit vetoed — instead of falling on a unit of the plan's own choosing.
   */
  transfers?: ReadonlyArray<{ unitId: number; personId: number; decidedDate: string }>;
  seed?: number;
}

/** Who acts (keys of the tips demo's DEMO_STAFF): 监督检查室 enter checklists and findings, 案件监督管理室 the rest. */
export type DemoIndexActor = 'jiancha' | 'jiancha2' | 'anguan';

export type DemoDecisionOutcome = '刑事责任' | '效能问责' | '通报批评' | '党纪处分';

export type DemoIndexAct =
  | { kind: 'scheme'; year: number; note: string }
  /** A correction of the year's scheme in force: a new version from it, saved with `content`, enabled. */
  | { kind: 'correctScheme'; year: number; note: string; content: SchemeContent }
  | { kind: 'checklist'; year: number; quarter: number; unitId: number; results: Array<{ itemKey: string; result: CheckResult }> }
  /** The survey office's or the finance office's sheet of a quarter: each unit's figures by measure key, entered unit by unit. */
  | { kind: 'measures'; measure: '满意度调查' | '行政成本'; year: number; quarter: number; rows: Array<{ unitId: number; values: Record<string, number> }> }
  | { kind: 'finding'; unitId: number; channelKey: string; date: string; source: string; summary: string }
  | { kind: 'bonus'; unitId: number; kindKey: string; date: string; summary: string; evidence: string }
  | {
      kind: 'decision'; body: '案件审理' | '上级纪委' | '司法机关'; documentNumber: string; decidedDate: string; personId: number; unitId: number;
      category: PersonCategory; outcome: DemoDecisionOutcome; grade: string; circumstance: '一般'; conductDate: string; summary: string;
    }
  | { kind: 'publish'; year: number; quarter: number };

export interface DemoIndexEvent {
  at: { date: string; minute: number };
  actor: DemoIndexActor;
  act: DemoIndexAct;
}

/** What the plan means to show (the tests check it against the engine and the store). */
export interface DemoIndexExpected {
  lastYear: number;
  thisYear: number;
  /** Finished quarters, oldest first. */
  finished: Array<{ year: number; quarter: number }>;
  /** The quarter partly entered on the demo's today. */
  current: { year: number; quarter: number };
  /** Periods published (quarter 0: the year), in order. */
  published: Array<{ year: number; quarter: number }>;
  weakUnitIds: number[];
  shakyUnitIds: number[];
  vetoUnitId: number;
  /** Units whose checklist of the current quarter is entered. */
  currentEntered: number;
}

export interface DemoIndexPlan {
  events: DemoIndexEvent[];
  expected: DemoIndexExpected;
}

type Profile = 'weak' | 'shaky' | 'sound';

/** Administrative cost per capita in a quarter (yuan), by unit type: what such a unit spends. */
const COST_BASE: Record<UnitType, number> = {
  行政村: 2850, 社区: 3260, '镇（街道）': 9480, 机关部门: 8120, 基层站所: 6540, 国有企业: 11800, 事业单位: 7050, 其他: 5200,
};

/** This year's correction: a control point's name said as the county's rules say it (the points are unchanged). */
export function correctedScheme(content: SchemeContent): SchemeContent {
  return {
    ...content,
    control: { ...content.control, items: content.control.items.map((i) => (i.key === 'vehicles' ? { ...i, name: '公务用车使用登记' } : i)) },
  };
}

/** Whether the unit is scored in the quarter (flow.ts's rule; a unit without 设立日期 never is). */
function scoredIn(u: DemoIndexUnit, year: number, quarter: number): boolean {
  return u.establishedDate !== null && scoredInRange({ establishedDate: u.establishedDate, revokedDate: u.revokedDate }, year, quarter);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

class Planner {
  readonly events: Array<DemoIndexEvent & { seq: number }> = [];
  private seq = 0;
  readonly yesterday: string;
  readonly o: DemoIndexOptions;

  constructor(o: DemoIndexOptions) {
    this.o = o;
    this.yesterday = addDays(o.today, -1);
  }

  push(date: string, minute: number, actor: DemoIndexActor, act: DemoIndexAct): void {
    if (date >= this.o.today) throw new Error(`demo index: a step on ${date}, not before the demo's today`);
    this.events.push({ at: { date, minute }, actor, act, seq: this.seq++ });
  }

  isWork(d: string): boolean {
    return this.o.calendar.isWorkday(d);
  }

  /** The working days of [from, to] before today (every day of it when none is a working day). */
  days(from: string, to: string): string[] {
    const all: string[] = [];
    for (let d = from; d <= to && d < this.o.today; d = addDays(d, 1)) all.push(d);
    const work = all.filter((d) => this.isWork(d));
    return work.length > 0 ? work : all;
  }

  /** A day after `end`, `n` days on (the next working day), or the last one before today; null when today follows `end`. */
  after(end: string, n: number): string | null {
    let d = addDays(end, n);
    while (!this.isWork(d)) d = addDays(d, 1);
    if (d < this.o.today) return d;
    const days = this.days(addDays(end, 1), this.yesterday);
    return days.length > 0 ? at(days, days.length - 1) : null;
  }

  /** A working day on or before the date. */
  workOnOrBefore(date: string): string {
    let d = date;
    while (!this.isWork(d)) d = addDays(d, -1);
    return d;
  }

  sorted(): DemoIndexEvent[] {
    return [...this.events]
      .sort((a, b) => (a.at.date !== b.at.date ? (a.at.date < b.at.date ? -1 : 1) : a.at.minute - b.at.minute || a.seq - b.seq))
      .map(({ at: when, actor, act }) => ({ at: when, actor, act }));
  }
}

function shuffle<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [at(out, j), at(out, i)];
  }
  return out;
}

/** A unit's steady character over the two years. */
interface Character {
  profile: Profile;
  /** Cost per capita relative to its type's usual figure. */
  cost: number;
  /** Its usual survey rate (%). */
  survey: number;
  /** Its usual saving rate (%). */
  saving: number;
}

function character(rng: Rng, profile: Profile): Character {
  switch (profile) {
    case 'weak':
      return { profile, cost: 1.35 + rng() * 0.15, survey: 72 + rng() * 6, saving: -10 + rng() * 4 };
    case 'shaky':
      return { profile, cost: 1.1 + rng() * 0.12, survey: 86 + rng() * 4, saving: -3 + rng() * 4 };
    default:
      return { profile, cost: 0.9 + rng() * 0.16, survey: 91 + rng() * 6, saving: 1.5 + rng() * 6 };
  }
}

function checkResult(rng: Rng, profile: Profile, dip: boolean): CheckResult {
  if (dip) return weighted(rng, [['落实', 40], ['部分落实', 30], ['未落实', 30]] as const);
  if (profile === 'weak') return weighted(rng, [['落实', 35], ['部分落实', 40], ['未落实', 25]] as const);
  if (profile === 'shaky') return weighted(rng, [['落实', 74], ['部分落实', 18], ['未落实', 8]] as const);
  return weighted(rng, [['落实', 97], ['部分落实', 3]] as const);
}

/** The court's criminal judgment (刑事责任, 一票否决) on a person of the unit, entered the day it is received. */
function judgment(p: Planner, rng: Rng, unit: DemoIndexUnit, person: DemoIndexPerson, date: string, conductDate: string): void {
  const year = Number(date.slice(0, 4));
  p.push(date, 15 * 60 + 30, 'anguan', {
    kind: 'decision', body: '司法机关', documentNumber: fill(CRIMINAL_DECISION.documentNumber, { year, n: randInt(rng, 40, 160) }), decidedDate: date,
    personId: person.id, unitId: unit.id, category: person.category, outcome: '刑事责任', grade: '', circumstance: '一般', conductDate,
    summary: fill(CRIMINAL_DECISION.summary, { person: person.name, unit: unit.name, post: person.post }),
  });
}

export function planDemoIndex(o: DemoIndexOptions): DemoIndexPlan {
  const rng = mulberry32(o.seed ?? 20261414);
  const p = new Planner(o);
  const thisYear = Number(o.today.slice(0, 4));
  const lastYear = thisYear - 1;
  const currentQuarter = quarterOf(o.today);
  const finished: Array<{ year: number; quarter: number }> = [];
  for (const year of [lastYear, thisYear]) for (let q = 1; q <= 4; q++) if (periodRange(year, q).to < o.today) finished.push({ year, quarter: q });

  // ── who is who: a few weak units (villages and a station), some shaky ones, the rest sound ──
  const units = [...o.units].sort((a, b) => a.id - b.id);
  const villages = shuffle(rng, units.filter((u) => u.type === '行政村'));
  const stations = shuffle(rng, units.filter((u) => u.type === '基层站所'));
  const weak = [...villages.slice(0, 2), ...stations.slice(0, 1)];
  for (const u of shuffle(rng, units)) if (weak.length < 3 && !weak.includes(u)) weak.push(u);
  const rest = shuffle(rng, units.filter((u) => !weak.includes(u)));
  const shaky = rest.slice(0, Math.min(14, Math.floor(units.length / 14)));
  const sound = rest.filter((u) => !shaky.includes(u));
  const profileOf = (u: DemoIndexUnit): Profile => (weak.includes(u) ? 'weak' : shaky.includes(u) ? 'shaky' : 'sound');
  const characters = new Map(units.map((u) => [u.id, character(rng, profileOf(u))]));
  const peopleOf = (unitId: number, category?: PersonCategory) => o.people.filter((x) => x.unitId === unitId && (!category || x.category === category));
  const transfer = o.transfers?.[0];
  const vetoUnit = units.find((u) => u.id === transfer?.unitId) ?? sound.find((u) => peopleOf(u.id, '班子成员').length > 0 && scoredIn(u, lastYear, 3)) ?? at(sound, 0);
  const itemsOf = (type: UnitType) => DEFAULT_SCHEME.control.items.filter((i) => i.unitTypes.includes(type));

  // ── schemes: each year's from 默认方案, made and enabled in the December before it ──
  for (const year of [lastYear, thisYear]) {
    p.push(p.workOnOrBefore(`${year - 1}-12-15`), 10 * 60, 'anguan', { kind: 'scheme', year, note: `${year}年度廉情指数评分方案，按县纪委监委常委会审定的默认方案执行。` });
  }

  // ── inputs of each quarter: entered by its last day ──
  const quarters = [...finished.map((f) => ({ ...f, partial: false })), { year: thisYear, quarter: currentQuarter, partial: true }];
  let currentEntered = 0;
  let findingNo = 0;
  let docNo = 3;
  for (const { year, quarter, partial } of quarters) {
    const { from, to } = periodRange(year, quarter);
    const scored = units.filter((u) => scoredIn(u, year, quarter));
    const dips = new Set(shuffle(rng, scored.filter((u) => profileOf(u) === 'sound')).slice(0, 3).map((u) => u.id));
    // The checks of the quarter's last weeks, the two 监督检查室 staff taking a unit each in turn.
    const checkDays = partial ? p.days(from, p.yesterday) : p.days(addDays(to, -13), to);
    const checked = partial ? scored.filter((_, i) => i % 5 < 3) : scored;
    checked.forEach((u, i) => {
      const day = checkDays.length > 0 ? at(checkDays, Math.floor((i * checkDays.length) / checked.length)) : null;
      if (!day) return;
      const dip = dips.has(u.id);
      const results = itemsOf(u.type).map((item) => ({ itemKey: item.key, result: checkResult(rng, profileOf(u), dip && item.points >= 8) }));
      p.push(day, 9 * 60 + (i % 40) * 11, i % 2 === 0 ? 'jiancha' : 'jiancha2', { kind: 'checklist', year, quarter, unitId: u.id, results });
      if (partial) currentEntered++;
    });
    if (!partial) {
      // The survey office's and the finance office's sheets, entered on the quarter's last working day.
      const sheetDay = at(checkDays, checkDays.length - 1);
      const season = quarter === 4 ? 1.08 : quarter === 1 ? 0.94 : 1;
      const surveys: Array<{ unitId: number; values: Record<string, number> }> = [];
      const costs: Array<{ unitId: number; values: Record<string, number> }> = [];
      for (const u of scored) {
        const c = characters.get(u.id);
        if (!c) continue;
        const rate = (): number => round2(Math.min(99.6, Math.max(60, c.survey + (rng() - 0.5) * 5)));
        const values: Record<string, number> = {};
        for (const s of DEFAULT_SCHEME.participation.surveys) values[s.key] = rate();
        surveys.push({ unitId: u.id, values });
        const costPerCapita = round2(COST_BASE[u.type] * c.cost * season * (0.97 + rng() * 0.06));
        costs.push({ unitId: u.id, values: { costPerCapita, savingRate: round2(c.saving + (rng() - 0.5) * 2) } });
      }
      p.push(sheetDay, 13 * 60 + 30, 'anguan', { kind: 'measures', measure: '满意度调查', year, quarter, rows: surveys });
      p.push(sheetDay, 15 * 60 + 30, 'anguan', { kind: 'measures', measure: '行政成本', year, quarter, rows: costs });
    }

    // Findings: two in most quarters, mostly about the weak and shaky units.
    const daysIn = p.days(from, to);
    const findingCount = quarter === 4 ? 1 : 2;
    for (let k = 0; k < findingCount && daysIn.length > 0; k++) {
      const pool = rng() < 0.75 ? [...weak, ...shaky] : units;
      const u = pick(rng, pool.filter((x) => scoredIn(x, year, quarter)).length > 0 ? pool.filter((x) => scoredIn(x, year, quarter)) : scored);
      if (!u) continue;
      const t = at(FINDING_TEXTS, findingNo++ % FINDING_TEXTS.length);
      const date = pick(rng, daysIn);
      p.push(date, 10 * 60 + randInt(rng, 0, 300), 'jiancha', { kind: 'finding', unitId: u.id, channelKey: t.channelKey, date, source: t.source, summary: fill(t.summary, { unit: u.name, year }) });
    }

    // Bonuses: the adopted practice in last year's third quarter; one other in most quarters.
    const bonusUnits = sound.filter((x) => scoredIn(x, year, quarter));
    if (daysIn.length > 0 && bonusUnits.length > 0) {
      if (year === lastYear && quarter === 3) {
        const u = at(bonusUnits, 0);
        const date = pick(rng, daysIn);
        p.push(date, 11 * 60, 'anguan', { kind: 'bonus', unitId: u.id, kindKey: ADOPTED_BONUS.kindKey, date, summary: fill(ADOPTED_BONUS.summary, { unit: u.name }), evidence: fill(ADOPTED_BONUS.evidence, { unit: u.name }) });
      }
      if (quarter !== 1) {
        const u = pick(rng, bonusUnits);
        const t = at(OTHER_BONUSES, (year * 4 + quarter) % OTHER_BONUSES.length);
        const date = pick(rng, daysIn);
        p.push(date, 14 * 60 + randInt(rng, 0, 120), 'anguan', { kind: 'bonus', unitId: u.id, kindKey: t.kindKey, date, summary: fill(t.summary, { unit: u.name }), evidence: fill(t.evidence, { n: randInt(rng, 8, 36) }) });
      }
    }

    // Decisions made elsewhere: the one criminal judgment (last year's third quarter, unless it
    // follows a 移送司法), and one 通报批评, 效能问责 or 党内警告 in the second and fourth quarters.
    if (!transfer && daysIn.length > 0 && year === lastYear && quarter === 3) {
      const person = peopleOf(vetoUnit.id, '班子成员')[0] ?? peopleOf(vetoUnit.id)[0];
      if (person) judgment(p, rng, vetoUnit, person, pick(rng, daysIn), `${year}-0${randInt(rng, 1, 5)}`);
    }
    if (daysIn.length > 0 && (quarter === 2 || quarter === 4)) {
      const t = at(OTHER_DECISIONS, (year % 2) * 2 + (quarter === 2 ? 0 : 1));
      const candidates = shaky.filter((x) => scoredIn(x, year, quarter));
      const u = candidates.length > 0 ? pick(rng, candidates) : null;
      const person = u ? (t.outcome === '通报批评' ? peopleOf(u.id, '主要负责人')[0] : undefined) ?? peopleOf(u.id, '一般干部')[0] ?? peopleOf(u.id)[0] : undefined;
      if (u && person) {
        const date = pick(rng, daysIn);
        p.push(date, 16 * 60, 'anguan', {
          kind: 'decision', body: t.body, documentNumber: fill(t.documentNumber, { year, n: docNo++ }), decidedDate: date, personId: person.id, unitId: u.id,
          category: person.category, outcome: t.outcome, grade: t.grade, circumstance: '一般', conductDate: addDays(date, -randInt(rng, 30, 90)).slice(0, 7),
          summary: fill(t.summary, { person: person.name, unit: u.name, post: person.post }),
        });
      }
    }
  }

  // The court's judgment on the person transferred (移送司法): about two months on, in the same year when it can be.
  if (transfer) {
    const person = o.people.find((x) => x.id === transfer.personId);
    let date = addDays(transfer.decidedDate, 45 + randInt(rng, 0, 30));
    if (date > `${lastYear}-12-28`) date = `${lastYear}-12-28`;
    if (date <= transfer.decidedDate) date = addDays(transfer.decidedDate, 1);
    const days = p.days(date, date);
    if (person && days.length > 0) judgment(p, rng, vetoUnit, person, at(days, 0), addDays(transfer.decidedDate, -randInt(rng, 200, 400)).slice(0, 7));
  }

  // ── publishing: each finished quarter ten days after its end, the year after its fourth ──
  const published: Array<{ year: number; quarter: number }> = [];
  let firstOfThisYear: string | null = null;
  for (const { year, quarter } of finished) {
    const day = p.after(periodRange(year, quarter).to, 10);
    if (!day) continue;
    p.push(day, 16 * 60, 'anguan', { kind: 'publish', year, quarter });
    published.push({ year, quarter });
    if (year === thisYear && quarter === 1) firstOfThisYear = day;
    if (quarter === 4) {
      p.push(day, 16 * 60 + 20, 'anguan', { kind: 'publish', year, quarter: 0 });
      published.push({ year, quarter: 0 });
    }
  }
  // This year's correction, two weeks after its first quarter was published (that quarter keeps version 1).
  if (firstOfThisYear) {
    const day = p.after(addDays(firstOfThisYear, 14), 0);
    if (day && day > firstOfThisYear) {
      p.push(day, 10 * 60, 'anguan', { kind: 'correctScheme', year: thisYear, note: '更正控制点“公车登记”的名称为“公务用车使用登记”，分值不变。', content: correctedScheme(DEFAULT_SCHEME) });
    }
  }

  return {
    events: p.sorted(),
    expected: {
      lastYear, thisYear, finished, current: { year: thisYear, quarter: currentQuarter }, published,
      weakUnitIds: weak.map((u) => u.id), shakyUnitIds: shaky.map((u) => u.id), vetoUnitId: vetoUnit.id, currentEntered,
    },
  };
}
