// A letter's life through the real services (its 函询通知书's issue is the notices' part, written
// here directly): the reply countersigned by the unit's main leader, the assessment — 如实说明 →
// 了结; 说明不清 → 补充说明 with a new reply due in 15 working days; 不如实或有问题 → the outcome —
// and the 民主生活会 after it is concluded.
import { describe, expect, it } from 'vitest';
import { ok } from '../../helpers/services.ts';
import { WRITTEN_FOR } from '../../helpers/tips.ts';
import { interviewEachTest, type InterviewOffice } from './office.ts';
import { auditOf, letterInput, refused, sendLetter } from './recordsKit.ts';
import type { TestEnv } from '../../helpers/services.ts';

const t = interviewEachTest(WRITTEN_FOR);
const REPLY = { replyDate: '2026-11-21', countersigned: true, summary: '本人对反映问题作了说明，补偿款均按村民代表会议决定发放' };

async function sent(env: TestEnv, o: InterviewOffice, sentDate = '2026-11-20') {
  const d = await ok(env, 'interviews.create', letterInput(o), o.clerk);
  sendLetter(env, d.id, sentDate);
  return ok(env, 'interviews.get', { id: d.id }, o.clerk);
}

async function replied(env: TestEnv, o: InterviewOffice) {
  const d = await sent(env, o);
  return ok(env, 'interviews.reply', { id: d.id, version: d.version, ...REPLY }, o.clerk);
}

describe('the reply', () => {
  it('only after the notice is issued', async () => {
    const { env, o } = t;
    const d = await ok(env, 'interviews.create', letterInput(o), o.clerk);
    await refused(env, 'interviews.reply', { id: d.id, version: d.version, ...REPLY }, o.clerk, 'CONFLICT', `${d.number}：请先印发函询通知书。`);
  });

  it('countersigned by the main leader, dated between the sending and today; the deadline stops', async () => {
    const { env, o } = t;
    const d = await sent(env, o);
    expect(d).toMatchObject({ status: '待答复', dueKind: '答复', dueDate: '2026-12-11', can: { reply: true, requestExtension: true } });
    const ref = { id: d.id, version: d.version };
    await refused(env, 'interviews.reply', { ...ref, ...REPLY, countersigned: false }, o.clerk, 'VALIDATION', '函询答复须经所在单位主要负责人签字背书，请补签后再登记');
    await refused(env, 'interviews.reply', { ...ref, ...REPLY, replyDate: '2026-11-19' }, o.clerk, 'VALIDATION', '答复日期（2026-11-19）不能早于发函日期（2026-11-20）。');
    await refused(env, 'interviews.reply', { ...ref, ...REPLY, replyDate: '2026-11-23' }, o.clerk, 'VALIDATION', /不能晚于今天/);
    const r = await ok(env, 'interviews.reply', { ...ref, ...REPLY }, o.clerk);
    expect(r).toMatchObject({ status: '待评估', replyDate: '2026-11-21', replyCountersigned: true, replySummary: REPLY.summary, dueDate: null, dueKind: null, can: { assess: true, reply: false } });
    expect(r.history.at(-1)).toMatchObject({ action: '答复', date: '2026-11-21' });
  });
});

