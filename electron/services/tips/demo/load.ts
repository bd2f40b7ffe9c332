// The tips domain's part of the demo office: its staff accounts (who must change the documented
// password first) and a year of tips, planned by demoTips.ts and run through the real register
// and flow handlers, each step as its actor at the step's own time.
import { api, type OpName, type OpOutput, type OpParsed } from '../../../../shared/api.ts';
import { instantInZone } from '../../../../shared/kernel/dates.ts';
import { WorkCalendar } from '../../../../shared/kernel/workdays.ts';
import type { TipDetail } from '../../../../shared/tips/ledger.ts';
import { calendarTable, getUserById, getUserByUsername, insertUser, type UserRecord } from '../../../../db/repos/core/index.ts';
import { audit, nowIso, today, type Call } from '../../kernel/context.ts';
import { runWithin } from '../../kernel/handler.ts';
import { demoSlot, type DemoStep } from '../../kernel/demo.ts';
import { hashPasswordSync } from '../../core/index.ts';
import { DEMO_REGISTRY, type RegisteredDemoPerson, type RegisteredDemoUnit } from '../../registry/index.ts';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD, planDemoTips, type DemoEvent, type StaffKey } from './demoTips.ts';
import { tipRegisterHandlers } from '../register.ts';
import { tipFlowHandlers } from '../flow.ts';

/** What the tips step leaves for the later ones: the demo staff's accounts, by their key in DEMO_STAFF. */
export const DEMO_STAFF_USERS = demoSlot<ReadonlyMap<StaffKey, UserRecord>>('staff');

function createDemoStaff(call: Call): Map<StaffKey, UserRecord> {
  const db = call.ctx.db;
  // One hash serves all demo accounts: they share the documented demo password and must change it first.
  const hash = hashPasswordSync(DEMO_STAFF_PASSWORD);
  const staff = new Map<StaffKey, UserRecord>();
  for (const s of DEMO_STAFF) {
    let username: string = s.username;
    for (let n = 2; getUserByUsername(db, username); n++) username = `${s.username}${n}`;
    const id = insertUser(db, { username, displayName: s.displayName, role: s.role, passwordHash: hash, mustChangePassword: true }, nowIso(call));
    audit(call, 'user', id, username, { username, displayName: s.displayName, role: s.role, demo: true });
    staff.set(s.key, getUserById(db, id) as UserRecord);
  }
  return staff;
}

/** A handler's value, which for the tip steps is never a promise (they run in one transaction). */
function now<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('demo tips: a tip handler answered asynchronously');
  return value;
}

/** The input as the contract parses it (defaults, clean-up, validation). */
function parse<K extends OpName>(op: K, input: unknown): OpParsed<K> {
  return api[op].input.parse(input) as OpParsed<K>;
}

/** The moment of a planned event, on the office's clocks. */
function momentOf(e: DemoEvent, timeZone: string): Date {
  return instantInZone(e.at.date, e.at.minute, timeZone);
}

interface TipState {
  id: number;
  version: number;
  detail: TipDetail | null;
}

/**
 * Runs the plan through the real register and flow handlers, each step as its actor at the
 * step's own time, so numbers, history, deadlines and audit entries are what the office would
 * have produced. Call inside a transaction.
 */
export function loadDemoTips(call: Call, staff: ReadonlyMap<StaffKey, UserRecord>, people: RegisteredDemoPerson[], units: RegisteredDemoUnit[]): number {
  const db = call.ctx.db;
  // Thousands of steps run the same few statements: while loading, each SQL text is prepared
  // once (the repos prepare per call; none of them iterates during a tip step).
  const prepare = db.prepare;
  const cache = new Map<string, ReturnType<typeof prepare>>();
  db.prepare = ((sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = prepare.call(db, sql)));
    return stmt;
  }) as typeof prepare;
  try {
    return runDemoTips(call, staff, people, units);
  } finally {
    db.prepare = prepare;
  }
}

