import { describe, it, expect } from 'vitest';
import { ok, send, fingerprint, type TestEnv } from '../../helpers/services.ts';
import { namedTip, office, register, registryPeople, REPORTER, signInAgain, type Office, eachWithOffice } from '../../helpers/tips.ts';

/** The day these tests' dates were written for (they name 2026 dates and numbers). */
const WRITTEN_FOR = '2026-11-21T09:00:00+08:00';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
}, WRITTEN_FOR);

describe('a named tip from registration to archive', () => {
  it('numbers per year, follows the flow by role, keeps deadlines, outcomes and history', async () => {
    const [main, deputy] = [registryPeople(env, 1, '主要负责人')[0]!, registryPeople(env, 1, '班子成员')[0]!];
    const first = await register(env, o.clerk, namedTip([main, deputy]));
    expect(first.number).toBe('XF-2026-0001');
    expect(first.queryCode).toBeNull();
    let tip = await ok(env, 'tips.get', { id: first.id }, o.clerk);
    expect(tip.status).toBe('待拟办');
    // received Fri 2026-11-20 + 5 working days → Fri 2026-11-27
    expect(tip.dueDate).toBe('2026-11-27');
    expect(tip.people.map((p) => p.name)).toEqual([main.name, deputy.name]);

    // only the flow's next step is allowed, by the roles allowed to take it
    const early = await send(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!early.ok) expect(early.error.message).toContain('下一步应为：拟办');
    const byReader = await send(env, 'tips.propose', { id: tip.id, version: tip.version, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-10' }, o.readonly);
    expect(byReader).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const readerId = (env.db.prepare("SELECT id FROM users WHERE username = 'reader'").get() as { id: number }).id;
    const toReader = await send(env, 'tips.propose', { id: tip.id, version: tip.version, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: readerId, handlingDue: '2026-12-10' }, o.clerk);
    expect(toReader).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { handlerUserId: '该用户的角色不能承办' } } });
    tip = await ok(env, 'tips.propose', { id: tip.id, version: tip.version, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-10', note: '建议初步核实' }, o.clerk);
    expect(tip.status).toBe('待审批');
    const stale = await send(env, 'tips.propose', { id: tip.id, version: tip.version - 1, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-10' }, o.clerk);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    tip = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true, note: '同意' }, o.leader);
    expect(tip).toMatchObject({ status: '承办中', dueDate: '2026-12-10', handlingDueOriginal: '2026-12-10', dueState: '正常' });

    // the clock moves past the deadline: 逾期 for the handler on the home page and in the ledger
    env.clock.advanceMinutes(60 * 24 * 20);
    o = await signInAgain(env, o);
    const dash = await ok(env, 'tips.dashboard', {}, o.handler);
    expect(dash.myOverdue.map((t) => t.number)).toContain('XF-2026-0001');
    expect(dash.myOverdue[0]?.dueState).toBe('逾期');
    const overdue = await ok(env, 'tips.list', { due: '逾期' }, o.readonly);
    expect(overdue.rows.map((r) => r.id)).toEqual([tip.id]);
    const leaderDash = await ok(env, 'tips.dashboard', {}, o.leader);
    expect(leaderDash.myOverdue).toEqual([]);

    // extension: asked by the handler, approved by a leader; both dates stay visible
    tip = await ok(env, 'tips.get', { id: tip.id }, o.handler);
    const refusedExt = await send(env, 'tips.requestExtension', { id: tip.id, version: tip.version, newDue: '2026-12-31', reason: '需调取银行流水' }, o.clerk);
    expect(refusedExt).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    tip = await ok(env, 'tips.requestExtension', { id: tip.id, version: tip.version, newDue: '2026-12-31', reason: '需调取银行流水' }, o.handler);
    const ext = tip.extensions[0]!;
    expect(ext).toMatchObject({ state: '待审批', oldDue: '2026-12-10', newDue: '2026-12-31' });
    expect((await ok(env, 'tips.dashboard', {}, o.leader)).awaitingMe[0]).toMatchObject({ extensionId: ext.id });
    tip = await ok(env, 'tips.decideExtension', { extensionId: ext.id, approved: true }, o.leader);
    expect(tip).toMatchObject({ dueDate: '2026-12-31', handlingDueOriginal: '2026-12-10', dueState: '正常' });

    // conclusion with an outcome per person → discipline events
    const people = tip.people;
    tip = await ok(env, 'tips.conclude', {
      id: tip.id, version: tip.version, result: '查实', concludedDate: '2026-12-11', conclusion: '经初步核实，反映问题属实。',
      outcomes: [
        { tipPersonId: people[0]!.id, outcome: '党纪处分', grade: '警告', circumstance: '一般', conductDate: '2025-06-01' },
        { tipPersonId: people[1]!.id, outcome: '批评教育', circumstance: '从轻', conductDate: '2025-06-01' },
      ],
    }, o.handler);
    expect(tip.status).toBe('待反馈');
    const events = env.db.prepare('SELECT person_id AS personId, unit_id AS unitId, category, outcome, grade, circumstance, conduct_date AS conductDate, tip_id AS tipId FROM discipline_events ORDER BY id').all();
    expect(events).toEqual([
      { personId: main.id, unitId: main.unitId, category: '主要负责人', outcome: '党纪处分', grade: '警告', circumstance: '一般', conductDate: '2025-06-01', tipId: tip.id },
      { personId: deputy.id, unitId: deputy.unitId, category: '班子成员', outcome: '批评教育', grade: '', circumstance: '从轻', conductDate: '2025-06-01', tipId: tip.id },
    ]);

    // named: feedback before archive
    const noFeedback = await send(env, 'tips.archive', { id: tip.id, version: tip.version }, o.clerk);
    expect(noFeedback).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    tip = await ok(env, 'tips.feedback', { id: tip.id, version: tip.version, date: '2026-12-11', way: '电话反馈', content: '已向反映人电话反馈核实结果' }, o.clerk);
    expect(tip.status).toBe('待归档');
    tip = await ok(env, 'tips.archive', { id: tip.id, version: tip.version }, o.clerk);
    expect(tip.status).toBe('已归档');
    expect(tip.dueDate).toBeNull();
    expect(tip.steps.map((s) => s.step)).toEqual(['登记', '拟办', '审批', '申请延期', '延期审批', '办结', '反馈', '归档']);
    expect(tip.steps.every((s) => s.actorName.startsWith('测试'))).toBe(true);
  });

  it('outcomes are checked: grades for 党纪处分, 查否 without punishment, people of this tip only', async () => {
    const [p] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([p!]));
    let tip = await ok(env, 'tips.propose', { id: r.id, version: 0, disposal: '谈话函询', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-10' }, o.clerk);
    tip = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
    const base = { id: tip.id, version: tip.version, concludedDate: '2026-11-21', conclusion: '谈话后说明清楚' };
    const noResult = await send(env, 'tips.conclude', { ...base, outcomes: [] }, o.handler);
    expect(noResult).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { result: '请选择办理结果' } } });
    const noGrade = await send(env, 'tips.conclude', { ...base, result: '查实', outcomes: [{ tipPersonId: tip.people[0]!.id, outcome: '党纪处分', conductDate: '2025-01-01' }] }, o.handler);
    expect(noGrade).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!noGrade.ok) expect(noGrade.error.message).toContain('请选择党纪处分的档次');
    const clearedButPunished = await send(env, 'tips.conclude', { ...base, result: '查否', outcomes: [{ tipPersonId: tip.people[0]!.id, outcome: '诫勉', conductDate: '2025-01-01' }] }, o.handler);
    expect(clearedButPunished).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const before = fingerprint(env.db);
    const stranger = await send(env, 'tips.conclude', { ...base, result: '查实', outcomes: [{ tipPersonId: 99999, outcome: '诫勉', conductDate: '2025-01-01' }] }, o.handler);
    expect(stranger).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('拟办 is audited: one entry of tips.propose naming the tip, the disposal, the handler and the deadline', async () => {
    const [p] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([p!]));
    const last = () => (env.db.prepare('SELECT coalesce(max(id), 0) AS n FROM audit').get() as { n: number }).n;
    const before = last();
    await ok(env, 'tips.propose', { id: r.id, version: 0, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-10' }, o.clerk);
    const entries = env.db.prepare('SELECT op, entity, entity_id AS entityId, subject, username, summary FROM audit WHERE id > ?').all(before) as Array<Record<string, string>>;
    expect(entries.map(({ summary, ...e }) => ({ ...e, summary: JSON.parse(summary ?? 'null') as unknown }))).toEqual([
      {
        op: 'tips.propose', entity: 'tip', entityId: String(r.id), subject: r.number, username: 'clerk',
        summary: { number: r.number, disposal: '初步核实', handler: '测试监督检查室', handlingDue: '2026-12-10' },
      },
    ]);
    // A refused proposal leaves none.
    const refused = await send(env, 'tips.propose', { id: r.id, version: 0, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-10' }, o.clerk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(last()).toBe(before + 1);
  });

  it('a leader can return a proposal with a reason; it goes back to 拟办', async () => {
    const [p] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([p!]));
    let tip = await ok(env, 'tips.propose', { id: r.id, version: 0, disposal: '予以了结', handlingDept: '信访室', handlerUserId: o.handlerId, handlingDue: '2026-12-01' }, o.clerk);
    const noReason = await send(env, 'tips.approve', { id: tip.id, version: tip.version, approved: false }, o.leader);
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { note: '退回时请填写退回理由' } } });
    tip = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: false, note: '请改为初步核实' }, o.leader);
    expect(tip.status).toBe('待拟办');
    expect(tip.steps.at(-1)).toMatchObject({ step: '审批退回', note: '请改为初步核实' });
  });
});

