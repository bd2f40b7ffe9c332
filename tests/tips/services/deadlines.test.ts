// The deadlines of 审批 and 反馈, to the day: 审批 is due `approvalWorkdays` (default 3) working
// days after the proposal (拟办), 反馈 `feedbackWorkdays` (default 15) working days after the
// 办结 date of a named tip — across weekends, the 2026 National Day holiday and its 调休
// Saturday, with the defaults and with other settings. Pinned to the 2026 days they name.
import { describe, expect, it } from 'vitest';
import { ok, type TestEnv } from '../../helpers/services.ts';
import { eachWithOffice, namedTip, register, registryPeople, signInAgain, type Office } from '../../helpers/tips.ts';
import type { TipDetail } from '../../../shared/tips/ledger.ts';

let env: TestEnv;
let o: Office;
const use = (e: TestEnv, office: Office) => {
  env = e;
  o = office;
};

async function setDeadlines(values: { approvalWorkdays?: number; feedbackWorkdays?: number }): Promise<void> {
  const settings = await ok(env, 'settings.get', {}, o.admin);
  await ok(env, 'settings.update', { ...settings, ...values }, o.admin);
}

/** Registered on `day` (today on the pinned clock) and proposed the same day. */
async function proposed(day: string, mode: '实名' | '匿名' = '实名'): Promise<TipDetail> {
  const [p] = registryPeople(env, 1);
  const tip = namedTip([p!], { receivedDate: day });
  const r = await register(env, o.clerk, mode === '实名' ? tip : { ...tip, mode, reporter: { name: '', phone: '', idNumber: '', address: '' } });
  return ok(env, 'tips.propose', { id: r.id, version: 0, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-31' }, o.clerk);
}

async function concluded(tip: TipDetail, concludedDate: string): Promise<TipDetail> {
  const approved = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
  return ok(env, 'tips.conclude', { id: approved.id, version: approved.version, result: '查否', concludedDate, conclusion: '经初步核实，反映问题不属实。' }, o.handler);
}

describe('on Tuesday 2026-09-29, before National Day (10-01..10-07 off, Saturday 10-10 worked)', () => {
  eachWithOffice(use, '2026-09-29T09:00:00+08:00');

  it('审批 by default 3 working days after the proposal: 09-30, 10-08, 10-09', async () => {
    const tip = await proposed('2026-09-29');
    expect(tip).toMatchObject({ status: '待审批', dueDate: '2026-10-09' });
    expect(tip.steps.at(-1)).toMatchObject({ step: '拟办', dueDate: '2026-10-09' });
  });

  it('审批 as configured: 4 working days end on the 调休 Saturday, 5 on the Monday after, 1 the next day', async () => {
    for (const [days, due] of [[4, '2026-10-10'], [5, '2026-10-12'], [1, '2026-09-30']] as const) {
      await setDeadlines({ approvalWorkdays: days });
      expect((await proposed('2026-09-29')).dueDate, `${days} working days`).toBe(due);
    }
  });

  it('反馈 by default 15 working days after the 办结 date: 2026-10-26', async () => {
    const tip = await concluded(await proposed('2026-09-29'), '2026-09-29');
    expect(tip).toMatchObject({ status: '待反馈', dueDate: '2026-10-26', concludedDate: '2026-09-29' });
    expect(tip.steps.at(-1)).toMatchObject({ step: '办结', dueDate: '2026-10-26' });
  });

  it('反馈 as configured: 10 working days → 10-19, 4 → the 调休 Saturday 10-10', async () => {
    await setDeadlines({ feedbackWorkdays: 10 });
    expect((await concluded(await proposed('2026-09-29'), '2026-09-29')).dueDate).toBe('2026-10-19');
    await setDeadlines({ feedbackWorkdays: 4 });
    expect((await concluded(await proposed('2026-09-29'), '2026-09-29')).dueDate).toBe('2026-10-10');
  });

  it('反馈 counts from the 办结 date written, not from the day it is recorded', async () => {
    const tip = await proposed('2026-09-29');
    const approved = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
    env.clock.advanceMinutes(10 * 24 * 60); // recorded on Friday 2026-10-09
    o = await signInAgain(env, o);
    const done = await ok(env, 'tips.conclude', { id: approved.id, version: approved.version, result: '查否', concludedDate: '2026-09-30', conclusion: '经初步核实，反映问题不属实。' }, o.handler);
    // From Wednesday 09-30: 10-08 is the first working day, the 15th is Tuesday 10-27.
    expect(done.dueDate).toBe('2026-10-27');
  });

  it('an anonymous tip has no 反馈 deadline: 办结 goes straight to 待归档', async () => {
    const tip = await concluded(await proposed('2026-09-29', '匿名'), '2026-09-29');
    expect(tip).toMatchObject({ status: '待归档', dueDate: null });
  });
});

describe('on Friday 2026-11-20, over an ordinary weekend', () => {
  eachWithOffice(use, '2026-11-20T09:00:00+08:00');

  it('审批 3 working days → Wednesday 11-25; 2 → Tuesday 11-24', async () => {
    expect((await proposed('2026-11-20')).dueDate).toBe('2026-11-25');
    await setDeadlines({ approvalWorkdays: 2 });
    expect((await proposed('2026-11-20')).dueDate).toBe('2026-11-24');
  });

  it('反馈 15 working days → Friday 12-11; 20 → Friday 12-18', async () => {
    expect((await concluded(await proposed('2026-11-20'), '2026-11-20')).dueDate).toBe('2026-12-11');
    await setDeadlines({ feedbackWorkdays: 20 });
    expect((await concluded(await proposed('2026-11-20'), '2026-11-20')).dueDate).toBe('2026-12-18');
  });
});
