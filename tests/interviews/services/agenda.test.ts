// interviews.agenda: the planned talks (待谈话) of a range, by date and time (untimed last on their
// day), of one interviewer or at one place; held, concluded and letters left out; a range over 62
// days refused in Chinese, changing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, type TestEnv } from '../../helpers/services.ts';
import { insertInterviewAs } from '../../helpers/interviews.ts';
import { interviewOffice, type InterviewOffice } from './office.ts';

let env: TestEnv;
let o: InterviewOffice;
const n: Record<string, { id: number; number: string }> = {};

beforeAll(async () => {
  env = makeEnv('2026-09-29T09:00:00+08:00');
  o = await interviewOffice(env);
  const db = env.db;
  const both = [o.handlerId, o.checkerId];
  n.late = insertInterviewAs(db, { kind: '谈话', personId: o.chiefId, plannedDate: '2026-10-12', plannedTime: '15:00', place: '县纪委谈话室', interviewerIds: both });
  n.early = insertInterviewAs(db, { kind: '谈话', talkType: '提醒谈话', personId: o.staffId, plannedDate: '2026-10-12', plannedTime: '09:00', place: '城关镇会议室', interviewerIds: [o.checkerId, o.leaderId] });
  n.untimed = insertInterviewAs(db, { kind: '谈话', personId: o.staffId, plannedDate: '2026-10-12', place: '县纪委谈话室', interviewerIds: both });
  n.before = insertInterviewAs(db, { kind: '谈话', personId: o.chiefId, plannedDate: '2026-10-09', plannedTime: '10:00', place: '县纪委谈话室', interviewerIds: both });
  n.entrusted = insertInterviewAs(db, { kind: '谈话', holder: '委托谈话', holderNames: '王书记', personId: o.chiefId, plannedDate: '2026-10-20' });
  n.outside = insertInterviewAs(db, { kind: '谈话', personId: o.chiefId, plannedDate: '2026-11-20', interviewerIds: both });
  insertInterviewAs(db, { kind: '谈话', personId: o.chiefId, plannedDate: '2026-10-13', heldDate: '2026-10-13', interviewerIds: both });
  insertInterviewAs(db, { kind: '函询', personId: o.chiefId, sentDate: '2026-10-13' });
}, 60_000);
afterAll(() => env.close());

const month = { from: '2026-10-01', to: '2026-10-31' };

describe('interviews.agenda', () => {
  it('the planned talks of the range by date and time, with interviewers or the typed holder', async () => {
    const a = await ok(env, 'interviews.agenda', month, o.readonly);
    expect(a.map((e) => e.number)).toEqual(['before', 'early', 'late', 'untimed', 'entrusted'].map((k) => n[k]?.number));
    const early = a[1];
    expect(early).toMatchObject({ date: '2026-10-12', time: '09:00', place: '城关镇会议室', typeLabel: '提醒谈话', holderNames: '' });
    expect(early?.interviewers.map((u) => u.id)).toEqual([o.checkerId, o.leaderId].sort((x, y) => x - y));
    expect(a[4]).toMatchObject({ holderNames: '王书记', interviewers: [] });
  });

  it('of one interviewer, at one place', async () => {
    const mine = await ok(env, 'interviews.agenda', { ...month, interviewerId: o.handlerId }, o.handler);
    expect(mine.map((e) => e.number)).toEqual(['before', 'late', 'untimed'].map((k) => n[k]?.number));
    const room = await ok(env, 'interviews.agenda', { ...month, place: '城关镇' }, o.handler);
    expect(room.map((e) => e.number)).toEqual([n.early?.number]);
    const week = await ok(env, 'interviews.agenda', { from: '2026-10-05', to: '2026-10-11' }, o.handler);
    expect(week.map((e) => e.number)).toEqual([n.before?.number]);
  });

  it('62 days at most; a longer or reversed range is refused in Chinese', async () => {
    expect(await ok(env, 'interviews.agenda', { from: '2026-10-01', to: '2026-12-01' }, o.handler)).toHaveLength(6);
    const long = await send(env, 'interviews.agenda', { from: '2026-10-01', to: '2026-12-02' }, o.handler);
    expect(long.ok).toBe(false);
    if (!long.ok) {
      expect(long.error.code).toBe('VALIDATION');
      expect(long.error.message).toBe('日程最多查看62天，请缩短起止日期');
    }
    const reversed = await send(env, 'interviews.agenda', { from: '2026-10-31', to: '2026-10-01' }, o.handler);
    expect(reversed.ok).toBe(false);
    if (!reversed.ok) expect(reversed.error.message).toContain('截止日期应不早于起始日期');
  });
});
