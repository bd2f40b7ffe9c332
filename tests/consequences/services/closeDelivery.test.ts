// 关闭 and 登记送达: only an open consequence (or a list) is closed, with a reason, by 案件监督管理室 or a
// 领导 — not a notice already issued (its items end in 整改台账) nor a talk already planned (it ends by
// 办结); a 建议书's delivery only once issued, on a day between its 成文日期 and today. Each audited;
// a refusal changes nothing.
import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintBesidesRefusals, ok, send } from '../../helpers/services.ts';
import { INDEX_YEAR, consequenceEachTest, publishQuarter, publishYear } from '../office.ts';
import { day, issueNotice, later, periodRows, planTalkInStore, refusal, rowOf } from './kit.ts';

const Y = INDEX_YEAR;
const t = consequenceEachTest();

function entries(env: typeof t.env, op: string): Array<{ entityId: string | null; subject: string; summary: Record<string, unknown> }> {
  return (env.db.prepare("SELECT entity_id AS entityId, subject, summary FROM audit WHERE op = ? AND entity = 'index-consequence' ORDER BY id").all(op) as Array<{
    entityId: string | null; subject: string; summary: string;
  }>).map((e) => ({ ...e, summary: JSON.parse(e.summary) as Record<string, unknown> }));
}

async function refusedUnchanged(env: typeof t.env, op: string, input: unknown, session: string, code: string, message: RegExp): Promise<void> {
  // A refusal by role is audited as such (越权操作), and changes nothing else.
  const print = code === 'FORBIDDEN' ? fingerprintBesidesRefusals : fingerprint;
  const before = print(env.db);
  const r = refusal(await send(env, op, input, session));
  expect(r.code).toBe(code);
  expect(r.message).toMatch(message);
  expect(print(env.db)).toBe(before);
}

describe('consequences.close', () => {
  it('closes an open notice with the reason, who and when; keeps it on the page; audits it', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 3);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.otherVillageId, '预警告知书');
    const closed = await ok(env, 'consequences.close', { id: row.id, reason: '该问题已在专项检查中整改完毕' }, o.manager);
    expect(closed).toMatchObject({ state: '已关闭', open: false, closed: { reason: '该问题已在专项检查中整改完毕', byName: expect.any(String) as string } });
    expect(closed.closed?.at).toBe(env.clock.now().toISOString());
    expect((await periodRows(env, o, 3)).total).toBe(2);
    expect(entries(env, 'consequences.close')).toEqual([{
      entityId: String(row.id), subject: `${row.unitName} ${Y}年第3季度预警告知书`,
      summary: { period: `${Y}年第3季度`, unit: row.unitName, kind: '预警告知书', reason: '该问题已在专项检查中整改完毕' },
    }]);
    await refusedUnchanged(env, 'consequences.close', { id: row.id, reason: '再次关闭' }, o.leader, 'CONFLICT', /已于.+关闭/);
  });

  it('needs a reason and a closing role', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 3);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    await refusedUnchanged(env, 'consequences.close', { id: row.id, reason: '  ' }, o.manager, 'VALIDATION', /关闭理由/);
    await refusedUnchanged(env, 'consequences.close', { id: row.id, reason: '不需要' }, o.checker, 'FORBIDDEN', /.+/);
    await refusedUnchanged(env, 'consequences.close', { id: 999, reason: '不需要' }, o.manager, 'NOT_FOUND', /未找到该预警事项/);
  });

  it('refuses an issued notice (its items are closed in 整改台账) and a planned talk (it ends by 办结)', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const notice = rowOf((await periodRows(env, o, 1)).rows, o.villageId, '预警告知书');
    const doc = await issueNotice(env, o, notice);
    await refusedUnchanged(env, 'consequences.close', { id: notice.id, reason: '不再需要' }, o.manager, 'CONFLICT', new RegExp(`已印发（${doc.number ?? ''}）.*整改台账`));
    const talk = rowOf((await periodRows(env, o, 0)).rows, o.villageId, '廉政谈话');
    await planTalkInStore(env, o, talk);
    await refusedUnchanged(env, 'consequences.close', { id: talk.id, reason: '不再需要' }, o.leader, 'CONFLICT', /已安排（TH-.+）.*谈话函询.*办结/);
  });

  it('closes a talk not yet planned, a 建议书 draft and a list (the unit taken off it), but not a delivered 建议书', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const rows = (await periodRows(env, o, 0)).rows;
    for (const kind of ['廉政谈话', '不得评先评优', '预警建议书'] as const) {
      const closed = await ok(env, 'consequences.close', { id: rowOf(rows, o.villageId, kind).id, reason: '经研究决定' }, o.leader);
      expect(closed.state).toBe('已关闭');
    }
    // What a closed list made stays: its people are kept.
    expect((await ok(env, 'consequences.get', { id: rowOf(rows, o.villageId, '不得评先评优').id }, o.readonly)).people).toHaveLength(2);
    const advice = rowOf(rows, o.otherVillageId, '预警建议书');
    const doc = await ok(env, 'docs.get', { id: advice.document?.id ?? 0 }, o.manager);
    await ok(env, 'docs.issue', { id: doc.id, version: doc.version }, o.manager);
    await ok(env, 'consequences.recordDelivery', { id: advice.id, date: day(env) }, o.checker);
    await refusedUnchanged(env, 'consequences.close', { id: advice.id, reason: '不再需要' }, o.manager, 'CONFLICT', /已送达，无需关闭/);
  });
});

