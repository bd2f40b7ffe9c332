// The demo county's closed loop, planned from what its published 廉情指数 called for (the
// consequences written at each publication): each red quarter's 预警告知书 drafted and issued by the
// unit's 联系干部 a few days after the quarter was published, its items answered with measures,
// reported, checked and 销号 — most before their deadline, the last of a notice late, a 招投标 item
// only after an approved extension, still open when the next quarter is published; a unit red again
// while items of its earlier notice are open (flagged on the consequences page) gets its new notice
// once those are 销号 — until then it waits, 待拟制; a quarter's notices for found problems alone (a
// substantiated tip, a supervision finding, each put right through its own channel) closed with the
// reason when the next quarter is published; a year's 预警建议书 issued in one batch by the 案件监督管理室 some days
// after the year was published and their delivery recorded as the receipts come back; each grade-C
// unit's 廉政谈话 with its 主要负责人 planned within the time allowed, held, signed and concluded
// with its follow-up. Whatever falls on or after the demo's today is left as it stands (a year
// published in its last days keeps its 建议书 as drafts). Pure and deterministic.
//
// No item is ever open past its deadline at the end of a quarter: the published results, which do
// not count these items, stay what a recomputation gives.
import { addDays, type WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import { DEFAULT_WARNING_DEADLINE_DAYS } from '../../../../shared/documents/index.ts';
import type { ConsequenceKind, ConsequenceState } from '../../../../shared/consequences/index.ts';
import { periodRange, QUARTERS, type Colour } from '../../../../shared/integrity/index.ts';
import type { PersonCategory } from '../../../../shared/registry/index.ts';
import {
  APPLY_TEXT, CLOSE_OPINION, deliveryNote, EVIDENCE, EXTENSION_OPINION, EXTENSION_REASON, foundProblemCloseReason, measuresFor, PROGRESS, SLOW_LINE, TALK,
  VERIFY_PASS,
} from './demoTexts.ts';

/** The demo staff who act in the loop (keys of the tips demo's DEMO_STAFF). */
export type DemoLoopActor = 'jiancha' | 'jiancha2' | 'lingdao' | 'anguan';
export type Inspector = 'jiancha' | 'jiancha2';

/** A consequence of a publication as the period's page lists it. */
export interface DemoConsequenceRow {
  id: number;
  unitId: number;
  unitName: string;
  unitType: string;
  kind: ConsequenceKind;
  basis: string;
  colour: Colour | null;
  state: ConsequenceState;
  leaderMissing: boolean;
  /** A 预警告知书's lines to fix (their keys, in the result's order): its draft lists one problem each. */
  lines: readonly string[];
}

/** A period's publication in force and its consequences. */
export interface DemoPeriod {
  year: number;
  /** 0 for the year. */
  quarter: number;
  /** The office's day it was published. */
  publishedDate: string;
  rows: readonly DemoConsequenceRow[];
}

export interface DemoLoopPerson {
  id: number;
  unitId: number;
  category: PersonCategory;
}

export interface DemoLoopOptions {
  /** The demo's today (YYYY-MM-DD): every step falls on a working day before it. */
  today: string;
  calendar: WorkCalendar;
  /** The publications in force, in the order they were published. */
  periods: readonly DemoPeriod[];
  people: readonly DemoLoopPerson[];
  /** Each unit's 联系干部 among the demo's inspectors (a unit without one is given 林志强's). */
  liaisons: ReadonlyMap<number, Inspector>;
  /** A new notice's 整改时限 in days after its 成文日期 (the documents' setting). */
  deadlineDays?: number;
}

/** A notice's item: the consequence that drafted the notice and the problem's place in it. */
export interface DemoItemRef {
  consequenceId: number;
  index: number;
}

export type DemoLoopAct =
  /** 联系干部 for units that have none, set by the 案件监督管理室 before their first notice. */
  | { kind: 'liaison'; unitIds: number[]; liaison: Inspector }
  | { kind: 'draftNotice'; consequenceId: number }
  /** Issued on the day it was drafted (its 成文日期); `problems` and `deadline` are what the draft must say. */
  | { kind: 'issueNotice'; consequenceId: number; problems: number; deadline: string }
  | { kind: 'measures'; item: DemoItemRef; measures: readonly [string, string]; firstDue: string; secondDue: string; ownerPersonId: number | null; helperPersonId: number | null; leaderPersonId: number | null }
  | { kind: 'progress'; item: DemoItemRef; percent: number; text: string }
  | { kind: 'evidence'; item: DemoItemRef; fileName: string; note: string }
  | { kind: 'askExtension'; item: DemoItemRef; newDeadline: string; reason: string }
  | { kind: 'decideExtension'; item: DemoItemRef; opinion: string }
  | { kind: 'apply'; item: DemoItemRef; text: string }
  | { kind: 'verify'; item: DemoItemRef; opinion: string }
  | { kind: 'closeItem'; item: DemoItemRef; opinion: string }
  | { kind: 'closeConsequence'; consequenceId: number; reason: string }
  /** 批量印发 the year's 建议书 drafts, in this order. */
  | { kind: 'issueAdvice'; year: number; consequenceIds: number[] }
  | { kind: 'delivery'; consequenceId: number; note: string }
  | {
      kind: 'planTalk'; consequenceId: number; personId: number; plannedDate: string; plannedTime: string; place: string;
      interviewers: DemoLoopActor[]; recorder: DemoLoopActor;
    }
  | { kind: 'recordTalk'; consequenceId: number; heldTime: string; place: string; keyPoints: string; statement: string; followUp: { content: string; dueDate: string } }
  | { kind: 'talkFile'; consequenceId: number; fileName: string }
  | { kind: 'concludeTalk'; consequenceId: number; signedDate: string; outcomeNote: string }
  | { kind: 'followUpDone'; consequenceId: number; note: string };

export interface DemoLoopEvent {
  /** The office's date and minute of the day (09:00–17:00). */
  at: { date: string; minute: number };
  actor: DemoLoopActor;
  act: DemoLoopAct;
}

/** Where the plan leaves things on the demo's today (the demo test checks the store against it). */
export interface DemoLoopExpected {
  /** Every consequence of the periods by id: where it stands. */
  states: Record<number, ConsequenceState>;
  notices: number;
  items: number;
  itemsClosed: number;
  extensions: number;
  /** Units given a 联系干部 by the plan. */
  liaisons: number;
  adviceIssued: number;
  adviceDelivered: number;
  talksPlanned: number;
  talksHeld: number;
  talksConcluded: number;
}

export interface DemoLoopPlan {
  events: DemoLoopEvent[];
  expected: DemoLoopExpected;
}

/** How an item's life goes: put right before its deadline, late, or after an extension. */
type ItemLife = 'onTime' | 'late' | 'extended';

class Planner {
  private readonly raw: Array<{ date: string; seq: number; actor: DemoLoopActor; act: DemoLoopAct }> = [];
  private seq = 0;
  readonly o: DemoLoopOptions;

  constructor(o: DemoLoopOptions) {
    this.o = o;
  }

  /** The working day on or after the date. */
  work(date: string): string {
    let d = date;
    while (!this.o.calendar.isWorkday(d)) d = addDays(d, 1);
    return d;
  }

  /** Whether a step on the day is in the demo's past. */
  past(date: string): boolean {
    return date < this.o.today;
  }

  add(date: string, actor: DemoLoopActor, act: DemoLoopAct): void {
    if (!this.past(date)) throw new Error(`demo consequences: a step on ${date}, not before ${this.o.today}`);
    this.raw.push({ date, seq: this.seq++, actor, act });
  }

  /**
   * A chain of steps, each on the working day on or after its date and not before the one before;
   * it stops at the first that would fall on or after today. Answers how many were taken, and the day of the last.
   */
  chain(start: string, steps: ReadonlyArray<{ at: string; actor: DemoLoopActor; act: DemoLoopAct }>): { taken: number; last: string } {
    let last = start;
    let taken = 0;
    for (const s of steps) {
      let date = this.work(s.at);
      if (date < last) date = last;
      if (!this.past(date)) break;
      this.add(date, s.actor, s.act);
      last = date;
      taken++;
    }
    return { taken, last };
  }

  /** The events in order, each given its minute: the day's steps spread over 09:00–17:00. */
  events(): DemoLoopEvent[] {
    const sorted = [...this.raw].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
    const perDay = new Map<string, number>();
    for (const e of sorted) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    const seen = new Map<string, number>();
    return sorted.map((e) => {
      const i = seen.get(e.date) ?? 0;
      seen.set(e.date, i + 1);
      const n = perDay.get(e.date) ?? 1;
      return { at: { date: e.date, minute: 9 * 60 + Math.floor((i * 480) / n) }, actor: e.actor, act: e.act };
    });
  }
}

/** Whether a quarter's last day falls within [from, to]. */
function quarterEndIn(from: string, to: string): boolean {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const q of QUARTERS) {
      const end = periodRange(year, q).to;
      if (end >= from && end <= to) return true;
    }
  }
  return false;
}