describe('registration checks', () => {
  it('refuses a wrong ID number or phone with a message naming the field, and stores nothing', async () => {
    const [p] = registryPeople(env, 1);
    const before = fingerprint(env.db);
    const badId = await send(env, 'tips.register', namedTip([p!], { reporter: { ...REPORTER, idNumber: '330205198001011230' } }), o.clerk);
    expect(badId).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'reporter.idNumber': '身份证号校验位不正确，请核对是否输错' } } });
    if (!badId.ok) expect(badId.error.message).not.toContain('330205198001011230');
    const badPhone = await send(env, 'tips.register', namedTip([p!], { reporter: { ...REPORTER, phone: '1381234' + '56789' + '0' } }), o.clerk);
    expect(badPhone).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!badPhone.ok) expect(JSON.stringify(badPhone.error)).not.toContain('138123456789');
    const nobody = await send(env, 'tips.register', namedTip([], { unitIds: [] }), o.clerk);
    expect(nobody).toMatchObject({ ok: false, error: { fields: { people: '请至少填写一名被反映人或一个被反映单位' } } });
    const anonymousWithName = await send(env, 'tips.register', namedTip([p!], { mode: '匿名' }), o.clerk);
    expect(anonymousWithName).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('takes typed people not on the registry, and units', async () => {
    const unitId = (env.db.prepare('SELECT id FROM units ORDER BY id LIMIT 1').get() as { id: number }).id;
    const r = await register(env, o.clerk, {
      ...namedTip([]),
      people: [{ name: '李某某', unitName: '县城投公司', post: '项目经理', category: '一般干部' }],
      unitIds: [unitId],
    });
    const tip = await ok(env, 'tips.get', { id: r.id }, o.clerk);
    expect(tip.people[0]).toMatchObject({ personId: null, name: '李某某', unitName: '县城投公司', post: '项目经理' });
    expect(tip.units.map((u) => u.id)).toEqual([unitId]);
  });
});
