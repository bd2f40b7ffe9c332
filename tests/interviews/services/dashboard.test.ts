// interviews.dashboard (首页): the running deadlines overdue and due soon (on working days), most
// urgent first, five each with their totals; the caller's own talks planned from today for 14
// days; the follow-ups overdue; and the ledger filter each list opens (查看全部).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnv, ok, type TestEnv } from '../../helpers/services.ts';
import { insertInterviewAs } from '../../helpers/interviews.ts';
import { interviewOffice, type InterviewOffice } from './office.ts';

let env: TestEnv;
let o: InterviewOffice;
const overdue: string[] = [];
const soon: string[] = [];
const upcoming: string[] = [];

beforeAll(async () => {
  env = makeEnv('2026-09-29T09:00:00+08:00');
  o = await interviewOffice(env);
  const db = env.db;
  // Seven overdue replies, due 09-15 … 09-21 (the earliest most urgent), inserted out of order.
  for (const d of ['2026-09-18', '2026-09-15', '2026-09-21', '2026-09-16', '2026-09-17', '2026-09-19', '2026-09-20']) {
    overdue.push(`${d}:${insertInterviewAs(db, { kind: '函询', personId: o.staffId, sentDate: '2026-08-20', due: { kind: '答复', date: d } }).number}`);
  }
  overdue.sort();
  // Due soon: today, 10-08 and 10-09 (three working days with the 国庆 holidays); 10-10 is not.
  for (const d of ['2026-10-09', '2026-09-29', '2026-10-08']) {
    soon.push(`${d}:${insertInterviewAs(db, { kind: '函询', personId: o.chiefId, sentDate: '2026-09-10', due: { kind: '答复', date: d } }).number}`);
  }
  soon.sort();
  insertInterviewAs(db, { kind: '函询', personId: o.chiefId, sentDate: '2026-09-10', due: { kind: '答复', date: '2026-10-10' } });
  // A concluded letter with a stale deadline counts nowhere.
  insertInterviewAs(db, { kind: '函询', personId: o.chiefId, sentDate: '2026-08-01', replyDate: '2026-08-20', outcome: '了结', due: { kind: '答复', date: '2026-08-21' } });
  // The handler's talks: today, in 13 days (10-12), not in 14 (10-13); yesterday's; the checker's alone.
  const both = [o.handlerId, o.checkerId];
  upcoming.push(insertInterviewAs(db, { kind: '谈话', personId: o.staffId, plannedDate: '2026-10-12', interviewerIds: both }).number);
  upcoming.unshift(insertInterviewAs(db, { kind: '谈话', personId: o.staffId, plannedDate: '2026-09-29', plannedTime: '14:00', recorderUserId: o.handlerId, interviewerIds: [o.checkerId, o.leaderId] }).number);
  insertInterviewAs(db, { kind: '谈话', personId: o.staffId, plannedDate: '2026-10-13', interviewerIds: both });
  insertInterviewAs(db, { kind: '谈话', personId: o.staffId, plannedDate: '2026-09-28', interviewerIds: both });
  insertInterviewAs(db, { kind: '谈话', personId: o.staffId, plannedDate: '2026-10-01', interviewerIds: [o.checkerId, o.leaderId] });
  // Follow-ups: two overdue (one of them on a concluded talk), one due today, one done late.
  insertInterviewAs(db, {
    kind: '谈话', personId: o.chiefId, heldDate: '2026-09-01', outcome: '批评教育', concludedDate: '2026-09-05',
    followUps: [{ content: '提交书面说明', dueDate: '2026-09-20' }, { content: '整改报告', dueDate: '2026-09-29' }, { content: '检讨', dueDate: '2026-09-10', doneDate: '2026-09-12' }],
  });
  insertInterviewAs(db, { kind: '谈话', personId: o.chiefId, heldDate: '2026-09-02', followUps: [{ content: '退还礼金', dueDate: '2026-09-25' }] });
}, 60_000);
afterAll(() => env.close());

describe('interviews.dashboard', () => {
  it('overdue and due soon, most urgent first, five each with totals; the caller’s coming talks; follow-ups overdue', async () => {
    const d = await ok(env, 'interviews.dashboard', {}, o.handler);
    expect(d.overdue.map((r) => `${r.dueDate}:${r.number}`)).toEqual(overdue.slice(0, 5));
    expect(d.overdue.every((r) => r.dueState === '逾期')).toBe(true);
    expect(d.dueSoon.map((r) => `${r.dueDate}:${r.number}`)).toEqual(soon);
    expect(d.dueSoon.map((r) => r.workdaysLeft)).toEqual([0, 2, 3]);
    expect(d.upcoming.map((r) => r.number)).toEqual(upcoming);
    expect(d.totals).toEqual({ overdue: 7, dueSoon: 3, upcoming: 2 });
    expect(d.followUpsOverdue).toBe(2);
    expect(d.filters).toEqual({ overdue: { due: '逾期' }, dueSoon: { due: '即将到期' }, upcoming: { mine: true, status: '待谈话', dateFrom: '2026-09-29' } });
  });

  it('each list is the ledger under its filter (查看全部)', async () => {
    const d = await ok(env, 'interviews.dashboard', {}, o.handler);
    for (const key of ['overdue', 'dueSoon'] as const) {
      const page = await ok(env, 'interviews.list', { ...d.filters[key], pageSize: 50 }, o.handler);
      expect(page.total).toBe(d.totals[key]);
    }
    const mine = await ok(env, 'interviews.list', { ...d.filters.upcoming, pageSize: 50 }, o.handler);
    expect(mine.rows.map((r) => r.number)).toEqual(expect.arrayContaining(upcoming));
  });

  it('someone holding no talk sees the deadlines but no talks of their own', async () => {
    const d = await ok(env, 'interviews.dashboard', {}, o.readonly);
    expect(d.upcoming).toEqual([]);
    expect(d.totals).toEqual({ overdue: 7, dueSoon: 3, upcoming: 0 });
  });
});
