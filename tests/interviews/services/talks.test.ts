// A talk's life through the real services: recorded (when, where, key points, statement,
// follow-ups), then 办结 once the signed record is uploaded, with its outcome: 了结 makes nothing,
// 诫勉 one discipline event of the person (source 谈话), 转初步核实 sends its tip on to 初步核实.
// A 委托谈话's record and 反馈单 are due 5 working days after it; extensions are a leader's.
import { describe, expect, it } from 'vitest';
import { ok } from '../../helpers/services.ts';
import { WRITTEN_FOR, namedTip, register } from '../../helpers/tips.ts';
import { interviewEachTest, type InterviewOffice } from './office.ts';
import { addFile, auditOf, refused, talkInput } from './recordsKit.ts';
import type { TestEnv } from '../../helpers/services.ts';
import type { OpInput } from '../../../shared/api.ts';

const t = interviewEachTest(WRITTEN_FOR);

const RECORD = { place: '县纪委谈话室', keyPoints: '指出其在补偿款发放中把关不严的问题', statement: '本人表示接受，将认真整改' };

async function heldTalk(env: TestEnv, o: InterviewOffice, over: Partial<OpInput<'interviews.create'>> = {}, heldDate = '2026-11-21') {
  const d = await ok(env, 'interviews.create', talkInput(o, over), o.handler);
  return ok(env, 'interviews.record', { id: d.id, version: d.version, heldDate, ...RECORD }, o.handler);
}

