// 首页's lists of tips (tips.dashboard) on the service clock: 即将到期事项 holds my open items due
// from today to `dueSoonDays` days on (default 5, both ends included), not the overdue ones, not
// those due later, not other people's; the figures count every tip.
import { describe, expect, it } from 'vitest';
import { ok, type TestEnv } from '../../helpers/services.ts';
import { eachWithOffice, namedTip, register, registryPeople, signInAgain, type Office } from '../../helpers/tips.ts';
import { testDay } from '../../helpers/testDate.ts';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
});

const leaderId = () => (env.db.prepare("SELECT id FROM users WHERE username = 'leader'").get() as { id: number }).id;

/** A lead in handling, assigned to that user, due on `handlingDue`. */
async function lead(handlerUserId: number, handlingDue: string): Promise<string> {
  const [p] = registryPeople(env, 1);
  const r = await register(env, o.clerk, namedTip([p!], { receivedDate: testDay(0), summary: `时限为${handlingDue}的问题线索` }));
  const tip = await ok(env, 'tips.propose', { id: r.id, version: 0, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId, handlingDue }, o.clerk);
  await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
  return r.number;
}

/**
 * Made today (TEST_TODAY), looked at tomorrow: the handler's leads due today-as-was (overdue then),
 * tomorrow, tomorrow + 5 and tomorrow + 6; the leader's own lead due tomorrow.
 */
async function setUp() {
  const numbers = {
    overdue: await lead(o.handlerId, testDay(0)),
    dueToday: await lead(o.handlerId, testDay(1)),
    lastDay: await lead(o.handlerId, testDay(6)),
    later: await lead(o.handlerId, testDay(7)),
    leaders: await lead(leaderId(), testDay(1)),
  };
  env.clock.advanceMinutes(24 * 60);
  o = await signInAgain(env, o);
  return numbers;
}

describe('即将到期事项 on 首页', () => {
  it("holds the handler's leads due from today to 5 days on, each marked 即将到期; the overdue one is in 我的逾期事项", async () => {
    const n = await setUp();
    const dash = await ok(env, 'tips.dashboard', {}, o.handler);
    expect(dash.dueSoon.map((t) => t.number).sort()).toEqual([n.dueToday, n.lastDay].sort());
    expect(dash.dueSoon.map((t) => [t.number, t.dueDate, t.dueState, t.action])).toEqual(
      expect.arrayContaining([[n.dueToday, testDay(1), '即将到期', '待办结'], [n.lastDay, testDay(6), '即将到期', '待办结']]),
    );
    expect(dash.myOverdue.map((t) => [t.number, t.dueState])).toEqual([[n.overdue, '逾期']]);
    expect(dash.awaitingMe.map((t) => t.number).sort()).toEqual([n.overdue, n.dueToday, n.lastDay, n.later].sort());
    // The figures count every tip: three due soon (the handler's two and the leader's own), one overdue.
    expect(dash.counts).toMatchObject({ open: 5, overdue: 1, dueSoon: 3 });
  });

  it("the leader's list holds the leader's own lead, not the handler's", async () => {
    const n = await setUp();
    const dash = await ok(env, 'tips.dashboard', {}, o.leader);
    expect(dash.dueSoon.map((t) => t.number)).toEqual([n.leaders]);
    expect((await ok(env, 'tips.dashboard', {}, o.readonly)).dueSoon).toEqual([]);
  });

  it('the warning reaches as far as dueSoonDays says', async () => {
    const n = await setUp();
    const settings = await ok(env, 'settings.get', {}, o.admin);
    await ok(env, 'settings.update', { ...settings, dueSoonDays: 6 }, o.admin);
    expect((await ok(env, 'tips.dashboard', {}, o.handler)).dueSoon.map((t) => t.number).sort()).toEqual([n.dueToday, n.lastDay, n.later].sort());
    await ok(env, 'settings.update', { ...settings, dueSoonDays: 1 }, o.admin);
    const dash = await ok(env, 'tips.dashboard', {}, o.handler);
    expect(dash.dueSoon.map((t) => t.number)).toEqual([n.dueToday]);
    expect(dash.counts.dueSoon).toBe(2);
  });
});