describe('consequences.recordDelivery', () => {
  it('records the day an issued 建议书 was received, between its 成文日期 and today; audited', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const advice = rowOf((await periodRows(env, o, 0)).rows, o.villageId, '预警建议书');
    await refusedUnchanged(env, 'consequences.recordDelivery', { id: advice.id, date: day(env) }, o.checker, 'CONFLICT', /尚未印发/);
    const draft = await ok(env, 'docs.get', { id: advice.document?.id ?? 0 }, o.manager);
    const issued = await ok(env, 'docs.issue', { id: draft.id, version: draft.version }, o.manager);
    const then = await later(env, o, 3);
    await refusedUnchanged(env, 'consequences.recordDelivery', { id: advice.id, date: day(env, -4) }, then.checker, 'VALIDATION', /不能早于建议书的成文日期/);
    await refusedUnchanged(env, 'consequences.recordDelivery', { id: advice.id, date: day(env, 1) }, then.checker, 'VALIDATION', /不能晚于今天/);
    await refusedUnchanged(env, 'consequences.recordDelivery', { id: advice.id, date: day(env) }, then.readonly, 'FORBIDDEN', /.+/);
    const got = await ok(env, 'consequences.recordDelivery', { id: advice.id, date: day(env, -1), note: '由村支书签收' }, then.checker);
    expect(got).toMatchObject({ state: '已送达', open: false, delivered: { date: day(env, -1), note: '由村支书签收' } });
    expect(entries(env, 'consequences.recordDelivery')).toEqual([{
      entityId: String(advice.id), subject: `${advice.unitName} ${Y}年度预警建议书`,
      summary: { period: `${Y}年度`, unit: advice.unitName, document: issued.number, date: day(env, -1), note: '由村支书签收' },
    }]);
  });

  it('is only for a 预警建议书, and not once closed', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const rows = (await periodRows(env, o, 0)).rows;
    await refusedUnchanged(env, 'consequences.recordDelivery', { id: rowOf(rows, o.villageId, '廉政谈话').id, date: day(env) }, o.checker, 'CONFLICT', /只对预警建议书/);
    const advice = rowOf(rows, o.otherVillageId, '预警建议书');
    const draft = await ok(env, 'docs.get', { id: advice.document?.id ?? 0 }, o.manager);
    await ok(env, 'docs.issue', { id: draft.id, version: draft.version }, o.manager);
    await ok(env, 'consequences.close', { id: advice.id, reason: '单位已撤并' }, o.leader);
    await refusedUnchanged(env, 'consequences.recordDelivery', { id: advice.id, date: day(env) }, o.checker, 'CONFLICT', /已于.+关闭/);
  });
});
