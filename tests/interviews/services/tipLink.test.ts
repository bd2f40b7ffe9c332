// The tip concluded from its talks and letters (依谈话函询结果办结): 查否 when every one was 了结,
// 查实 / 部分查实 when an event followed; each person's 处理 is their talk's or letter's event (never
// a second one) or 无. While a plan runs, the tip's own 办结 is refused; a tip sent on to 初步核实
// concludes as usual.
import { describe, expect, it } from 'vitest';
import { fingerprintBesidesRefusals, ok, send } from '../../helpers/services.ts';
import { testDay } from '../../helpers/testDate.ts';
import { interviewEachTest } from './office.ts';
import { concludeInStore, interviewLead, item, personNamed } from './planSteps.ts';

const t = interviewEachTest();

/** A lead of two people with an approved plan: a talk for the first, a letter for the second. */
async function approvedLead() {
  const { env, o } = t;
  const tip = await interviewLead(env, o, [personNamed(env, o.chiefId), personNamed(env, o.staffId)]);
  const [chief, staff] = tip.people;
  if (!chief || !staff) throw new Error('two people');
  const saved = await ok(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, chief.id, '谈话'), item(o, staff.id, '函询')] }, o.handler);
  const submitted = await ok(env, 'interviews.submitPlan', { tipId: tip.id, version: saved.plan?.version ?? 0 }, o.handler);
  const approved = await ok(env, 'interviews.decidePlan', { tipId: tip.id, version: submitted.plan?.version ?? 0, approved: true }, o.leader);
  const [talk, letter] = approved.interviews;
  if (!talk || !letter) throw new Error('a talk and a letter');
  const fresh = await ok(env, 'tips.get', { id: tip.id }, o.handler);
  return { tip: fresh, chief, staff, talk, letter };
}

const events = () => t.env.db.prepare('SELECT tip_person_id AS tipPersonId, outcome, source_kind AS sourceKind FROM discipline_events ORDER BY id').all();

