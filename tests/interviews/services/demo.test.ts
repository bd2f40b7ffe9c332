// The demo office's talks and letters: a deterministic plan over the demo county's registry — about
// sixty talks of every type and thirty letters in every state, four leads' 谈话函询 plans, a spot
// check — each step on a working day before the demo's today in office hours, the same story on
// whatever day it is made — and, made at two injected dates, the office it leaves in the planned states.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeEnv, ok, setupAdmin, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { officeInstant } from '../../helpers/testDate.ts';
import { calendarTable } from '../../../db/repos/core/index.ts';
import { makeDemoData } from '../../../electron/services/registry/demo/demoData.ts';
import { demoStateCounts, planDemoInterviews, type DemoInterviewOptions } from '../../../electron/services/interviews/demo/demoPlan.ts';
import { addDays, holidayTable, WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { HOLIDAY_SEED_0003 } from '../../../db/migrations/seeds/0003-holidays.ts';
import { drawSpotChecks, spotCheckCount, TALK_TYPES } from '../../../shared/interviews/index.ts';

function planOptions(today: string, calendar = new WorkCalendar({})): DemoInterviewOptions {
  const data = makeDemoData();
  const ids = new Map(data.units.map((u, i) => [u.key, i + 1]));
  const units = data.units.map((u, i) => ({ id: i + 1, name: u.name, type: u.type }));
  const people = data.people.map((p, i) => {
    const unitId = ids.get(p.unitKey) as number;
    return { id: i + 1, name: p.name, unitId, unitName: units[unitId - 1]?.name ?? '', unitType: units[unitId - 1]?.type ?? '', post: p.post, category: p.category };
  });
  return { today, people, calendar };
}

describe('planDemoInterviews', () => {
  it.each(['2026-11-21', '2027-01-04', '2026-03-02'])('on %s: deterministic, chronological, on working days in office hours before today', (today) => {
    const calendar = new WorkCalendar({});
    const a = planDemoInterviews(planOptions(today, calendar));
    expect(JSON.stringify(planDemoInterviews(planOptions(today, calendar)))).toBe(JSON.stringify(a));
    let previous = '';
    for (const e of a.events) {
      const moment = `${e.at.date} ${String(e.at.minute).padStart(4, '0')}`;
      expect(moment > previous).toBe(true);
      previous = moment;
      expect(e.at.date < today).toBe(true);
      expect(e.at.date >= addDays(today, -366)).toBe(true);
      expect(calendar.isWorkday(e.at.date)).toBe(true);
      expect(e.at.minute).toBeGreaterThanOrEqual(9 * 60);
      expect(e.at.minute).toBeLessThan(17 * 60);
      // A step's dates are its own day (recorded, replied, assessed, concluded on the day they are entered) or before.
      const a2 = e.act;
      if (a2.kind === 'record') expect(a2.heldDate <= e.at.date).toBe(true);
      if (a2.kind === 'conclude') expect([a2.concludedDate, a2.signedDate <= a2.concludedDate]).toEqual([e.at.date, true]);
      if (a2.kind === 'reply') expect(a2.replyDate).toBe(e.at.date);
      if (a2.kind === 'assess') expect(a2.date).toBe(e.at.date);
      if (a2.kind === 'create' && a2.interview === '谈话') expect(a2.holder === '本委' ? a2.interviewers.length : a2.holderNames.length).toBeGreaterThanOrEqual(2);
    }
    // The same story whatever the day: each record's steps, moved with it.
    const story = (plan: typeof a) => {
      const steps = new Map<string, string[]>();
      for (const e of plan.events) {
        const key = 'key' in e.act ? e.act.key : 'tip' in e.act ? `tip ${e.act.tip}` : 'spot';
        steps.set(key, [...(steps.get(key) ?? []), `${e.actor} ${e.act.kind}`]);
      }
      return [...steps].sort(([x], [y]) => (x < y ? -1 : 1));
    };
    expect(story(planDemoInterviews(planOptions(addDays(today, 37), calendar)))).toEqual(story(a));
    expect(demoStateCounts(planDemoInterviews(planOptions(addDays(today, 37), calendar)))).toEqual(demoStateCounts(a));
  });

  it('on the office’s holiday calendar, whatever the day of the year: a plan of the same states, each step in order', () => {
    const calendar = new WorkCalendar(holidayTable(HOLIDAY_SEED_0003));
    const counts = demoStateCounts(planDemoInterviews(planOptions('2026-11-21', calendar)));
    for (let day = '2026-01-05'; day <= '2027-01-10'; day = addDays(day, 4)) {
      const plan = planDemoInterviews(planOptions(day, calendar));
      expect(demoStateCounts(plan), day).toEqual(counts);
      // Each record's steps in order: registered first, then the rest on days not before it.
      const first = new Map<string, string>();
      for (const e of plan.events) {
        expect(calendar.isWorkday(e.at.date), `${day} ${e.at.date}`).toBe(true);
        if (!('key' in e.act)) continue;
        if (e.act.kind === 'create') first.set(e.act.key, e.at.date);
        else if (!e.act.key.includes(':')) expect(first.has(e.act.key), `${day} ${e.act.kind} ${e.act.key} before it was registered`).toBe(true);
      }
    }
  });

  it('about sixty talks of every type and thirty letters, in every state and with every outcome', () => {
    const plan = planDemoInterviews(planOptions('2026-11-21'));
    const all = Object.values(plan.expected);
    const talks = all.filter((x) => x.kind === '谈话');
    const letters = all.filter((x) => x.kind === '函询');
    expect(talks.length).toBeGreaterThanOrEqual(55);
    expect(talks.length).toBeLessThanOrEqual(65);
    expect(letters.length).toBeGreaterThanOrEqual(27);
    expect(letters.length).toBeLessThanOrEqual(35);
    for (const type of TALK_TYPES) expect(talks.filter((x) => x.talkType === type).length, type).toBeGreaterThanOrEqual(1);
    for (const status of ['待谈话', '待办结', '已办结']) expect(talks.filter((x) => x.status === status).length, status).toBeGreaterThanOrEqual(3);
    for (const outcome of ['了结', '提醒', '批评教育', '诫勉', '转初步核实']) expect(talks.filter((x) => x.outcome === outcome).length, outcome).toBeGreaterThanOrEqual(1);
    expect(talks.filter((x) => x.outcome === '诫勉').length).toBeGreaterThanOrEqual(4);
    expect(talks.filter((x) => x.holder === '委托谈话').length).toBeGreaterThanOrEqual(4);
    expect(talks.filter((x) => x.holder === '上级纪委').length).toBe(1);
    for (const status of ['待发函', '待答复', '待评估', '已办结']) expect(letters.filter((x) => x.status === status).length, status).toBeGreaterThanOrEqual(2);
    expect(letters.filter((x) => x.due === '逾期')).toHaveLength(1);
    expect(letters.filter((x) => x.due === '即将到期')).toHaveLength(1);
    expect(letters.filter((x) => x.supplement).length).toBeGreaterThanOrEqual(1);
    expect(letters.filter((x) => x.meeting).length).toBeGreaterThanOrEqual(1);
    expect(letters.filter((x) => x.outcome === '了结').length).toBeGreaterThanOrEqual(12);
    for (const outcome of ['批评教育', '诫勉']) expect(letters.filter((x) => x.outcome === outcome).length, outcome).toBe(1);
    // 提醒谈话 for overdue rectification items, planned from the ledger's 需督办.
    const creates = plan.events.flatMap((e) => (e.act.kind === 'create' ? [e.act] : []));
    expect(creates.filter((c) => c.cause.kind === '整改事项')).toHaveLength(4);
    expect(creates.filter((c) => c.cause.kind === '整改事项').every((c) => c.talkType === '提醒谈话')).toBe(true);
    // Leads: four registered, three plans approved, one submitted; one tip concluded from its talk and letter.
    expect(plan.tips).toBe(4);
    expect(plan.plansApproved).toBe(3);
    const kinds = plan.events.map((e) => e.act.kind);
    expect(kinds.filter((k) => k === 'submitPlan')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'concludeTip')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'drawSpotCheck')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'spotResult')).toHaveLength(2);
    // The concluded tip's talk and letter are concluded before it.
    const concludeAt = plan.events.findIndex((e) => e.act.kind === 'concludeTip');
    const lastOfTip0 = Math.max(...plan.events.flatMap((e, i) => ('key' in e.act && e.act.key.startsWith('0:') ? [i] : [])));
    expect(lastOfTip0).toBeLessThan(concludeAt);
    // The draw comes after the letters it may draw were concluded (12 or more 了结 letters before it).
    const drawAt = plan.events.findIndex((e) => e.act.kind === 'drawSpotCheck');
    const drawn = plan.events[drawAt]!.act;
    const concludedBefore = plan.events.slice(0, drawAt).filter((e) => e.act.kind === 'assess' && e.act.assessment === '如实说明' && drawn.kind === 'drawSpotCheck' && e.act.date <= drawn.to);
    expect(concludedBefore.length).toBeGreaterThanOrEqual(12);
  });
});

