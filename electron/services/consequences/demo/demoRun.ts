// Runs the demo's closed loop after the other parts' follow-ups (the index's publications last
// among them): what each publication in force called for is read through the operations, the plan
// (demoPlan.ts) is made from it, and each step runs through the real operations as its member of
// staff at its own past moment — so 文号, items, history, talks and audit are what the office
// would have produced.
import type { OpInput, OpName, OpOutput } from '../../../../shared/api.ts';
import type { ConsequenceRow } from '../../../../shared/consequences/index.ts';
import { dateInZone, instantInZone } from '../../../../shared/kernel/dates.ts';
import { WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import { MAX_PAGE_SIZE } from '../../../../shared/kernel/common.ts';
import { calendarTable, type UserRecord } from '../../../../db/repos/core/index.ts';
import { getUnit } from '../../../../db/repos/registry/index.ts';
import { today, type Call } from '../../kernel/context.ts';
import type { RegisteredDemoPerson } from '../../registry/index.ts';
import type { StaffKey } from '../../tips/index.ts';
import { getSettings } from '../../settings/index.ts';
import { planDemoConsequences, type DemoItemRef, type DemoLoopAct, type DemoLoopPlan, type DemoPeriod, type Inspector } from './demoPlan.ts';

type Runner = <K extends OpName>(op: K, input: OpInput<K>) => Promise<OpOutput<K>>;

interface Ref {
  id: number;
  version: number;
}

/** A one-page PDF standing for a scanned paper. */
function demoPdf(note: string): string {
  const pdf = `%PDF-1.4\n% ${note}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1').toString('base64');
}

/** Every consequence of a period's publication in force, in the order of the period's list (the units' order). */
async function periodRows(run: Runner, year: number, quarter: number): Promise<ConsequenceRow[]> {
  const rows: ConsequenceRow[] = [];
  for (let page = 0; ; page++) {
    const got = await run('consequences.period', { year, quarter, filter: '全部', q: '', page, pageSize: MAX_PAGE_SIZE, sortDir: 'asc' });
    rows.push(...got.rows);
    if (rows.length >= got.total || got.rows.length === 0) return rows;
  }
}

/** What the publications in force called for, as the consequences pages show it, oldest publication first. */
export async function readPeriods(run: Runner, day: string, timeZone: string): Promise<{ periods: DemoPeriod[]; documents: Map<number, number> }> {
  const thisYear = Number(day.slice(0, 4));
  const publications = [];
  for (let year = thisYear - 2; year <= thisYear; year++) {
    publications.push(...(await run('integrity.publications', { year })).filter((p) => p.supersededAt === null));
  }
  publications.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : a.id - b.id));
  const documents = new Map<number, number>();
  const periods: DemoPeriod[] = [];
  for (const p of publications) {
    const rows = (await periodRows(run, p.year, p.quarter)).filter((r) => r.publicationId === p.id);
    const demoRows = [];
    for (const r of rows) {
      if (r.document) documents.set(r.id, r.document.id);
      const needsLines = r.kind === '预警告知书' && r.colour === '红' && r.state === '待拟制';
      const lines = needsLines ? (await run('consequences.get', { id: r.id })).lines.map((l) => l.key) : [];
      demoRows.push({
        id: r.id, unitId: r.unitId, unitName: r.unitName, unitType: r.unitType, kind: r.kind, basis: r.basis, colour: r.colour, state: r.state,
        leaderMissing: r.leaderMissing, lines,
      });
    }
    periods.push({ year: p.year, quarter: p.quarter, publishedDate: dateInZone(new Date(p.publishedAt), timeZone), rows: demoRows });
  }
  return { periods, documents };
}

/** What the run keeps between steps: the notices' drafts and items, the talks. */
class RunState {
  readonly drafts = new Map<number, Ref>();
  readonly items = new Map<string, Ref>();
  readonly talks = new Map<number, Ref>();
  readonly followUps = new Map<number, number>();
  readonly documents: Map<number, number>;

  constructor(documents: Map<number, number>) {
    this.documents = documents;
  }

  item(ref: DemoItemRef): Ref {
    const r = this.items.get(`${ref.consequenceId}:${ref.index}`);
    if (!r) throw new Error(`demo consequences: item ${ref.index + 1} of consequence ${ref.consequenceId} before its notice was issued`);
    return r;
  }

  track(ref: DemoItemRef, d: Ref): void {
    this.items.set(`${ref.consequenceId}:${ref.index}`, { id: d.id, version: d.version });
  }

  talk(consequenceId: number): Ref {
    const r = this.talks.get(consequenceId);
    if (!r) throw new Error(`demo consequences: the talk of consequence ${consequenceId} before it was planned`);
    return r;
  }
}

async function runAct(run: Runner, s: RunState, a: DemoLoopAct, date: string, userId: (k: StaffKey) => number): Promise<void> {
  switch (a.kind) {
    case 'liaison':
      await run('units.setLiaison', { unitIds: a.unitIds, liaisonUserId: userId(a.liaison) });
      return;
    case 'draftNotice': {
      const d = await run('consequences.draftNotice', { id: a.consequenceId });
      s.drafts.set(a.consequenceId, { id: d.id, version: d.version });
      return;
    }
    case 'issueNotice': {
      const draft = s.drafts.get(a.consequenceId);
      if (!draft) throw new Error('demo consequences: issuing a notice not drafted');
      const doc = await run('rect.issueWarning', draft);
      const view = await run('rect.notice', { documentId: doc.id });
      const rows = [...view.items].sort((x, y) => x.id - y.id);
      if (rows.length !== a.problems) throw new Error(`demo consequences: a notice with ${rows.length} items, ${a.problems} planned`);
      rows.forEach((row, index) => {
        // The plan keeps every item clear of a quarter's end past its deadline: it must be the one planned.
        if (row.deadline !== a.deadline) throw new Error(`demo consequences: an item due ${row.deadline}, ${a.deadline} planned`);
        s.track({ consequenceId: a.consequenceId, index }, row);
      });
      return;
    }
    case 'closeConsequence':
      await run('consequences.close', { id: a.consequenceId, reason: a.reason });
      return;
    case 'issueAdvice': {
      const drafts: Ref[] = [];
      for (const id of a.consequenceIds) {
        const documentId = s.documents.get(id);
        if (documentId === undefined) throw new Error(`demo consequences: no 建议书 draft of consequence ${id}`);
        const doc = await run('docs.get', { id: documentId });
        drafts.push({ id: doc.id, version: doc.version });
      }
      await run('consequences.issueAdvice', { year: a.year, drafts });
      return;
    }
    case 'delivery':
      await run('consequences.recordDelivery', { id: a.consequenceId, date, note: a.note });
      return;
    case 'planTalk': {
      const planned = await run('consequences.planTalk', {
        id: a.consequenceId, personId: a.personId, post: '', plannedDate: a.plannedDate, plannedTime: a.plannedTime, place: a.place, holder: '本委',
        interviewerIds: a.interviewers.map(userId), holderNames: '', recorderUserId: userId(a.recorder),
      });
      if (!planned.interview) throw new Error('demo consequences: a talk planned without its interview');
      const talk = await run('interviews.get', { id: planned.interview.id });
      s.talks.set(a.consequenceId, { id: talk.id, version: talk.version });
      return;
    }
    case 'recordTalk': {
      const t = s.talk(a.consequenceId);
      const d = await run('interviews.record', { ...t, heldDate: date, heldTime: a.heldTime, place: a.place, keyPoints: a.keyPoints, statement: a.statement, followUps: [a.followUp] });
      s.talks.set(a.consequenceId, { id: d.id, version: d.version });
      const followUp = d.followUps[0];
      if (followUp) s.followUps.set(a.consequenceId, followUp.id);
      return;
    }
    case 'talkFile': {
      const t = s.talk(a.consequenceId);
      const d = await run('interviews.addFile', { id: t.id, kind: '签字谈话记录', file: { fileName: a.fileName, dataBase64: demoPdf(`lianqing demo talk ${a.consequenceId}`) } });
      s.talks.set(a.consequenceId, { id: d.id, version: d.version });
      return;
    }
    case 'concludeTalk': {
      const t = s.talk(a.consequenceId);
      const d = await run('interviews.conclude', { ...t, outcome: '了结', outcomeNote: a.outcomeNote, signedDate: a.signedDate, concludedDate: date, circumstance: '一般', conductDate: '' });
      s.talks.set(a.consequenceId, { id: d.id, version: d.version });
      return;
    }
    case 'followUpDone': {
      const followUpId = s.followUps.get(a.consequenceId);
      if (followUpId === undefined) throw new Error('demo consequences: a follow-up done before the talk was recorded');
      await run('interviews.doneFollowUp', { followUpId, doneDate: date, note: a.note });
      return;
    }
    default:
      break;
  }
  // A step of a notice's item.
  const r = s.item(a.item);
  switch (a.kind) {
    case 'measures': {
      const item = await run('rect.get', { id: r.id });
      s.track(a.item, await run('rect.update', {
        ...r, unitId: item.unitId, problem: item.problem, category: item.category, remarks: item.remarks, deadline: item.deadline,
        measures: [
          { text: a.measures[0], ownerPersonId: a.ownerPersonId, dueDate: a.firstDue },
          { text: a.measures[1], ownerPersonId: a.helperPersonId, dueDate: a.secondDue },
        ],
        leaderPersonId: a.leaderPersonId, ownerPersonId: a.ownerPersonId,
      }));
      return;
    }
    case 'progress':
      s.track(a.item, await run('rect.progress', { ...r, date, text: a.text, percent: a.percent }));
      return;
    case 'evidence':
      s.track(a.item, await run('rect.addEvidence', { id: r.id, file: { fileName: a.fileName, dataBase64: demoPdf(`lianqing demo loop ${r.id}`) }, note: a.note }));
      return;
    case 'askExtension':
      s.track(a.item, await run('rect.requestExtension', { ...r, newDeadline: a.newDeadline, reason: a.reason }));
      return;
    case 'decideExtension':
      s.track(a.item, await run('rect.decideExtension', { ...r, approve: true, opinion: a.opinion }));
      return;
    case 'apply':
      s.track(a.item, await run('rect.requestAcceptance', { ...r, date, text: a.text }));
      return;
    case 'verify':
      s.track(a.item, await run('rect.verify', { ...r, date, passed: true, opinion: a.opinion }));
      return;
    case 'closeItem':
      s.track(a.item, await run('rect.close', { ...r, date, opinion: a.opinion }));
      return;
  }
}

/** The plan of the demo office as it stands after the other parts' follow-ups (read as the 案件监督管理室). */
export async function planOf(after: Call, staff: ReadonlyMap<StaffKey, UserRecord>, people: readonly RegisteredDemoPerson[]): Promise<{ plan: DemoLoopPlan; documents: Map<number, number> }> {
  const reader = staff.get('anguan');
  if (!reader) throw new Error('demo consequences: no anguan');
  const read: Runner = (op, input) => after.runAs(after, reader, op, input);
  const day = today(after);
  const { periods, documents } = await readPeriods(read, day, after.timeZone);
  const inspectors = new Map<number, Inspector>();
  for (const [key, user] of staff) if (key === 'jiancha' || key === 'jiancha2') inspectors.set(user.id, key);
  const liaisons = new Map<number, Inspector>();
  for (const unitId of new Set(periods.flatMap((p) => p.rows.map((r) => r.unitId)))) {
    const liaison = getUnit(after.ctx.db, unitId)?.liaisonUserId ?? null;
    const inspector = liaison === null ? undefined : inspectors.get(liaison);
    if (inspector) liaisons.set(unitId, inspector);
  }
  const plan = planDemoConsequences({
    today: day, calendar: new WorkCalendar(calendarTable(after.ctx.db)), periods, people, liaisons, deadlineDays: getSettings(after.ctx.db).warningDeadlineDays,
  });
  return { plan, documents };
}

/** Runs the plan through the real operations, each step as its member of staff at its own moment. */
export async function runDemoConsequences(after: Call, staff: ReadonlyMap<StaffKey, UserRecord>, people: readonly RegisteredDemoPerson[]): Promise<void> {
  const { plan, documents } = await planOf(after, staff, people);
  const s = new RunState(documents);
  const userId = (k: StaffKey): number => {
    const u = staff.get(k);
    if (!u) throw new Error(`demo consequences: no ${k}`);
    return u.id;
  };
  for (const e of plan.events) {
    const user = staff.get(e.actor);
    if (!user) throw new Error(`demo consequences: no ${e.actor}`);
    const now = instantInZone(e.at.date, e.at.minute, after.timeZone);
    if (now >= after.now) throw new Error('demo consequences: a step after the demo’s now');
    const run: Runner = (op, input) => after.runAs({ ...after, now }, user, op, input);
    try {
      await runAct(run, s, e.act, e.at.date, userId);
    } catch (error) {
      throw new Error(`demo consequences: ${e.act.kind} on ${e.at.date}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
