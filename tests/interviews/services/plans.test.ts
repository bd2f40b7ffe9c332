// 谈话函询方案: drafted by the lead's handler, submitted, approved by a leader — by a 机关主要领导
// when a person is 主要负责人 of a lower-level party committee's unit — or returned with a reason;
// approving makes one talk and/or letter per person, numbered, with the tip as cause.
import { describe, expect, it } from 'vitest';
import { fingerprintBesidesRefusals, ok, send } from '../../helpers/services.ts';
import { testDay } from '../../helpers/testDate.ts';
import { interviewEachTest } from './office.ts';
import { interviewLead, item, personNamed, townChief } from './planSteps.ts';

const t = interviewEachTest();

async function leadOfTwo() {
  const { env, o } = t;
  const tip = await interviewLead(env, o, [personNamed(env, o.chiefId), personNamed(env, o.staffId)]);
  const [chief, staff] = tip.people;
  if (!chief || !staff) throw new Error('two people');
  return { tip, chief, staff };
}

describe('drafting a plan', () => {
  it('applies to a lead in 承办中 disposed of as 谈话函询; the handler drafts, the plan is 草拟 and the tip waits for it', async () => {
    const { env, o } = t;
    const { tip, chief, staff } = await leadOfTwo();
    const before = await ok(env, 'interviews.plan', { tipId: tip.id }, o.handler);
    expect(before).toMatchObject({ applies: true, plan: null, interviews: [], can: { edit: true, submit: false, decide: false, concludeTip: false } });
    expect((await ok(env, 'interviews.plan', { tipId: tip.id }, o.readonly)).can.edit).toBe(false);

    const saved = await ok(env, 'interviews.savePlan', {
      tipId: tip.id, note: '分别谈话和函询', items: [item(o, chief.id, '谈话'), item(o, staff.id, '谈话和函询')],
    }, o.handler);
    expect(saved.plan).toMatchObject({ status: '草拟', needsMainLeader: false, note: '分别谈话和函询', draftedByName: expect.any(String) });
    expect(saved.plan?.items.map((i) => [i.personName, i.way, i.interviewers.length])).toEqual([
      [chief.name, '谈话', 2], [staff.name, '谈话和函询', 2],
    ]);
    expect(saved.can).toMatchObject({ edit: true, submit: true });
    expect(env.db.prepare('SELECT plan_state AS s FROM tips WHERE id = ?').get(tip.id)).toEqual({ s: '草拟' });

    const again = await ok(env, 'interviews.savePlan', {
      tipId: tip.id, version: saved.plan?.version ?? 0, items: [item(o, staff.id, '函询')],
    }, o.handler);
    expect(again.plan?.items.map((i) => i.way)).toEqual(['函询']);
    expect(await send(env, 'interviews.savePlan', { tipId: tip.id, version: saved.plan?.version ?? 0, items: [item(o, staff.id, '函询')] }, o.handler))
      .toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a person twice, a person of another tip, a person not linked to the registry, one interviewer, a reader', async () => {
    const { env, o } = t;
    const tip = await interviewLead(env, o, [personNamed(env, o.chiefId), { id: null, name: '王某某' }]);
    const [chief, typed] = tip.people;
    if (!chief || !typed) throw new Error('two people');
    const other = await interviewLead(env, o, [personNamed(env, o.staffId)]);
    const before = fingerprintBesidesRefusals(env.db);
    const twice = await send(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, chief.id, '谈话'), item(o, chief.id, '函询')] }, o.handler);
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('两次') } });
    const unlinked = await send(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, typed.id, '函询')] }, o.handler);
    expect(unlinked).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '被反映人“王某某”未关联名册人员，请先在信访件中关联。' } });
    const foreign = await send(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, other.people[0]?.id ?? 0, '函询')] }, o.handler);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const past = await send(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, chief.id, '谈话', { plannedDate: testDay(-1) })] }, o.handler);
    expect(past).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'items.0.plannedDate': '不能早于今天' } } });
    const alone = await send(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, chief.id, '谈话', { interviewerIds: [o.handlerId] })] }, o.handler);
    expect(alone).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'items.0.interviewerIds': '谈话人应至少2人' } } });
    const readerId = (env.db.prepare("SELECT id FROM users WHERE username = 'reader'").get() as { id: number }).id;
    const badStaff = await send(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, chief.id, '谈话', { interviewerIds: [o.handlerId, readerId] })] }, o.handler);
    expect(badStaff).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('谈话人应为') } });
    expect(await send(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, chief.id, '谈话')] }, o.readonly))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // a 信访室 clerk who does not handle the lead
    expect(await send(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, chief.id, '谈话')] }, o.clerk))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);
  });

  it('does not apply to a lead of another disposal', async () => {
    const { env, o } = t;
    const r = await ok(env, 'tips.register', { receivedDate: testDay(-1), channel: '来信', mode: '匿名', people: [{ personId: o.staffId, name: personNamed(env, o.staffId).name }], categories: ['廉洁纪律'], summary: '反映问题', content: '反映问题内容。' }, o.clerk);
    const view = await ok(env, 'interviews.plan', { tipId: r.id }, o.handler);
    expect(view).toMatchObject({ applies: false, plan: null, can: { edit: false } });
    expect(await send(env, 'interviews.savePlan', { tipId: r.id, items: [item(o, view.tipId, '函询')] }, o.handler)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('approving a plan', () => {
  it('makes one talk and one letter per person as planned, numbered, with the tip as cause, and lists them on the tip', async () => {
    const { env, o } = t;
    const { tip, chief, staff } = await leadOfTwo();
    const saved = await ok(env, 'interviews.savePlan', {
      tipId: tip.id, items: [item(o, chief.id, '谈话', { plannedDate: testDay(5), place: '第一谈话室' }), item(o, staff.id, '谈话和函询')],
    }, o.handler);
    const submitted = await ok(env, 'interviews.submitPlan', { tipId: tip.id, version: saved.plan?.version ?? 0 }, o.handler);
    expect(submitted.plan?.status).toBe('待审批');
    expect(submitted.can).toMatchObject({ edit: false, submit: false });
    expect((await ok(env, 'interviews.plan', { tipId: tip.id }, o.leader)).can.decide).toBe(true);
    expect(await send(env, 'interviews.decidePlan', { tipId: tip.id, version: submitted.plan?.version ?? 0, approved: true }, o.handler))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const approved = await ok(env, 'interviews.decidePlan', { tipId: tip.id, version: submitted.plan?.version ?? 0, approved: true, note: '同意' }, o.leader);
    expect(approved.plan).toMatchObject({ status: '已批准', decisionNote: '同意' });
    const year = testDay(0).slice(0, 4);
    expect(approved.interviews.map((i) => [i.number, i.kind, i.personName, i.status])).toEqual([
      [`TH-${year}-0001`, '谈话', chief.name, '待谈话'],
      [`TH-${year}-0002`, '谈话', staff.name, '待谈话'],
      [`HX-${year}-0001`, '函询', staff.name, '待发函'],
    ]);
    const rows = env.db.prepare(
      `SELECT number, talk_type AS talkType, cause_kind AS causeKind, tip_id AS tipId, tip_person_id AS tipPersonId, planned_date AS plannedDate,
         place, ledger_date AS ledgerDate, plan_id IS NOT NULL AND plan_item_id IS NOT NULL AS fromPlan,
         (SELECT count(*) FROM interview_staff s WHERE s.interview_id = i.id) AS staff,
         (SELECT text FROM interview_history h WHERE h.interview_id = i.id) AS history
       FROM interviews i ORDER BY id`,
    ).all();
    expect(rows).toEqual([
      { number: `TH-${year}-0001`, talkType: '谈话函询', causeKind: '信访件', tipId: tip.id, tipPersonId: chief.id, plannedDate: testDay(5), place: '第一谈话室', ledgerDate: testDay(5), fromPlan: 1, staff: 2, history: '由谈话函询方案生成' },
      { number: `TH-${year}-0002`, talkType: '谈话函询', causeKind: '信访件', tipId: tip.id, tipPersonId: staff.id, plannedDate: testDay(3), place: '县纪委谈话室', ledgerDate: testDay(3), fromPlan: 1, staff: 2, history: '由谈话函询方案生成' },
      { number: `HX-${year}-0001`, talkType: null, causeKind: '信访件', tipId: tip.id, tipPersonId: staff.id, plannedDate: null, place: '', ledgerDate: testDay(0), fromPlan: 1, staff: 2, history: '由谈话函询方案生成' },
    ]);
    expect(env.db.prepare('SELECT plan_state AS s FROM tips WHERE id = ?').get(tip.id)).toEqual({ s: '已批准' });
    const detail = await ok(env, 'tips.get', { id: tip.id }, o.handler);
    expect(detail.steps.map((s) => s.note).join('\n')).toContain(`生成：TH-${year}-0001、TH-${year}-0002、HX-${year}-0001`);
    const entry = env.db.prepare("SELECT summary FROM audit WHERE op = 'interviews.decidePlan' AND entity = 'interview-plan'").get() as { summary: string };
    expect(entry.summary).toContain(`HX-${year}-0001`);
    // an approved plan is not edited again
    expect(await send(env, 'interviews.savePlan', { tipId: tip.id, version: approved.plan?.version ?? 0, items: [item(o, staff.id, '函询')] }, o.handler))
      .toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('returned: back to 草拟 with the leader’s reason, nothing made; a reason is required', async () => {
    const { env, o } = t;
    const { tip, chief } = await leadOfTwo();
    const saved = await ok(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, chief.id, '函询')] }, o.handler);
    const submitted = await ok(env, 'interviews.submitPlan', { tipId: tip.id, version: saved.plan?.version ?? 0 }, o.handler);
    expect(await send(env, 'interviews.decidePlan', { tipId: tip.id, version: submitted.plan?.version ?? 0, approved: false }, o.leader))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { note: '退回时请填写退回理由' } } });
    const returned = await ok(env, 'interviews.decidePlan', { tipId: tip.id, version: submitted.plan?.version ?? 0, approved: false, note: '请补充谈话地点' }, o.leader);
    expect(returned.plan).toMatchObject({ status: '草拟', decisionNote: '请补充谈话地点' });
    expect(returned.interviews).toEqual([]);
    expect(env.db.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({ n: 0 });
    expect(env.db.prepare('SELECT plan_state AS s FROM tips WHERE id = ?').get(tip.id)).toEqual({ s: '草拟' });
    const edit = await ok(env, 'interviews.plan', { tipId: tip.id }, o.handler);
    expect(edit.can).toMatchObject({ edit: true, submit: true });
  });
});