describe.each(['2027-01-04', '2026-11-21'])('the demo office on %s', (day) => {
  let env: TestEnv;
  const errors: string[] = [];
  const n = (sql: string, ...params: unknown[]) => (env.db.prepare(sql).get(...params) as { n: number }).n;

  beforeAll(async () => {
    env = makeEnv(officeInstant(day).toISOString());
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
    try {
      await setupAdmin(env, true);
    } finally {
      spy.mockRestore();
    }
  }, 180_000);
  afterAll(() => env.close());

  /** The plan as the demo made it (the registry's own ids, the database's calendar). */
  function madePlan() {
    const people = env.db
      .prepare('SELECT p.id, p.name, p.unit_id AS unitId, u.name AS unitName, u.type AS unitType, p.post, p.category FROM people p JOIN units u ON u.id = p.unit_id ORDER BY p.id')
      .all() as DemoInterviewOptions['people'];
    return planDemoInterviews({ today: day, people: [...people], calendar: new WorkCalendar(calendarTable(env.db)) });
  }

  it('runs the whole plan: no follow-up failed, every talk and letter in the state planned, all before the demo’s today', () => {
    expect(errors).toEqual([]);
    // The talks the closed loop's part plans for grade-C units come after this plan (tests/consequences/services/demo.test.ts).
    const rows = env.db
      .prepare('SELECT kind, status, outcome, count(*) AS n FROM interviews WHERE id NOT IN (SELECT interview_id FROM index_consequences WHERE interview_id IS NOT NULL) GROUP BY kind, status, outcome')
      .all() as Array<{ kind: string; status: string; outcome: string | null; n: number }>;
    const counts = Object.fromEntries(rows.map((r) => [`${r.kind} ${r.status}${r.outcome ? ` ${r.outcome}` : ''}`, r.n]));
    expect(counts).toEqual(demoStateCounts(madePlan()));
    expect(n('SELECT count(*) AS n FROM interviews WHERE created_on >= ?', day)).toBe(0);
    expect(n('SELECT count(*) AS n FROM interview_history WHERE at >= ?', officeInstant(day, '00:00').toISOString())).toBe(0);
    expect(n("SELECT count(*) AS n FROM audit WHERE op = 'auth.setupAdmin' AND entity = 'demo' AND summary LIKE '%\"talks\":%'")).toBe(1);
  });

  it('has every type, 委托谈话 with their notices, one by the superior committee, 提醒谈话 for overdue rectification items', () => {
    for (const type of TALK_TYPES) expect(n('SELECT count(*) AS n FROM interviews WHERE talk_type = ?', type), type).toBeGreaterThan(0);
    expect(n("SELECT count(*) AS n FROM interviews WHERE holder = '委托谈话'")).toBeGreaterThanOrEqual(4);
    expect(n("SELECT count(*) AS n FROM interviews WHERE holder = '委托谈话' AND notice_document_id IS NOT NULL")).toBeGreaterThanOrEqual(3);
    expect(n("SELECT count(*) AS n FROM interviews WHERE holder = '上级纪委'")).toBe(1);
    expect(n("SELECT count(*) AS n FROM interviews WHERE cause_kind = '整改事项' AND rect_item_id IS NOT NULL AND talk_type = '提醒谈话'")).toBeGreaterThanOrEqual(2);
    expect(n("SELECT count(*) AS n FROM interview_files")).toBeGreaterThan(30);
    expect(n("SELECT count(*) AS n FROM documents d JOIN interviews i ON i.notice_document_id = d.id WHERE d.status = 'issued'")).toBeGreaterThanOrEqual(25);
  });

  it('letters in every state: one reply overdue, one due soon, a 补充说明, a 民主生活会', () => {
    expect(n("SELECT count(*) AS n FROM interviews WHERE kind = '函询' AND status = '待答复' AND due_date < ?", day)).toBe(1);
    expect(n("SELECT count(*) AS n FROM interviews WHERE kind = '函询' AND supplements > 0")).toBeGreaterThanOrEqual(1);
    expect(n("SELECT count(*) AS n FROM interviews WHERE kind = '函询' AND meeting_date IS NOT NULL")).toBeGreaterThanOrEqual(1);
    expect(n("SELECT count(*) AS n FROM interviews WHERE kind = '函询' AND assessment = '如实说明' AND outcome = '了结'")).toBeGreaterThanOrEqual(12);
  });

  it('outcomes that are discipline events are the persons’ events, one each', () => {
    const outcomes = n("SELECT count(*) AS n FROM interviews WHERE outcome IN ('提醒', '批评教育', '诫勉')");
    expect(outcomes).toBeGreaterThanOrEqual(14);
    expect(n("SELECT count(*) AS n FROM discipline_events WHERE source_kind IN ('谈话', '函询')")).toBe(outcomes);
    expect(n("SELECT count(*) AS n FROM discipline_events WHERE source_kind = '谈话' AND outcome = '诫勉'")).toBeGreaterThanOrEqual(4);
  });

  it('leads: three plans approved with their talks and letters, one awaiting approval, one tip concluded 查否 from its talk and letter', () => {
    expect(n("SELECT count(*) AS n FROM interview_plans WHERE status = '已批准'")).toBe(3);
    expect(n("SELECT count(*) AS n FROM interview_plans WHERE status = '待审批'")).toBe(1);
    // A department head's plan: approved by the leader the administrator flagged 机关主要领导.
    expect(n("SELECT count(*) AS n FROM interview_plans p JOIN users u ON u.id = p.decided_by WHERE p.needs_main_leader = 1 AND p.status = '已批准' AND u.main_leader = 1 AND u.username = 'lingdao'")).toBe(1);
    expect(n("SELECT count(*) AS n FROM interviews WHERE plan_id IS NOT NULL AND cause_kind = '信访件' AND tip_id IS NOT NULL")).toBe(5);
    const concluded = env.db.prepare("SELECT t.result FROM tips t WHERE t.id IN (SELECT tip_id FROM interview_plans) AND t.concluded_date IS NOT NULL").all() as Array<{ result: string }>;
    expect(concluded).toEqual([{ result: '查否' }]);
  });

  it('a spot check drawn with its seed (re-derivable from the audit entry) and two results, one 不属实 on the letter’s history', () => {
    const batch = env.db.prepare('SELECT id, period_from AS "from", period_to AS "to", share_percent AS share, population, drawn, seed FROM spot_check_batches').all() as Array<{ id: number; from: string; to: string; share: number; population: number; drawn: number; seed: string }>;
    expect(batch).toHaveLength(1);
    const b = batch[0]!;
    expect(b.population).toBeGreaterThanOrEqual(12);
    expect(b.drawn).toBe(spotCheckCount(b.population, 20));
    const entry = JSON.parse((env.db.prepare("SELECT summary FROM audit WHERE op = 'interviews.drawSpotCheck'").get() as { summary: string }).summary) as { seed: string; drawnIds: string[] };
    expect(entry.seed).toBe(b.seed);
    const population = (env.db.prepare("SELECT id FROM interviews WHERE kind = '函询' AND outcome = '了结' AND concluded_date BETWEEN ? AND ?").all(b.from, b.to) as Array<{ id: number }>).map((r) => r.id);
    expect(population).toHaveLength(b.population);
    const numbers = drawSpotChecks(population, b.drawn, b.seed).map((id) => (env.db.prepare('SELECT number FROM interviews WHERE id = ?').get(id) as { number: string }).number);
    expect(numbers).toEqual(entry.drawnIds);
    expect(n('SELECT count(*) AS n FROM spot_check_items WHERE result IS NOT NULL')).toBe(2);
    expect(n("SELECT count(*) AS n FROM interview_history h JOIN spot_check_items s ON s.interview_id = h.interview_id WHERE s.result = '不属实' AND h.text LIKE '抽查核实：不属实%'")).toBe(1);
  });

  it('fills 首页’s lists and the 谈话函询登记 as a leader sees them', async () => {
    const leader = await userWithRole(env, '领导', `leader${day.replaceAll('-', '')}`);
    const home = await ok(env, 'interviews.dashboard', {}, leader);
    expect(home.totals.overdue).toBeGreaterThanOrEqual(2);
    expect(home.overdue.length).toBeGreaterThan(0);
    expect(home.totals.dueSoon).toBeGreaterThanOrEqual(1);
    const all = await ok(env, 'interviews.list', { pageSize: 1 }, leader);
    expect(all.total).toBe(n('SELECT count(*) AS n FROM interviews'));
    expect((await ok(env, 'interviews.list', { due: '逾期', pageSize: 1 }, leader)).total).toBe(home.totals.overdue);
    const batches = await ok(env, 'interviews.spotChecks', {}, leader);
    expect(batches[0]?.done).toBe(2);
  });
});
