// Registering a talk or a letter through the real services: numbered by kind and year, the person
// and unit from the registry, the cause a record that exists, interviewers who handle talks;
// edited only before it is held or sent. Refusals say what to fix and change nothing.
import { describe, expect, it } from 'vitest';
import { ok, send } from '../../helpers/services.ts';
import { WRITTEN_FOR, namedTip, register } from '../../helpers/tips.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { interviewEachTest } from './office.ts';
import { auditOf, letterInput, refused, talkInput } from './recordsKit.ts';

const t = interviewEachTest(WRITTEN_FOR);

describe('registering', () => {
  it('a talk: TH-numbered, 待谈话, dated by its plan, the person as the registry has them, the interviewers named, one history line and one audit entry', async () => {
    const { env, o } = t;
    const d = await ok(env, 'interviews.create', talkInput(o, { plannedDate: '2026-11-25' }), o.handler);
    expect(d).toMatchObject({
      number: 'TH-2026-0001', kind: '谈话', talkType: '提醒谈话', typeLabel: '提醒谈话', status: '待谈话', holder: '本委',
      personName: '郑志强', unitName: '城关东村', post: '村干部', category: '一般干部', plannedDate: '2026-11-25', plannedTime: '09:30',
      ledgerDate: '2026-11-25', dueDate: null, interviewerNames: '测试监督检查室、测试监督检查室', contentVisible: true,
    });
    expect(d.cause).toMatchObject({ kind: '其他', label: '其他：群众反映工作作风问题' });
    expect(d.interviewers.map((u) => u.id)).toEqual([o.handlerId, o.checkerId]);
    expect(d.history.map((h) => h.action)).toEqual(['登记']);
    expect(d.can).toMatchObject({ edit: true, record: true, conclude: false, reply: false });
    const [entry] = auditOf(env, 'interviews.create');
    expect(entry?.subject).toBe('TH-2026-0001');
    expect(JSON.parse(entry!.summary)).toMatchObject({ number: 'TH-2026-0001', kind: '谈话', talkType: '提醒谈话', person: '郑志强', unit: '城关东村' });
  });

  it('a letter: HX-numbered, 待发函, dated today, no interviewers; the numbers of each kind run on their own', async () => {
    const { env, o } = t;
    await ok(env, 'interviews.create', talkInput(o), o.handler);
    const d = await ok(env, 'interviews.create', letterInput(o, { post: '村党支部书记' }), o.clerk);
    expect(d).toMatchObject({ number: 'HX-2026-0001', kind: '函询', talkType: null, typeLabel: '函询', status: '待发函', ledgerDate: '2026-11-21', post: '村党支部书记', category: '主要负责人', interviewerNames: '' });
    expect(d.can).toMatchObject({ edit: true, draftNotice: true, record: false, reply: false });
    expect((await ok(env, 'interviews.create', talkInput(o), o.handler)).number).toBe('TH-2026-0002');
  });

  it('caused by a tip: the tip named, and its person reported when the interviewee is one', async () => {
    const { env, o } = t;
    const name = (env.db.prepare('SELECT name FROM people WHERE id = ?').get(o.chiefId) as { name: string }).name;
    const tip = await register(env, o.clerk, namedTip([{ id: o.chiefId, name }]));
    const d = await ok(env, 'interviews.create', talkInput(o, { personId: o.chiefId, cause: { kind: '信访件', tipId: tip.id, rectItemId: null, documentId: null, text: '' } }), o.handler);
    expect(d.tip).toMatchObject({ id: tip.id, number: tip.number });
    expect(d.tip?.tipPersonId).toBeGreaterThan(0);
    expect(d.cause.label).toBe(`信访件 ${tip.number}`);
    const other = await ok(env, 'interviews.create', talkInput(o, { cause: { kind: '信访件', tipId: tip.id, rectItemId: null, documentId: null, text: '' } }), o.handler);
    expect(other.tip?.tipPersonId).toBeNull();
  });

  it('caused by a rectification item or an issued 预警告知书 (not a draft), each named', async () => {
    const { env, o } = t;
    const [item] = await ok(env, 'rect.create', {
      source: '巡察反馈', items: [{ unitId: o.villageId, problem: '集体资产租赁未经民主程序', category: '三资管理', measures: [], deadline: '2026-12-31' }],
    }, o.handler);
    const byItem = await ok(env, 'interviews.create', talkInput(o, { cause: { kind: '整改事项', tipId: null, rectItemId: item!.id, documentId: null, text: '逾期未整改' } }), o.handler);
    expect(byItem.cause).toMatchObject({ kind: '整改事项', rectItemId: item!.id, label: `整改事项 ${item!.number}：逾期未整改` });
    await saveOffice(env, o.admin);
    const draft = await ok(env, 'docs.createDraft', {
      kind: 'warning', fields: {
        title: '关于存在问题的预警告知书', unitId: o.villageId, recipients: '村党支部', intro: '经查，你单位存在以下问题：',
        problems: [{ text: '财务公开不及时', category: '三资管理' }], requirements: '请认真整改。', deadline: '2026-12-21', date: '2026-11-21',
      },
    }, o.handler);
    const cause = { kind: '预警告知书' as const, tipId: null, rectItemId: null, documentId: draft.id, text: '' };
    await refused(env, 'interviews.create', talkInput(o, { cause }), o.handler, 'VALIDATION', '所关联的预警告知书尚未印发，请选择已印发的预警告知书。');
    const issued = await ok(env, 'rect.issueWarning', { id: draft.id, version: draft.version }, o.handler);
    const byWarning = await ok(env, 'interviews.create', talkInput(o, { cause }), o.handler);
    expect(byWarning.cause.label).toBe(`预警告知书 ${issued.number}`);
  });

  it('a talk held before it is registered may be registered afterwards; not one planned more than a year ahead', async () => {
    const { env, o } = t;
    expect((await ok(env, 'interviews.create', talkInput(o, { plannedDate: '2026-10-10' }), o.handler)).ledgerDate).toBe('2026-10-10');
    await ok(env, 'interviews.create', talkInput(o, { plannedDate: '2027-11-21' }), o.handler);
    await refused(env, 'interviews.create', talkInput(o, { plannedDate: '2027-11-22' }), o.handler, 'VALIDATION', '计划日期（2027-11-22）不能晚于一年以后（2027-11-21）。');
  });

  it('refuses what cannot be, saying what to fix, changing nothing', async () => {
    const { env, o } = t;
    const readerId = (env.db.prepare("SELECT id FROM users WHERE username = 'reader'").get() as { id: number }).id;
    await refused(env, 'interviews.create', talkInput(o, { interviewerIds: [o.handlerId, readerId] }), o.handler, 'VALIDATION', /谈话人应为信访室、监督检查室、案件监督管理室、领导的工作人员（测试只读为只读）/);
    await refused(env, 'interviews.create', talkInput(o, { interviewerIds: [o.handlerId] }), o.handler, 'VALIDATION', /谈话人应至少2人/);
    await refused(env, 'interviews.create', talkInput(o, { interviewerIds: [o.handlerId, 9999] }), o.handler, 'VALIDATION', '所选谈话人不存在或已停用，请重新选择。');
    await refused(env, 'interviews.create', talkInput(o, { recorderUserId: readerId }), o.handler, 'VALIDATION', /记录人应为/);
    await refused(env, 'interviews.create', talkInput(o, { talkType: '谈话函询' }), o.handler, 'VALIDATION', /由审批通过的谈话函询方案生成/);
    await refused(env, 'interviews.create', talkInput(o, { cause: { kind: '整改事项', tipId: null, rectItemId: 9999, documentId: null, text: '' } }), o.handler, 'VALIDATION', '所关联的整改事项不存在，请重新选择。');
    await refused(env, 'interviews.create', talkInput(o, { cause: { kind: '预警告知书', tipId: null, rectItemId: null, documentId: 9999, text: '' } }), o.handler, 'VALIDATION', '所关联的预警告知书不存在，请重新选择。');
    await refused(env, 'interviews.create', talkInput(o, { cause: { kind: '信访件', tipId: 9999, rectItemId: null, documentId: null, text: '' } }), o.handler, 'VALIDATION', '所关联的信访件不存在，请重新选择。');
    await refused(env, 'interviews.create', letterInput(o, { interviewerIds: [o.handlerId, o.checkerId] }), o.handler, 'VALIDATION', '函询没有谈话人，请不要选择谈话人。');
    env.db.prepare("UPDATE people SET status = '已离任' WHERE id = ?").run(o.staffId);
    await refused(env, 'interviews.create', talkInput(o), o.handler, 'VALIDATION', /谈话（函询）对象“郑志强”已离任，请选择在职人员/);
    env.db.prepare("UPDATE users SET disabled = 1 WHERE id = ?").run(o.checkerId);
    await refused(env, 'interviews.create', talkInput(o, { personId: o.chiefId }), o.handler, 'VALIDATION', '所选谈话人不存在或已停用，请重新选择。');
  });

  it('a 委托谈话 names the entrusted head instead of interviewers', async () => {
    const { env, o } = t;
    const d = await ok(env, 'interviews.create', talkInput(o, { holder: '委托谈话', interviewerIds: [], holderNames: '王建华（城关镇党委书记）' }), o.handler);
    expect(d).toMatchObject({ holder: '委托谈话', holderNames: '王建华（城关镇党委书记）', interviewerNames: '王建华（城关镇党委书记）', interviewers: [] });
    await refused(env, 'interviews.create', talkInput(o, { holder: '委托谈话', interviewerIds: [], holderNames: '' }), o.handler, 'VALIDATION', /请填写受托谈话人/);
  });
});

