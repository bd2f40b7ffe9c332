// 安排廉政谈话 (consequences.planTalk): the grade-C unit's talk registered through the interviews
// domain (谈话 · 廉政谈话) with the year's result as its cause, the person the clerk chose (in office),
// linked to the consequence; refused with where it is when planned already.
import { describe, expect, it } from 'vitest';
import type { ConsequenceRow } from '../../../shared/consequences/index.ts';
import { PASSWORD, fingerprint, ok, send } from '../../helpers/services.ts';
import { INDEX_YEAR, consequenceEachTest, publishYear } from '../office.ts';
import { day, periodRows, refusal, rowOf } from './kit.ts';

const Y = INDEX_YEAR;
const t = consequenceEachTest();

async function talkRow(): Promise<ConsequenceRow> {
  await publishYear(t.env, t.o);
  return rowOf((await periodRows(t.env, t.o, 0)).rows, t.o.villageId, '廉政谈话');
}

function plan(row: ConsequenceRow, over: Record<string, unknown> = {}) {
  const { o } = t;
  return {
    id: row.id, personId: o.chiefId, plannedDate: day(t.env, 7), plannedTime: '09:30', place: '县纪委谈话室',
    holder: '本委' as const, interviewerIds: [o.handlerId, o.checkerId], ...over,
  };
}

function talkEntries(): Array<{ subject: string; summary: Record<string, unknown> }> {
  return (t.env.db.prepare("SELECT subject, summary FROM audit WHERE op = 'consequences.planTalk' AND entity = 'index-consequence' ORDER BY id").all() as Array<{ subject: string; summary: string }>)
    .map((e) => ({ ...e, summary: JSON.parse(e.summary) as Record<string, unknown> }));
}

describe('a grade-C unit’s 廉政谈话 planned', () => {
  it('registers a 廉政谈话 with the main leader, the result as its cause, and links it', async () => {
    const { env, o } = t;
    const row = await talkRow();
    expect(row).toMatchObject({ state: '待安排', leaderMissing: false });
    const detail = await ok(env, 'consequences.planTalk', plan(row), o.handler);
    expect(detail).toMatchObject({ id: row.id, state: '待谈话', open: true, overdue: false, dueDate: day(env, 30) });
    const interviewId = detail.interview?.id ?? 0;
    expect(detail.interview).toMatchObject({ status: '待谈话', plannedDate: day(env, 7) });
    const talk = await ok(env, 'interviews.get', { id: interviewId }, o.handler);
    expect(talk).toMatchObject({
      kind: '谈话', talkType: '廉政谈话', holder: '本委', status: '待谈话', personId: o.chiefId, unitId: o.villageId,
      plannedDate: day(env, 7), plannedTime: '09:30', place: '县纪委谈话室',
      cause: { kind: '廉情指数', text: `${Y}年度廉情指数C级（60.00分）`, tipId: null, rectItemId: null, documentId: null },
    });
    expect(detail.interview?.number).toBe(talk.number);
    expect(detail.interview?.personName).toBe(talk.personName);
    // The interviews domain audits its record as 登记谈话函询 does; the consequence its own entry.
    const own = env.db.prepare("SELECT entity FROM audit WHERE op = 'consequences.planTalk' ORDER BY id").all() as Array<{ entity: string }>;
    expect(own.map((e) => e.entity)).toEqual(['interview', 'index-consequence']);
    expect(talkEntries()).toEqual([{
      subject: `${row.unitName} ${Y}年度廉政谈话`,
      summary: { period: `${Y}年度`, unit: row.unitName, kind: '廉政谈话', interview: talk.number, person: talk.personName, plannedDate: day(env, 7), dueDate: day(env, 30) },
    }]);
  });

  it('records the person the clerk chose when it is not the main leader, with the post typed', async () => {
    const { env, o } = t;
    const row = await talkRow();
    const detail = await ok(env, 'consequences.planTalk', plan(row, { personId: o.staffId, post: '代理负责人', holder: '上级纪委', interviewerIds: [], holderNames: '市纪委第三监督检查室' }), o.manager);
    const talk = await ok(env, 'interviews.get', { id: detail.interview?.id ?? 0 }, o.manager);
    expect(talk).toMatchObject({ personId: o.staffId, post: '代理负责人', holder: '上级纪委', interviewerNames: '市纪委第三监督检查室' });
  });

  it('accepts a planned date after the due date; the row shows it overdue once the due date has passed', async () => {
    const { env, o } = t;
    const row = await talkRow();
    const detail = await ok(env, 'consequences.planTalk', plan(row, { plannedDate: day(env, 40) }), o.handler);
    expect(detail).toMatchObject({ state: '待谈话', dueDate: day(env, 30), interview: { plannedDate: day(env, 40) } });
    expect(talkEntries()[0]?.summary).toEqual(expect.objectContaining({ plannedDate: day(env, 40), dueDate: day(env, 30) }));
    env.clock.advanceMinutes(31 * 24 * 60);
    const reader = (await ok(env, 'auth.login', { username: 'reader', password: PASSWORD }, null)).token;
    expect(await ok(env, 'consequences.get', { id: row.id }, reader)).toMatchObject({ state: '待谈话', overdue: true });
  });
});

describe('refusals', () => {
  it('says where the talk is when asked again, and changes nothing', async () => {
    const { env, o } = t;
    const row = await talkRow();
    const detail = await ok(env, 'consequences.planTalk', plan(row), o.handler);
    const before = fingerprint(env.db);
    expect(refusal(await send(env, 'consequences.planTalk', plan(row), o.handler))).toMatchObject({
      code: 'CONFLICT', message: `已安排廉政谈话（${detail.interview?.number ?? ''}），请在谈话函询中修改。`,
    });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('refuses a person who has left office, naming the field; nothing is registered', async () => {
    const { env, o } = t;
    const row = await talkRow();
    env.db.prepare("UPDATE people SET status = '已离任' WHERE id = ?").run(o.staffId);
    const before = fingerprint(env.db);
    const r = refusal(await send(env, 'consequences.planTalk', plan(row, { personId: o.staffId }), o.handler));
    expect(r).toMatchObject({ code: 'VALIDATION', fields: { personId: '人员已离任' } });
    expect(r.message).toContain('已离任');
    expect(fingerprint(env.db)).toBe(before);
  });

  it('refuses too few interviewers before anything is read', async () => {
    const { env, o } = t;
    const row = await talkRow();
    const r = refusal(await send(env, 'consequences.planTalk', plan(row, { interviewerIds: [o.handlerId] }), o.handler));
    expect(r).toMatchObject({ code: 'VALIDATION', fields: { interviewerIds: '谈话人应至少2人' } });
  });

  it('refuses another kind, a closed talk, and a role that does not plan', async () => {
    const { env, o } = t;
    const row = await talkRow();
    const page = await periodRows(env, o, 0);
    const list = rowOf(page.rows, o.villageId, '不得评先评优');
    expect(refusal(await send(env, 'consequences.planTalk', plan(list), o.handler))).toMatchObject({ code: 'VALIDATION', message: '该预警事项是不得评先评优，不能安排廉政谈话。' });
    expect(refusal(await send(env, 'consequences.planTalk', plan(row), o.clerk)).code).toBe('FORBIDDEN');
    await ok(env, 'consequences.close', { id: row.id, reason: '该单位已撤并' }, o.leader);
    expect(refusal(await send(env, 'consequences.planTalk', plan(row), o.handler))).toMatchObject({ code: 'CONFLICT', message: '该预警事项已关闭（该单位已撤并），不能再安排廉政谈话。' });
  });
});
