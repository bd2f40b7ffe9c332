// The interviews part of the demo office: the plan (demoPlan.ts) is made in the demo's transaction
// from the registry's people, the demo's today (the injected clock) and the working-day calendar;
// it runs after the commit through the real operations (call.runAs), each step as its member of
// staff at its own past moment, so numbers, 文号, files, history, discipline events and audit are
// what the office would have produced.
import type { OpInput, OpName, OpOutput } from '../../../../shared/api.ts';
import { instantInZone } from '../../../../shared/kernel/dates.ts';
import { WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import type { SpotCheckBatchView } from '../../../../shared/interviews/index.ts';
import { calendarTable, type UserRecord } from '../../../../db/repos/core/index.ts';
import { audit, today, type Call } from '../../kernel/context.ts';
import { userOf } from '../../kernel/caller.ts';
import type { DemoStep } from '../../kernel/demo.ts';
import { DEMO_REGISTRY, type RegisteredDemoPerson } from '../../registry/index.ts';
import { DEMO_STAFF_USERS, type StaffKey } from '../../tips/index.ts';
import { planDemoInterviews, type DemoInterviewAct, type DemoInterviewPlan } from './demoPlan.ts';
import { demoPdf } from './demoTexts.ts';

interface Ref {
  id: number;
  version: number;
}

type Runner = <K extends OpName>(op: K, input: OpInput<K>) => Promise<OpOutput<K>>;

/** What the run keeps between steps: records by key, tips by index, the latest spot-check batch. */
class RunState {
  readonly records = new Map<string, Ref>();
  readonly tips = new Map<number, { id: number; tipPersonIds: number[] }>();
  readonly plans = new Map<number, number>();
  readonly rectItemsUsed = new Set<number>();
  batch: SpotCheckBatchView | null = null;

  ref(key: string): Ref | undefined {
    return this.records.get(key);
  }

  track(key: string, d: { id: number; version: number }): void {
    this.records.set(key, { id: d.id, version: d.version });
  }

  tip(index: number): { id: number; tipPersonIds: number[] } {
    const t = this.tips.get(index);
    if (!t) throw new Error(`demo interviews: tip ${index} before it was registered`);
    return t;
  }
}

function file(fileName: string, note: string): { fileName: string; dataBase64: string } {
  return { fileName, dataBase64: demoPdf(note).toString('base64') };
}

/** The overdue rectification item the talk is about: the n-th 需督办 on the day not taken before. */
async function overdueItem(run: Runner, s: RunState, nth: number): Promise<{ id: number; unitId: number } | null> {
  const listed = await run('rect.list', { due: '需督办', open: true, sortField: 'deadline', page: 0, pageSize: 50 });
  const free = listed.rows.filter((r) => !s.rectItemsUsed.has(r.id));
  const row = free[nth % Math.max(1, free.length)] ?? null;
  if (row) s.rectItemsUsed.add(row.id);
  return row ? { id: row.id, unitId: row.unitId } : null;
}

async function runAct(run: Runner, s: RunState, a: DemoInterviewAct, staff: Map<StaffKey, UserRecord>, people: readonly RegisteredDemoPerson[]): Promise<void> {
  const userId = (k: StaffKey | 'admin'): number => {
    if (k === 'admin') throw new Error('demo interviews: the administrator holds no talks');
    const u = staff.get(k);
    if (!u) throw new Error(`demo interviews: no ${k}`);
    return u.id;
  };
  const refresh = async (key: string, id: number) => s.track(key, await run('interviews.get', { id }));
  switch (a.kind) {
    case 'create': {
      let personId = a.personId;
      let cause: OpInput<'interviews.create'>['cause'] = { kind: a.cause.kind === '整改事项' ? '其他' : a.cause.kind, text: a.cause.text };
      if (a.cause.kind === '整改事项') {
        const item = await overdueItem(run, s, a.cause.nth);
        if (item) {
          cause = { kind: '整改事项', rectItemId: item.id, text: a.cause.text };
          personId = people.find((p) => p.unitId === item.unitId && p.category === '主要负责人')?.id ?? personId;
        }
      }
      const detail = await run('interviews.create', {
        kind: a.interview, talkType: a.talkType, personId, cause, plannedDate: a.plannedDate, plannedTime: a.plannedTime, place: a.place,
        holder: a.holder, interviewerIds: a.interviewers.map(userId), holderNames: a.holderNames, recorderUserId: a.recorder === null ? null : userId(a.recorder),
      });
      s.track(a.key, detail);
      return;
    }
    case 'registerTip': {
      const made = await run('tips.register', {
        receivedDate: a.receivedDate, channel: '来信', mode: '匿名', categories: ['廉洁纪律'], summary: a.summary, content: a.content,
        people: a.people.map((p) => ({ personId: p.id, name: p.name, unitId: p.unitId, unitName: p.unitName, post: p.post, category: p.category })),
        unitIds: [],
      });
      const tip = await run('tips.get', { id: made.id });
      s.tips.set(a.tip, { id: tip.id, tipPersonIds: tip.people.map((p) => p.id) });
      return;
    }
    case 'proposeTip': {
      const tip = await run('tips.get', { id: s.tip(a.tip).id });
      await run('tips.propose', { id: tip.id, version: tip.version, disposal: '谈话函询', handlingDept: '监督检查室', handlerUserId: userId('jiancha'), handlingDue: a.handlingDue, note: '建议采取谈话函询方式处置。' });
      return;
    }
    case 'approveTip': {
      const tip = await run('tips.get', { id: s.tip(a.tip).id });
      await run('tips.approve', { id: tip.id, version: tip.version, approved: true, note: '同意。' });
      return;
    }
    case 'plan': {
      const t = s.tip(a.tip);
      const plan = await run('interviews.savePlan', {
        tipId: t.id, version: null, note: a.note,
        items: a.items.map((i) => ({
          tipPersonId: t.tipPersonIds[i.personIndex] ?? 0, way: i.way, holder: i.holder, interviewerIds: i.interviewers.map(userId),
          holderNames: i.holderNames, plannedDate: i.plannedDate, place: i.place, note: '',
        })),
      });
      s.plans.set(a.tip, plan.plan?.version ?? 0);
      return;
    }
    case 'submitPlan': {
      const plan = await run('interviews.submitPlan', { tipId: s.tip(a.tip).id, version: s.plans.get(a.tip) ?? 0 });
      s.plans.set(a.tip, plan.plan?.version ?? 0);
      return;
    }
    case 'decidePlan': {
      const t = s.tip(a.tip);
      const plan = await run('interviews.decidePlan', { tipId: t.id, version: s.plans.get(a.tip) ?? 0, approved: true, note: '同意该方案。' });
      for (const made of plan.interviews) await refresh(`${a.tip}:${t.tipPersonIds.indexOf(made.tipPersonId)}:${made.kind}`, made.id);
      return;
    }
    case 'concludeTip': {
      const tip = await run('tips.get', { id: s.tip(a.tip).id });
      await run('interviews.concludeTip', { tipId: tip.id, version: tip.version, result: a.result, concludedDate: a.date, conclusion: a.conclusion });
      return;
    }
    case 'mainLeader': {
      const listed = await run('users.list', { q: staff.get(a.user)?.username ?? a.user, page: 0, pageSize: 5 });
      const u = listed.rows.find((row) => row.id === userId(a.user));
      if (!u) throw new Error(`demo interviews: no ${a.user} account`);
      await run('users.update', { id: u.id, version: u.version, displayName: u.displayName, role: u.role, mainLeader: true });
      // Later steps act as this account as it now is.
      const before = staff.get(a.user);
      if (before) staff.set(a.user, { ...before, mainLeader: true });
      return;
    }
    case 'drawSpotCheck':
      s.batch = await run('interviews.drawSpotCheck', { from: a.from, to: a.to, sharePercent: a.sharePercent });
      return;
    case 'spotResult': {
      const item = s.batch?.items[a.nth];
      if (!item) return;
      s.batch = await run('interviews.recordSpotCheck', { itemId: item.id, result: a.result, date: a.date, note: a.note });
      return;
    }
    default:
      break;
  }
  // The steps of one talk or letter (skipped when it was not made).
  const r = s.ref(a.key);
  if (!r) return;
  switch (a.kind) {
    case 'notice': {
      const draft = await run('interviews.draftNotice', { id: r.id, kind: a.notice });
      await run('interviews.issueNotice', { id: draft.id, version: draft.version });
      await refresh(a.key, r.id);
      return;
    }
    case 'record':
      s.track(a.key, await run('interviews.record', { ...r, heldDate: a.heldDate, heldTime: a.heldTime, place: a.place, keyPoints: a.keyPoints, statement: a.statement, followUps: a.followUps }));
      return;
    case 'conclude':
      s.track(a.key, await run('interviews.conclude', { ...r, outcome: a.outcome, outcomeNote: a.outcomeNote, signedDate: a.signedDate, concludedDate: a.concludedDate, circumstance: '一般', conductDate: a.conductDate }));
      return;
    case 'file':
      s.track(a.key, await run('interviews.addFile', { id: r.id, kind: a.fileKind, file: file(a.fileName, `lianqing demo ${a.key} ${a.fileKind}`) }));
      return;
    case 'reply':
      s.track(a.key, await run('interviews.reply', { ...r, replyDate: a.replyDate, countersigned: a.countersigned, summary: a.summary }));
      return;
    case 'assess':
      s.track(a.key, await run('interviews.assess', { ...r, assessment: a.assessment, outcome: a.outcome, note: a.note, date: a.date, circumstance: '一般', conductDate: a.conductDate }));
      return;
    case 'meeting':
      s.track(a.key, await run('interviews.meeting', { ...r, meetingDate: a.meetingDate, note: a.note }));
      return;
  }
}

/** Runs the plan through the real operations, each step as its member of staff at its own moment. */
export async function runDemoInterviews(after: Call, plan: DemoInterviewPlan, staff: ReadonlyMap<StaffKey, UserRecord>, people: readonly RegisteredDemoPerson[]): Promise<void> {
  const s = new RunState();
  // The accounts as the run changes them (the 机关主要领导 flag).
  const accounts = new Map(staff);
  for (const e of plan.events) {
    const user = e.actor === 'admin' ? userOf(after) : accounts.get(e.actor);
    if (!user) throw new Error(`demo interviews: no ${e.actor}`);
    const now = instantInZone(e.at.date, e.at.minute, after.timeZone);
    if (now >= after.now) throw new Error('demo interviews: a step after the demo’s now');
    const run: Runner = (op, input) => after.runAs({ ...after, now }, user, op, input);
    try {
      await runAct(run, s, e.act, accounts, people);
    } catch (error) {
      const what = 'key' in e.act ? e.act.key : 'tip' in e.act ? `tip ${e.act.tip}` : '';
      throw new Error(`demo interviews: ${e.act.kind} ${what} on ${e.at.date}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export const interviewsDemo: DemoStep = (call: Call, shelf) => {
  const { people } = shelf.get(DEMO_REGISTRY);
  const staff = shelf.get(DEMO_STAFF_USERS);
  const plan = planDemoInterviews({ today: today(call), people, calendar: new WorkCalendar(calendarTable(call.ctx.db)) });
  const expected = Object.values(plan.expected);
  audit(call, 'demo', null, null, { talks: expected.filter((x) => x.kind === '谈话').length, letters: expected.filter((x) => x.kind === '函询').length });
  return (after) => runDemoInterviews(after, plan, staff, people);
};