describe('editing', () => {
  it('before it is held: what changed in the history and the audit entry, the version moved', async () => {
    const { env, o } = t;
    const d = await ok(env, 'interviews.create', talkInput(o), o.handler);
    const { id, version, personId, cause, plannedTime, holder, interviewerIds } = { ...talkInput(o), id: d.id, version: d.version };
    const e = await ok(env, 'interviews.update', { id, version, personId, cause, plannedDate: '2026-11-27', plannedTime, place: '城关镇党委会议室', holder, interviewerIds }, o.handler);
    expect(e).toMatchObject({ plannedDate: '2026-11-27', ledgerDate: '2026-11-27', place: '城关镇党委会议室', version: d.version + 1 });
    expect(e.history.map((h) => [h.action, h.text])).toEqual([['登记', '提醒谈话；对象：郑志强（城关东村 村干部）；事由：其他：群众反映工作作风问题'], ['修改', '修改了计划日期、地点']]);
    expect(JSON.parse(auditOf(env, 'interviews.update')[0]!.summary)).toEqual({
      number: d.number, plannedDate: ['2026-11-21', '2026-11-27'], place: ['县纪委谈话室', '城关镇党委会议室'],
    });
    // An old version is refused.
    await refused(env, 'interviews.update', { id, version, personId, cause, plannedDate: '2026-11-28', holder, interviewerIds }, o.handler, 'CONFLICT', /已被他人更新/);
  });

  it('a letter is edited without interviewers', async () => {
    const { env, o } = t;
    const d = await ok(env, 'interviews.create', letterInput(o), o.clerk);
    const e = await ok(env, 'interviews.update', { id: d.id, version: d.version, personId: o.staffId, cause: { kind: '其他', text: '反映优亲厚友' } }, o.clerk);
    expect(e).toMatchObject({ personName: '郑志强', category: '一般干部', cause: { label: '其他：反映优亲厚友' } });
  });

  it('one made from a plan keeps its person and tip', async () => {
    const { env, o } = t;
    const name = (env.db.prepare('SELECT name FROM people WHERE id = ?').get(o.chiefId) as { name: string }).name;
    const tip = await register(env, o.clerk, namedTip([{ id: o.chiefId, name }]));
    const cause = { kind: '信访件' as const, tipId: tip.id, rectItemId: null, documentId: null, text: '' };
    const d = await ok(env, 'interviews.create', letterInput(o, { cause }), o.clerk);
    const now = env.clock.now().toISOString();
    const planId = Number(env.db.prepare("INSERT INTO interview_plans (tip_id, status, created_at, updated_at) VALUES (?, '已批准', ?, ?)").run(tip.id, now, now).lastInsertRowid);
    env.db.prepare('UPDATE interviews SET plan_id = ? WHERE id = ?').run(planId, d.id);
    await refused(env, 'interviews.update', { id: d.id, version: d.version, personId: o.staffId, cause }, o.clerk, 'VALIDATION', /由谈话函询方案生成，谈话（函询）对象和所涉信访件不能修改/);
    const e = await ok(env, 'interviews.update', { id: d.id, version: d.version, personId: o.chiefId, cause: { ...cause, text: '补充事由' }, post: '村支书' }, o.clerk);
    expect(e).toMatchObject({ post: '村支书', planId, cause: { label: `信访件 ${tip.number}：补充事由` } });
  });

  it('not once held', async () => {
    const { env, o } = t;
    const d = await ok(env, 'interviews.create', talkInput(o), o.handler);
    const r = await ok(env, 'interviews.record', { id: d.id, version: d.version, heldDate: '2026-11-21', place: '县纪委谈话室', keyPoints: '指出问题', statement: '接受提醒' }, o.handler);
    const input = { ...talkInput(o), id: r.id, version: r.version };
    const { kind: _k, talkType: _t, ...edit } = input;
    await refused(env, 'interviews.update', edit, o.handler, 'CONFLICT', `${d.number}：已谈话或已发函的，不能再修改计划。`);
    expect((await send(env, 'interviews.get', { id: 9999 }, o.handler))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
