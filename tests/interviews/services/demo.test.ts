// The demo office's talks and letters: a deterministic plan over the demo county's registry — about
// sixty talks of every type and thirty letters in every state, four leads' 谈话函询 plans, a spot
// check — each step on a working day before the demo's today in office hours, the same story on
// whatever day it is made.
import { describe, expect, it } from 'vitest';
import { makeDemoData } from '../../../electron/services/registry/demo/demoData.ts';
import { demoStateCounts, planDemoInterviews, type DemoInterviewOptions } from '../../../electron/services/interviews/demo/demoPlan.ts';
import { addDays, WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { TALK_TYPES } from '../../../shared/interviews/index.ts';

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