describe('依谈话函询结果办结', () => {
  it('waits for every talk and letter; 查否 when all were 了结, each person’s 处理 无', async () => {
    const { env, o } = t;
    const { tip, chief, staff, talk, letter } = await approvedLead();
    const waiting = await ok(env, 'interviews.plan', { tipId: tip.id }, o.handler);
    expect(waiting.conclusion).toEqual({ allowed: [], reason: '还有谈话或函询未办结' });
    expect(waiting.can.concludeTip).toBe(false);
    const early = await send(env, 'interviews.concludeTip', { tipId: tip.id, version: tip.version, result: '查否', concludedDate: testDay(0), conclusion: '反映不实。' }, o.handler);
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '还有谈话或函询未办结，暂不能办结。' } });

    concludeInStore(env, talk.id, '了结');
    concludeInStore(env, letter.id, '了结');
    const ready = await ok(env, 'interviews.plan', { tipId: tip.id }, o.handler);
    expect(ready.conclusion).toEqual({ allowed: ['查否'], reason: null });
    expect(ready.can.concludeTip).toBe(true);
    const before = fingerprintBesidesRefusals(env.db);
    expect(await send(env, 'interviews.concludeTip', { tipId: tip.id, version: tip.version, result: '查实', concludedDate: testDay(0), conclusion: '属实。' }, o.handler))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { result: '依谈话函询结果，办理结果应为查否。' } } });
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);

    const done = await ok(env, 'interviews.concludeTip', { tipId: tip.id, version: tip.version, result: '查否', concludedDate: testDay(0), conclusion: '经谈话函询，反映不实。' }, o.handler);
    expect(done).toMatchObject({ status: '待反馈', result: '查否', concludedDate: testDay(0) });
    expect(done.steps.at(-1)?.note).toContain('经谈话函询，反映不实。');
    expect(events()).toEqual([
      { tipPersonId: chief.id, outcome: '无', sourceKind: '信访件' },
      { tipPersonId: staff.id, outcome: '无', sourceKind: '信访件' },
    ]);
  });

  it('查实 or 部分查实 when an event followed: that event is the person’s 处理, not a second one', async () => {
    const { env, o } = t;
    const { tip, chief, staff, talk, letter } = await approvedLead();
    concludeInStore(env, talk.id, '诫勉');
    concludeInStore(env, letter.id, '了结');
    const ready = await ok(env, 'interviews.plan', { tipId: tip.id }, o.handler);
    expect(ready.conclusion.allowed).toEqual(['查实', '部分查实']);
    expect(await send(env, 'interviews.concludeTip', { tipId: tip.id, version: tip.version, result: '查否', concludedDate: testDay(0), conclusion: '不实。' }, o.handler))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const done = await ok(env, 'interviews.concludeTip', { tipId: tip.id, version: tip.version, result: '部分查实', concludedDate: testDay(0), conclusion: '部分属实，已诫勉谈话。' }, o.handler);
    expect(done).toMatchObject({ status: '待反馈', result: '部分查实' });
    expect(events()).toEqual([
      { tipPersonId: chief.id, outcome: '诫勉', sourceKind: '谈话' },
      { tipPersonId: staff.id, outcome: '无', sourceKind: '信访件' },
    ]);
    expect(env.db.prepare('SELECT count(*) AS n FROM discipline_events WHERE tip_person_id = ?').get(chief.id)).toEqual({ n: 1 });
    const entry = env.db.prepare("SELECT summary FROM audit WHERE op = 'interviews.concludeTip' AND entity = 'tip'").get() as { summary: string };
    expect(entry.summary).toContain('诫勉');
  });

  it('a 转初步核实 allows no result here; only the handler concludes', async () => {
    const { env, o } = t;
    const { tip, talk, letter } = await approvedLead();
    concludeInStore(env, talk.id, '转初步核实');
    concludeInStore(env, letter.id, '了结');
    expect((await ok(env, 'interviews.plan', { tipId: tip.id }, o.handler)).conclusion).toEqual({ allowed: [], reason: '已转初步核实，按初步核实办结' });
    const t2 = await approvedLead();
    concludeInStore(env, t2.talk.id, '了结');
    concludeInStore(env, t2.letter.id, '了结');
    expect(await send(env, 'interviews.concludeTip', { tipId: t2.tip.id, version: t2.tip.version, result: '查否', concludedDate: testDay(0), conclusion: '不实。' }, o.checker))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the tip’s own 办结 while a plan runs', () => {
  it('is refused while the plan is set, and a 处理 for a person who has an event is refused', async () => {
    const { env, o } = t;
    const { tip, chief, talk } = await approvedLead();
    const refused = await send(env, 'tips.conclude', { id: tip.id, version: tip.version, result: '查否', concludedDate: testDay(0), conclusion: '不实。' }, o.handler);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该件已按谈话函询方案办理，请在谈话函询办结后“依谈话函询结果办结”。' } });

    // sent on to 初步核实 (as the talk's 转初步核实 does): the plan no longer holds the tip
    concludeInStore(env, talk.id, '批评教育');
    env.db.prepare("UPDATE tips SET disposal = '初步核实', plan_state = NULL WHERE id = ?").run(tip.id);
    const fresh = await ok(env, 'tips.get', { id: tip.id }, o.handler);
    const twice = await send(env, 'tips.conclude', {
      id: tip.id, version: fresh.version, result: '查实', concludedDate: testDay(0), conclusion: '属实。',
      outcomes: [{ tipPersonId: chief.id, outcome: '批评教育', conductDate: testDay(-30) }],
    }, o.handler);
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: `被反映人“${chief.name}”已由谈话作出处理（批评教育），不能再填写处理。` } });
    const done = await ok(env, 'tips.conclude', { id: tip.id, version: fresh.version, result: '查实', concludedDate: testDay(0), conclusion: '经初步核实属实。' }, o.handler);
    expect(done).toMatchObject({ status: '待反馈', result: '查实' });
    expect(env.db.prepare('SELECT count(*) AS n FROM discipline_events').get()).toEqual({ n: 1 });
    const plan = await ok(env, 'interviews.plan', { tipId: tip.id }, o.handler);
    expect(plan).toMatchObject({ applies: true, can: { edit: false, concludeTip: false } });
  });
});