function lifeOf(lineKey: string, index: number, count: number): ItemLife {
  if (lineKey === SLOW_LINE) return 'extended';
  return count >= 2 && index === count - 1 ? 'late' : 'onTime';
}

export function planDemoConsequences(o: DemoLoopOptions): DemoLoopPlan {
  const p = new Planner(o);
  const deadlineDays = o.deadlineDays ?? DEFAULT_WARNING_DEADLINE_DAYS;
  const states: Record<number, ConsequenceState> = {};
  for (const period of o.periods) for (const r of period.rows) states[r.id] = r.state;
  const expected: DemoLoopExpected = {
    states, notices: 0, items: 0, itemsClosed: 0, extensions: 0, liaisons: 0, adviceIssued: 0, adviceDelivered: 0, talksPlanned: 0, talksHeld: 0, talksConcluded: 0,
  };
  const liaisons = new Map(o.liaisons);
  const peopleOf = (unitId: number, category?: PersonCategory) => o.people.filter((x) => x.unitId === unitId && (!category || x.category === category));
  const quarters = o.periods.filter((x) => x.quarter !== 0);

  /** Each unit's items planned so far: the day each was 销号, or null while it is still open on the demo's today. */
  const itemsOf = new Map<number, Array<string | null>>();

  /** A red quarter's notice drafted and issued on the day, its items walked through their lives. */
  const planNotice = (r: DemoConsequenceRow, day: string) => {
    let liaison = liaisons.get(r.unitId);
    if (!liaison) {
      liaison = 'jiancha';
      p.add(day, 'anguan', { kind: 'liaison', unitIds: [r.unitId], liaison });
      liaisons.set(r.unitId, liaison);
      expected.liaisons++;
    }
    const deadline = addDays(day, deadlineDays);
    p.add(day, liaison, { kind: 'draftNotice', consequenceId: r.id });
    p.add(day, liaison, { kind: 'issueNotice', consequenceId: r.id, problems: r.lines.length, deadline });
    expected.notices++;
    let open = 0;
    const leader = peopleOf(r.unitId, '主要负责人')[0]?.id ?? null;
    const team = peopleOf(r.unitId).filter((x) => x.category !== '主要负责人');
    const owner = (team.find((x) => x.category === '班子成员') ?? team[0])?.id ?? null;
    const helper = team.find((x) => x.category === '一般干部' && x.id !== owner)?.id ?? owner;
    const closes = itemsOf.get(r.unitId) ?? [];
    itemsOf.set(r.unitId, closes);
    r.lines.forEach((key, index) => {
      expected.items++;
      const item = { consequenceId: r.id, index };
      const dl = (n: number) => addDays(deadline, n);
      // Put right late only where no quarter ends between the deadline and the 销号 (it would count as overdue there).
      let life = lifeOf(key, index, r.lines.length);
      if (life === 'late' && quarterEndIn(dl(1), dl(30))) life = 'onTime';
      const start = [
        { at: addDays(day, 2), actor: liaison, act: { kind: 'measures', item, measures: measuresFor(key), firstDue: addDays(day, 15), secondDue: dl(-3), ownerPersonId: owner, helperPersonId: helper, leaderPersonId: leader } },
        { at: addDays(day, 7), actor: liaison, act: { kind: 'progress', item, percent: 30, text: PROGRESS.begun } },
        { at: addDays(day, 9), actor: liaison, act: { kind: 'evidence', item, fileName: EVIDENCE.fileName, note: EVIDENCE.note } },
      ] as const;
      const finish = (from: number) => [
        { at: dl(from), actor: liaison, act: { kind: 'progress', item, percent: 100, text: PROGRESS.done } },
        { at: dl(from + 2), actor: 'jiancha', act: { kind: 'apply', item, text: APPLY_TEXT } },
        { at: dl(from + 5), actor: 'jiancha2', act: { kind: 'verify', item, opinion: VERIFY_PASS } },
        { at: dl(from + 7), actor: 'lingdao', act: { kind: 'closeItem', item, opinion: CLOSE_OPINION } },
      ] as const;
      const middle =
        life === 'onTime' ? []
        : life === 'late' ? [{ at: dl(-5), actor: liaison, act: { kind: 'progress', item, percent: 60, text: PROGRESS.halfway } }]
        : [
            { at: dl(-5), actor: liaison, act: { kind: 'askExtension', item, newDeadline: dl(110), reason: EXTENSION_REASON } },
            { at: dl(-3), actor: 'lingdao', act: { kind: 'decideExtension', item, opinion: EXTENSION_OPINION } },
            { at: dl(30), actor: liaison, act: { kind: 'progress', item, percent: 60, text: PROGRESS.halfway } },
          ];
      const end = finish(life === 'onTime' ? -8 : life === 'late' ? 12 : 93);
      const steps = [...start, ...middle, ...end] as ReadonlyArray<{ at: string; actor: DemoLoopActor; act: DemoLoopAct }>;
      const walked = p.chain(day, steps);
      if (life === 'extended' && walked.taken >= start.length + 2) expected.extensions++;
      if (walked.taken === steps.length) {
        expected.itemsClosed++;
        closes.push(walked.last);
      } else {
        open++;
        closes.push(null);
      }
    });
    states[r.id] = open > 0 ? '整改中' : '已完成';
  };

  for (const period of o.periods) {
    const published = period.publishedDate;
    if (period.quarter !== 0) {
      // ── a quarter: the red units' notices, a few days after publishing — but a unit red again while
      // items of its earlier notice are still open gets its new notice only once those are 销号 ──
      const day = p.work(addDays(published, 4));
      for (const r of period.rows) {
        if (r.kind !== '预警告知书' || r.colour !== '红' || r.state !== '待拟制' || r.lines.length === 0) continue;
        const earlier = (itemsOf.get(r.unitId) ?? []).filter((c) => c === null || c >= day);
        if (earlier.includes(null)) continue;
        const last = earlier.filter((c): c is string => c !== null).sort().at(-1);
        const drafted = last === undefined ? day : p.work(addDays(last, 1));
        if (p.past(drafted)) planNotice(r, drafted);
      }
      // ── the quarter before's notices for found problems alone: closed the day after this one is published ──
      const before = quarters[quarters.indexOf(period) - 1];
      const closeDay = p.work(addDays(published, 1));
      if (before && p.past(closeDay)) {
        for (const r of before.rows) {
          if (r.kind !== '预警告知书' || r.colour === '红' || r.state !== '待拟制' || states[r.id] !== '待拟制') continue;
          p.add(closeDay, 'lingdao', { kind: 'closeConsequence', consequenceId: r.id, reason: foundProblemCloseReason(r.basis) });
          states[r.id] = '已关闭';
        }
      }
      continue;
    }

    // ── a year: the 建议书 in one batch, their delivery, the grade-C units' talks ──
    const issueDay = p.work(addDays(published, 3));
    if (!p.past(issueDay)) continue;
    const advice = period.rows.filter((r) => r.kind === '预警建议书' && r.state === '草稿');
    if (advice.length > 0) {
      p.add(issueDay, 'anguan', { kind: 'issueAdvice', year: period.year, consequenceIds: advice.map((r) => r.id) });
      expected.adviceIssued += advice.length;
      advice.forEach((r, i) => {
        states[r.id] = '已印发';
        // Receipts come back over a week; a tenth are still awaited.
        if (i % 10 === 9) return;
        const day = p.work(addDays(issueDay, 2 + Math.floor((i * 6) / advice.length)));
        if (!p.past(day)) return;
        p.add(day, 'anguan', { kind: 'delivery', consequenceId: r.id, note: deliveryNote(r.unitType) });
        states[r.id] = '已送达';
        expected.adviceDelivered++;
      });
    }
    const planDay = p.work(addDays(issueDay, 1));
    const talks = period.rows.filter((r) => r.kind === '廉政谈话' && r.state === '待安排' && !r.leaderMissing);
    talks.forEach((r, k) => {
      const leaders = peopleOf(r.unitId, '主要负责人');
      const leader = leaders[0];
      if (leaders.length !== 1 || !leader || !p.past(planDay)) return;
      const plannedDate = p.work(addDays(planDay, 7 + 2 * k));
      p.add(planDay, 'jiancha', {
        kind: 'planTalk', consequenceId: r.id, personId: leader.id, plannedDate, plannedTime: TALK.time, place: TALK.place, interviewers: ['lingdao', 'jiancha'], recorder: 'anguan',
      });
      expected.talksPlanned++;
      states[r.id] = '待谈话';
      const steps: Array<{ at: string; actor: DemoLoopActor; act: DemoLoopAct }> = [
        {
          at: plannedDate, actor: 'jiancha',
          act: { kind: 'recordTalk', consequenceId: r.id, heldTime: TALK.time, place: TALK.place, keyPoints: TALK.keyPoints(period.year), statement: TALK.statement, followUp: { content: TALK.followUp, dueDate: addDays(plannedDate, 30) } },
        },
        { at: addDays(plannedDate, 1), actor: 'jiancha', act: { kind: 'talkFile', consequenceId: r.id, fileName: TALK.fileName } },
        { at: addDays(plannedDate, 2), actor: 'jiancha', act: { kind: 'concludeTalk', consequenceId: r.id, signedDate: p.work(addDays(plannedDate, 1)), outcomeNote: TALK.outcomeNote } },
        { at: addDays(plannedDate, 25), actor: 'jiancha', act: { kind: 'followUpDone', consequenceId: r.id, note: TALK.followUpDone } },
      ];
      const { taken } = p.chain(plannedDate, steps);
      if (taken >= 1) {
        expected.talksHeld++;
        states[r.id] = '待办结';
      }
      if (taken >= 3) {
        expected.talksConcluded++;
        states[r.id] = '已完成';
      }
    });
  }

  return { events: p.events(), expected };
}
