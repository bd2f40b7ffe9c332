// Loads the demo county (about 200 units, 2,000 people) into an empty registry, the demo
// office's staff accounts, and a year of tips handled through the real tip services.
import { api, type OpName, type OpOutput, type OpParsed } from '../../shared/api.ts';
import { AppError } from '../../shared/kernel/errors.ts';
import { instantInZone } from '../../shared/kernel/dates.ts';
import { WorkCalendar } from '../../shared/kernel/workdays.ts';
import type { TipDetail } from '../../shared/tips/index.ts';
import { insertUnit, unitCounts } from '../../db/repos/registry/index.ts';
import { insertPerson } from '../../db/repos/registry/index.ts';
import { getUserById, getUserByUsername, insertUser, type UserRecord } from '../../db/repos/core/index.ts';
import { calendarTable } from '../../db/repos/core/index.ts';
import { audit, nowIso, today, type Call } from './kernel/context.ts';
import { runWithin } from './kernel/handler.ts';
import { makeDemoData } from './registry/index.ts';
import { hashPasswordSync } from './core/index.ts';
import {
  DEMO_STAFF, DEMO_STAFF_PASSWORD, planDemoTips, type DemoEvent, type DemoTipPerson, type DemoTipUnit, type StaffKey,
} from './tips/index.ts';
import { tipRegisterHandlers } from './tips/index.ts';
import { tipFlowHandlers } from './tips/index.ts';

export interface DemoLoadOptions {
  /** Also create the demo staff accounts and a year of tips; default true. */
  tips?: boolean;
}

export interface DemoLoadResult {
  units: number;
  people: number;
  users: number;
  tips: number;
}

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
export function loadDemoTips(call: Call, staff: ReadonlyMap<StaffKey, UserRecord>, people: DemoTipPerson[], units: DemoTipUnit[]): number {
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

function runDemoTips(call: Call, staff: ReadonlyMap<StaffKey, UserRecord>, people: DemoTipPerson[], units: DemoTipUnit[]): number {
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

/** Call inside a transaction. Refuses when units are already registered. */
export function loadDemoData(call: Call, options: DemoLoadOptions = {}): DemoLoadResult {
  if (unitCounts(call.ctx.db).total > 0) throw new AppError('CONFLICT', '已有单位数据，不能再载入演示数据。');
  const data = makeDemoData();
  const now = nowIso(call);
  const ids = new Map<string, number>();
  const units: DemoTipUnit[] = [];
  const ordered = [...data.units].sort((a, b) => Number(a.parentKey !== null) - Number(b.parentKey !== null));
  for (const u of ordered) {
    const parentId = u.parentKey === null ? null : (ids.get(u.parentKey) ?? null);
    const id = insertUnit(call.ctx.db, { name: u.name, type: u.type, parentId, headcount: u.headcount, leaderName: u.leaderName }, now);
    ids.set(u.key, id);
    units.push({ id, name: u.name, type: u.type });
  }
  const unitById = new Map(units.map((u) => [u.id, u]));
  const people: DemoTipPerson[] = [];
  for (const p of data.people) {
    const unitId = ids.get(p.unitKey);
    if (unitId === undefined) throw new Error(`demo person in unknown unit ${p.unitKey}`);
    const id = insertPerson(call.ctx.db, { name: p.name, unitId, post: p.post, rank: p.rank, partyMember: p.partyMember, category: p.category }, now);
    const unit = unitById.get(unitId);
    people.push({ id, name: p.name, unitId, unitName: unit?.name ?? '', unitType: unit?.type ?? '', post: p.post, category: p.category });
  }
  audit(call, 'demo', null, null, { units: data.units.length, people: data.people.length });
  if (options.tips === false) return { units: data.units.length, people: data.people.length, users: 0, tips: 0 };

  const staff = createDemoStaff(call);
  const tips = loadDemoTips(call, staff, people, units);
  audit(call, 'demo', null, null, { users: staff.size, tips });
  return { units: data.units.length, people: data.people.length, users: staff.size, tips };
}