describe('the assessment', () => {
  it('如实说明 → 了结, concluded on the day; then the 民主生活会 once', async () => {
    const { env, o } = t;
    const r = await replied(env, o);
    await refused(env, 'interviews.meeting', { id: r.id, version: r.version, meetingDate: '2026-11-21', note: '作了说明' }, o.clerk, 'CONFLICT', /函询办结后才能登记民主生活会上的说明/);
    const input = { id: r.id, version: r.version, assessment: '如实说明' as const, note: '答复如实，予以了结', date: '2026-11-21' };
    await refused(env, 'interviews.assess', { ...input, outcome: '提醒' }, o.clerk, 'VALIDATION', /评估为如实说明的，不再选择处理结果/);
    const a = await ok(env, 'interviews.assess', input, o.clerk);
    expect(a).toMatchObject({ status: '已办结', assessment: '如实说明', outcome: '了结', concludedDate: '2026-11-21', event: null, can: { meeting: true } });
    await refused(env, 'interviews.meeting', { id: a.id, version: a.version, meetingDate: '2026-11-20', note: '作了说明' }, o.clerk, 'VALIDATION', '民主生活会日期（2026-11-20）不能早于办结日期（2026-11-21）。');
    const m = await ok(env, 'interviews.meeting', { id: a.id, version: a.version, meetingDate: '2026-11-21', note: '在年度民主生活会上作了说明' }, o.clerk);
    expect(m).toMatchObject({ meetingDate: '2026-11-21', meetingNote: '在年度民主生活会上作了说明', can: { meeting: false } });
    await refused(env, 'interviews.meeting', { id: m.id, version: m.version, meetingDate: '2026-11-21', note: '再说明' }, o.clerk, 'CONFLICT', /已登记民主生活会说明/);
  });

  it('说明不清 → 补充说明: back to 待答复 with a new reply due 15 working days after, then answered again', async () => {
    const { env, o } = t;
    const r = await replied(env, o);
    await refused(env, 'interviews.assess', { id: r.id, version: r.version, assessment: '说明不清', note: '未说明资金去向', date: '2026-11-20' }, o.clerk, 'VALIDATION', /评估日期（2026-11-20）不能早于答复日期（2026-11-21）/);
    const a = await ok(env, 'interviews.assess', { id: r.id, version: r.version, assessment: '说明不清', note: '未说明资金去向', date: '2026-11-21' }, o.clerk);
    expect(a).toMatchObject({ status: '待答复', supplements: 1, assessment: '说明不清', outcome: null, dueKind: '答复', dueDate: '2026-12-11', dueOriginal: '2026-12-11', dueState: '正常', workdaysLeft: 15 });
    expect(a.history.at(-1)?.text).toBe('说明不清，要求补充说明，应于 2026-12-11 前答复');
    env.db.prepare("UPDATE interviews SET reply_date = '2026-11-21', sent_date = '2026-11-19' WHERE id = ?").run(a.id);
    await refused(env, 'interviews.reply', { id: a.id, version: a.version, ...REPLY, replyDate: '2026-11-20' }, o.clerk, 'VALIDATION', '答复日期（2026-11-20）不能早于上次答复日期（2026-11-21）。');
    const again = await ok(env, 'interviews.reply', { id: a.id, version: a.version, ...REPLY, summary: '补充说明了资金去向' }, o.clerk);
    expect(again).toMatchObject({ status: '待评估', replySummary: '补充说明了资金去向', dueDate: null });
    expect(again.history.at(-1)?.action).toBe('补充说明');
  });

  it('不如实或有问题 → the outcome chosen: 批评教育 is one event of the person, source 函询', async () => {
    const { env, o } = t;
    const r = await replied(env, o);
    const input = { id: r.id, version: r.version, assessment: '不如实或有问题' as const, note: '答复与核实情况不符', date: '2026-11-21' };
    await refused(env, 'interviews.assess', input, o.clerk, 'VALIDATION', /请选择处理结果/);
    await refused(env, 'interviews.assess', { ...input, outcome: '批评教育' }, o.clerk, 'VALIDATION', '请填写违纪行为发生时间');
    const a = await ok(env, 'interviews.assess', { ...input, outcome: '批评教育', conductDate: '2026-03-01', circumstance: '从轻' }, o.clerk);
    expect(a).toMatchObject({ status: '已办结', outcome: '批评教育', concludedDate: '2026-11-21', event: { outcome: '批评教育', decidedDate: '2026-11-21' } });
    expect(await ok(env, 'interviews.personEvents', { personId: o.chiefId }, o.clerk)).toMatchObject([
      { sourceKind: '函询', sourceNumber: r.number, outcome: '批评教育', circumstance: '从轻', category: '主要负责人' },
    ]);
    expect(JSON.parse(auditOf(env, 'interviews.assess')[0]!.summary)).toMatchObject({ number: r.number, assessment: '不如实或有问题', outcome: '批评教育' });
  });
});