function runDemoTips(call: Call, staff: ReadonlyMap<StaffKey, UserRecord>, people: RegisteredDemoPerson[], units: RegisteredDemoUnit[]): number {
  const db = call.ctx.db;
  const calendar = new WorkCalendar(calendarTable(db));
  const plan = planDemoTips({ today: today(call), people, units, calendar });
  const tips = new Map<number, TipState>();
  const run = <K extends OpName>(e: DemoEvent, op: K, fn: (c: Call) => OpOutput<K> | Promise<OpOutput<K>>): OpOutput<K> => {
    const user = staff.get(e.actor);
    const at = momentOf(e, call.timeZone);
    if (!user || at >= call.now) throw new Error('demo tips: bad plan');
    return now(fn({ ...call, op, caller: { kind: 'user', user }, now: at }));
  };
  const track = (index: number, detail: TipDetail): void => {
    tips.set(index, { id: detail.id, version: detail.version, detail });
  };
  for (const e of plan.events) {
    const s = e.step;
    if (s.kind === 'register') {
      const repeatOf = s.repeatOf === null ? null : (tips.get(s.repeatOf)?.id ?? null);
      const input = parse('tips.register', { ...s.registration, repeatOf });
      const result = run(e, 'tips.register', (c) => runWithin(tipRegisterHandlers['tips.register'], c, input));
      tips.set(e.tip, { id: result.id, version: 0, detail: null });
      continue;
    }
    const tip = tips.get(e.tip);
    if (!tip) throw new Error('demo tips: step before registration');
    const ref = { id: tip.id, version: tip.version };
    switch (s.kind) {
      case 'propose': {
        const handler = staff.get(s.handler);
        if (!handler) throw new Error('demo tips: unknown handler');
        const input = parse('tips.propose', { ...ref, disposal: s.disposal, handlingDept: s.handlingDept, handlerUserId: handler.id, handlingDue: s.handlingDue, note: s.note });
        track(e.tip, run(e, 'tips.propose', (c) => runWithin(tipFlowHandlers['tips.propose'], c, input)));
        break;
      }
      case 'approve': {
        const input = parse('tips.approve', { ...ref, approved: s.approved, note: s.note });
        track(e.tip, run(e, 'tips.approve', (c) => runWithin(tipFlowHandlers['tips.approve'], c, input)));
        break;
      }
      case 'requestExtension': {
        const input = parse('tips.requestExtension', { ...ref, newDue: s.newDue, reason: s.reason });
        track(e.tip, run(e, 'tips.requestExtension', (c) => runWithin(tipFlowHandlers['tips.requestExtension'], c, input)));
        break;
      }
      case 'decideExtension': {
        const pending = tip.detail?.extensions.find((x) => x.state === '待审批');
        if (!pending) throw new Error('demo tips: no extension to decide');
        const input = parse('tips.decideExtension', { extensionId: pending.id, approved: s.approved, note: s.note });
        track(e.tip, run(e, 'tips.decideExtension', (c) => runWithin(tipFlowHandlers['tips.decideExtension'], c, input)));
        break;
      }
      case 'conclude': {
        const persons = tip.detail?.people ?? [];
        const outcomes = s.outcomes.flatMap((o) => {
          const p = persons[o.personIndex];
          return p ? [{ tipPersonId: p.id, outcome: o.outcome, grade: o.grade, circumstance: o.circumstance, conductDate: o.conductDate }] : [];
        });
        const input = parse('tips.conclude', { ...ref, result: s.result, concludedDate: s.concludedDate, conclusion: s.conclusion, outcomes });
        track(e.tip, run(e, 'tips.conclude', (c) => runWithin(tipFlowHandlers['tips.conclude'], c, input)));
        break;
      }
      case 'feedback': {
        const input = parse('tips.feedback', { ...ref, date: s.date, way: s.way, content: s.content });
        track(e.tip, run(e, 'tips.feedback', (c) => runWithin(tipFlowHandlers['tips.feedback'], c, input)));
        break;
      }
      case 'archive': {
        const input = parse('tips.archive', { ...ref, note: s.note });
        track(e.tip, run(e, 'tips.archive', (c) => runWithin(tipFlowHandlers['tips.archive'], c, input)));
        break;
      }
    }
  }
  return plan.tips;
}

export const tipsDemo: DemoStep = (call, shelf) => {
  const { units, people } = shelf.get(DEMO_REGISTRY);
  const staff = createDemoStaff(call);
  const tips = loadDemoTips(call, staff, people, units);
  audit(call, 'demo', null, null, { users: staff.size, tips });
  shelf.put(DEMO_STAFF_USERS, staff);
};