describe('机关主要领导', () => {
  it('a plan about a town’s 主要负责人 needs a flagged leader: an unflagged one is refused (audited), nothing made; the flagged one approves', async () => {
    const { env, o } = t;
    const tip = await interviewLead(env, o, [townChief(env)]);
    const [person] = tip.people;
    if (!person) throw new Error('one person');
    const saved = await ok(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, person.id, '谈话')] }, o.handler);
    expect(saved.plan?.needsMainLeader).toBe(true);
    expect(saved.plan?.items[0]?.needsMainLeader).toBe(true);
    const submitted = await ok(env, 'interviews.submitPlan', { tipId: tip.id, version: saved.plan?.version ?? 0 }, o.handler);
    expect((await ok(env, 'interviews.plan', { tipId: tip.id }, o.leader)).can.decide).toBe(false);

    const before = fingerprintBesidesRefusals(env.db);
    const refused = await send(env, 'interviews.decidePlan', { tipId: tip.id, version: submitted.plan?.version ?? 0, approved: true }, o.leader);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '方案涉及下一级党委主要负责人，须由机关主要领导审批。' } });
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);
    expect(env.db.prepare('SELECT count(*) AS n FROM interviews').get()).toEqual({ n: 0 });
    expect(env.db.prepare("SELECT count(*) AS n FROM audit WHERE entity = 'refusal' AND op = 'interviews.decidePlan'").get()).toEqual({ n: 1 });

    const head = await ok(env, 'users.create', { username: 'head', displayName: '张书记', role: '领导', password: 'Initial123', mainLeader: true }, o.admin);
    expect(head.mainLeader).toBe(true);
    const login = await ok(env, 'auth.login', { username: 'head', password: 'Initial123' }, null);
    await ok(env, 'auth.changePassword', { oldPassword: 'Initial123', newPassword: 'Changed123' }, login.token);
    expect((await ok(env, 'interviews.plan', { tipId: tip.id }, login.token)).can.decide).toBe(true);
    const approved = await ok(env, 'interviews.decidePlan', { tipId: tip.id, version: submitted.plan?.version ?? 0, approved: true }, login.token);
    expect(approved.plan).toMatchObject({ status: '已批准', decidedByName: '张书记' });
    expect(approved.interviews).toHaveLength(1);
  });

  it('a village’s 主要负责人 (not a lower-level committee by default) needs no flagged leader', async () => {
    const { env, o } = t;
    const tip = await interviewLead(env, o, [personNamed(env, o.chiefId)]);
    const saved = await ok(env, 'interviews.savePlan', { tipId: tip.id, items: [item(o, tip.people[0]?.id ?? 0, '函询')] }, o.handler);
    expect(saved.plan?.needsMainLeader).toBe(false);
  });
});