async function tipOfChief(env: TestEnv, o: InterviewOffice, stage: '待拟办' | '承办中') {
  const name = (env.db.prepare('SELECT name FROM people WHERE id = ?').get(o.chiefId) as { name: string }).name;
  const r = await register(env, o.clerk, namedTip([{ id: o.chiefId, name }]));
  let tip = await ok(env, 'tips.get', { id: r.id }, o.clerk);
  if (stage === '待拟办') return tip;
  tip = await ok(env, 'tips.propose', { id: tip.id, version: tip.version, disposal: '谈话函询', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-31' }, o.clerk);
  return ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
}

const tipCause = (tipId: number) => ({ kind: '信访件' as const, tipId, rectItemId: null, documentId: null, text: '' });

describe('the record', () => {
  it('held on a day not after today and not before it was registered; 待办结, dated by the talk, follow-ups listed', async () => {
    const { env, o } = t;
    const d = await ok(env, 'interviews.create', talkInput(o), o.handler);
    const ref = { id: d.id, version: d.version, ...RECORD };
    await refused(env, 'interviews.record', { ...ref, heldDate: '2026-11-22' }, o.handler, 'VALIDATION', '谈话日期（2026-11-22）不能晚于今天（2026-11-21）。');
    await refused(env, 'interviews.record', { ...ref, heldDate: '2026-11-20' }, o.handler, 'VALIDATION', '谈话日期（2026-11-20）不能早于登记日期（2026-11-21）。');
    await refused(env, 'interviews.record', { ...ref, heldDate: '2026-11-21', followUps: [{ content: '书面说明', dueDate: '2026-11-20' }] }, o.handler, 'VALIDATION', /不能早于谈话日期/);
    const r = await ok(env, 'interviews.record', { ...ref, heldDate: '2026-11-21', heldTime: '10:00', followUps: [{ content: '提交书面说明', dueDate: '2026-11-30' }] }, o.handler);
    expect(r).toMatchObject({ status: '待办结', heldDate: '2026-11-21', heldTime: '10:00', ledgerDate: '2026-11-21', keyPoints: RECORD.keyPoints, statement: RECORD.statement, dueDate: null });
    expect(r.followUps).toMatchObject([{ content: '提交书面说明', dueDate: '2026-11-30', doneDate: null, overdue: false }]);
    expect(r.can).toMatchObject({ record: false, conclude: true, edit: false, printRecord: true });
    await refused(env, 'interviews.record', { ...ref, version: r.version, heldDate: '2026-11-21' }, o.handler, 'CONFLICT', `${d.number}：该谈话已记录。`);
  });

  it('a talk registered afterwards is recorded on its planned day', async () => {
    const { env, o } = t;
    const r = await heldTalk(env, o, { plannedDate: '2026-10-12' }, '2026-10-12');
    expect(r).toMatchObject({ status: '待办结', heldDate: '2026-10-12', ledgerDate: '2026-10-12' });
  });
});

describe('办结', () => {
  it('refused until the signed record is uploaded; 了结 makes no event', async () => {
    const { env, o } = t;
    const r = await heldTalk(env, o);
    const input = { id: r.id, version: r.version, outcome: '了结' as const, signedDate: '2026-11-21', concludedDate: '2026-11-21' };
    await refused(env, 'interviews.conclude', input, o.handler, 'VALIDATION', '请先上传经谈话人和谈话对象签字的谈话记录（签字谈话记录），再办结。');
    const f = await addFile(env, o.handler, r.id, '签字谈话记录');
    await refused(env, 'interviews.conclude', { ...input, version: f.version, concludedDate: '2026-11-22' }, o.handler, 'VALIDATION', /办结日期（2026-11-22）不能晚于今天/);
    const done = await ok(env, 'interviews.conclude', { ...input, version: f.version }, o.handler);
    expect(done).toMatchObject({ status: '已办结', outcome: '了结', signedDate: '2026-11-21', concludedDate: '2026-11-21', event: null });
    expect(done.can).toMatchObject({ conclude: false, record: false });
    expect(env.db.prepare('SELECT count(*) AS n FROM discipline_events').get()).toEqual({ n: 0 });
  });

  it('a 诫勉 talk makes exactly one discipline event of the person, source 谈话, in the person\'s events', async () => {
    const { env, o } = t;
    const r = await heldTalk(env, o, { talkType: '诫勉谈话' });
    const f = await addFile(env, o.handler, r.id, '签字谈话记录');
    const input = { id: r.id, version: f.version, outcome: '诫勉' as const, signedDate: '2026-11-21', concludedDate: '2026-11-21', circumstance: '一般' as const };
    await refused(env, 'interviews.conclude', input, o.handler, 'VALIDATION', '请填写违纪行为发生时间');
    await refused(env, 'interviews.conclude', { ...input, conductDate: '2026-11-22' }, o.handler, 'VALIDATION', /违纪行为发生时间（2026-11-22）不能晚于办结日期/);
    const done = await ok(env, 'interviews.conclude', { ...input, conductDate: '2026-06-01' }, o.handler);
    expect(done.event).toMatchObject({ outcome: '诫勉', decidedDate: '2026-11-21' });
    const events = env.db.prepare('SELECT source_kind AS sourceKind, source_id AS sourceId, tip_id AS tipId, person_id AS personId, outcome, category, unit_name AS unitName FROM discipline_events').all();
    expect(events).toEqual([{ sourceKind: '谈话', sourceId: r.id, tipId: null, personId: o.staffId, outcome: '诫勉', category: '一般干部', unitName: '城关东村' }]);
    expect(await ok(env, 'interviews.personEvents', { personId: o.staffId }, o.readonly)).toMatchObject([
      { sourceKind: '谈话', sourceId: r.id, sourceNumber: r.number, outcome: '诫勉', conductDate: '2026-06-01', decidedDate: '2026-11-21', circumstance: '一般' },
    ]);
    expect(JSON.parse(auditOf(env, 'interviews.conclude').at(-1)!.summary)).toMatchObject({ number: r.number, outcome: '诫勉', event: '诫勉' });
  });

  it('one decision per tip\'s person: a second event for the same person reported is refused', async () => {
    const { env, o } = t;
    const tip = await tipOfChief(env, o, '待拟办');
    const conclude = async (outcome: '诫勉' | '提醒') => {
      const r = await heldTalk(env, o, { personId: o.chiefId, cause: tipCause(tip.id) });
      const f = await addFile(env, o.handler, r.id, '签字谈话记录');
      return { id: r.id, version: f.version, outcome, signedDate: '2026-11-21', concludedDate: '2026-11-21', conductDate: '2026-05-01' };
    };
    const first = await ok(env, 'interviews.conclude', await conclude('诫勉'), o.handler);
    expect(env.db.prepare('SELECT tip_id AS tipId, tip_person_id AS tipPersonId FROM discipline_events').get()).toEqual({ tipId: tip.id, tipPersonId: first.tip?.tipPersonId });
    await refused(env, 'interviews.conclude', await conclude('提醒'), o.handler, 'VALIDATION', /在该信访件中已有处理（诫勉，来自谈话），同一被反映人只能有一项处理/);
  });

  it('转初步核实 sends its tip (承办中, 谈话函询) on to 初步核实 with a line in the tip\'s history; a tip elsewhere is left as it is', async () => {
    const { env, o } = t;
    const tip = await tipOfChief(env, o, '承办中');
    const r = await heldTalk(env, o, { personId: o.chiefId, cause: tipCause(tip.id) });
    const f = await addFile(env, o.handler, r.id, '签字谈话记录');
    await ok(env, 'interviews.conclude', { id: r.id, version: f.version, outcome: '转初步核实', signedDate: '2026-11-21', concludedDate: '2026-11-21' }, o.handler);
    const after = await ok(env, 'tips.get', { id: tip.id }, o.handler);
    expect(after).toMatchObject({ disposal: '初步核实', status: '承办中', version: tip.version + 1 });
    expect(after.steps.at(-1)).toMatchObject({ step: '转初步核实', note: `由谈话函询 ${r.number} 转初步核实` });
    expect(env.db.prepare('SELECT plan_state AS p FROM tips WHERE id = ?').get(tip.id)).toEqual({ p: null });

    const waiting = await tipOfChief(env, o, '待拟办');
    const r2 = await heldTalk(env, o, { personId: o.chiefId, cause: tipCause(waiting.id) });
    const f2 = await addFile(env, o.handler, r2.id, '签字谈话记录');
    await ok(env, 'interviews.conclude', { id: r2.id, version: f2.version, outcome: '转初步核实', signedDate: '2026-11-21', concludedDate: '2026-11-21' }, o.handler);
    expect(await ok(env, 'tips.get', { id: waiting.id }, o.handler)).toMatchObject({ disposal: null, version: waiting.version });
  });
});

describe('委托谈话', () => {
  it('its record and 反馈单 are due 5 working days after the talk (国庆 skipped), and both files are needed to conclude', async () => {
    const { env, o } = t;
    const entrusted = { holder: '委托谈话' as const, interviewerIds: [], holderNames: '王建华（城关镇党委书记）', plannedDate: '2026-09-30' };
    const r = await heldTalk(env, o, entrusted, '2026-09-30');
    expect(r).toMatchObject({ dueKind: '记录', dueDate: '2026-10-13', dueOriginal: '2026-10-13', dueState: '逾期' });
    expect(r.workdaysLeft).toBeLessThan(0);
    const now = await heldTalk(env, o, { ...entrusted, plannedDate: '2026-11-21' });
    expect(now).toMatchObject({ dueKind: '记录', dueDate: '2026-11-27', dueState: '正常', workdaysLeft: 5 });
    const f = await addFile(env, o.handler, r.id, '签字谈话记录');
    const input = { id: r.id, version: f.version, outcome: '了结' as const, signedDate: '2026-10-12', concludedDate: '2026-10-12' };
    await refused(env, 'interviews.conclude', input, o.handler, 'VALIDATION', '委托谈话请先上传受托人填写的反馈单，再办结。');
    const g = await addFile(env, o.handler, r.id, '反馈单');
    const done = await ok(env, 'interviews.conclude', { ...input, version: g.version }, o.handler);
    expect(done).toMatchObject({ status: '已办结', dueKind: null, dueDate: null, dueState: null });
  });

  it('an extension of the running deadline: asked with a later date, one at a time, decided by a leader, the original kept', async () => {
    const { env, o } = t;
    const r = await heldTalk(env, o, { holder: '委托谈话', interviewerIds: [], holderNames: '王建华（城关镇党委书记）' });
    const ask = { id: r.id, version: r.version, reason: '受托人外出学习' };
    await refused(env, 'interviews.requestExtension', { ...ask, newDue: '2026-11-27' }, o.handler, 'VALIDATION', '延期后的期限（2026-11-27）应晚于现在的期限（2026-11-27）。');
    const asked = await ok(env, 'interviews.requestExtension', { ...ask, newDue: '2026-12-04' }, o.handler);
    expect(asked.extensions).toMatchObject([{ state: '待审批', oldDue: '2026-11-27', newDue: '2026-12-04' }]);
    expect(asked.can).toMatchObject({ requestExtension: false, decideExtension: false });
    await refused(env, 'interviews.requestExtension', { ...ask, version: asked.version, newDue: '2026-12-11' }, o.handler, 'CONFLICT', /已有一份延期申请待审批/);
    const extensionId = asked.extensions[0]!.id;
    await refused(env, 'interviews.decideExtension', { extensionId, approved: true }, o.handler, 'FORBIDDEN');
    expect((await ok(env, 'interviews.get', { id: r.id }, o.leader)).can.decideExtension).toBe(true);
    await refused(env, 'interviews.decideExtension', { extensionId, approved: false }, o.leader, 'VALIDATION', /不同意延期时请填写理由/);
    const decided = await ok(env, 'interviews.decideExtension', { extensionId, approved: true }, o.leader);
    expect(decided).toMatchObject({ dueDate: '2026-12-04', dueOriginal: '2026-11-27', extensions: [{ state: '已批准', decidedBy: '测试领导' }] });
    expect(decided.history.at(-1)).toMatchObject({ action: '延期审批', text: '同意延期：2026-11-27 → 2026-12-04' });
    await refused(env, 'interviews.decideExtension', { extensionId, approved: true }, o.leader, 'CONFLICT', '该延期申请已审批（已批准）。');
  });

  it('no extension without a running deadline', async () => {
    const { env, o } = t;
    const r = await heldTalk(env, o);
    await refused(env, 'interviews.requestExtension', { id: r.id, version: r.version, newDue: '2026-12-04', reason: '需要' }, o.handler, 'CONFLICT', /没有正在计算的时限/);
  });
});

describe('follow-ups', () => {
  it('added with a due date, done once on a day between its adding and today; overdue when open past its date', async () => {
    const { env, o } = t;
    const r = await heldTalk(env, o);
    await refused(env, 'interviews.addFollowUp', { id: r.id, version: r.version, content: '提交书面说明', dueDate: '2026-11-20' }, o.handler, 'VALIDATION', /不能早于今天/);
    const a = await ok(env, 'interviews.addFollowUp', { id: r.id, version: r.version, content: '提交书面说明', dueDate: '2026-11-23' }, o.handler);
    const f = a.followUps[0]!;
    expect(f).toMatchObject({ content: '提交书面说明', dueDate: '2026-11-23', overdue: false });
    env.clock.advanceMinutes(3 * 24 * 60);
    const handler = (await ok(env, 'auth.login', { username: 'handler', password: 'Passw0rd!x' }, null)).token;
    expect((await ok(env, 'interviews.get', { id: r.id }, handler)).followUps[0]).toMatchObject({ overdue: true });
    await refused(env, 'interviews.doneFollowUp', { followUpId: f.id, doneDate: '2026-11-20' }, handler, 'VALIDATION', /完成日期（2026-11-20）不能早于添加日期（2026-11-21）/);
    await refused(env, 'interviews.doneFollowUp', { followUpId: f.id, doneDate: '2026-11-25' }, handler, 'VALIDATION', /不能晚于今天/);
    const done = await ok(env, 'interviews.doneFollowUp', { followUpId: f.id, doneDate: '2026-11-24', note: '已提交' }, handler);
    expect(done.followUps[0]).toMatchObject({ doneDate: '2026-11-24', doneNote: '已提交', overdue: false });
    expect(done.version).toBe(a.version + 1);
    await refused(env, 'interviews.doneFollowUp', { followUpId: f.id, doneDate: '2026-11-24' }, handler, 'CONFLICT', /该后续事项已于 2026-11-24 完成/);
  });
});
