// The closed loop's store (db/repos/consequences) on a real database: a consequence is linked once
// to what it made, closed once, never deleted nor its source changed; a correction of a notice finds
// the consequence of the original; where each stands is derived from what it made (the items all
// 销号, the talk 待办结 and 办结).
import { describe, expect, it } from 'vitest';
import {
  closeConsequence, consequenceOfDocument, consequenceOfInterview, getConsequence, recordConsequenceDelivery, setConsequenceDocument, setConsequenceInterview,
} from '../../../db/repos/consequences/consequences.ts';
import { consequenceRowsByIds, periodCounts } from '../../../db/repos/consequences/rows.ts';
import type { Db } from '../../../db/types.ts';
import { ok } from '../../helpers/services.ts';
import { INDEX_YEAR, consequenceEachTest, publishQuarter, publishYear } from '../office.ts';
import { day, issueNotice, periodRows, planTalkInStore, rowOf } from '../services/kit.ts';

const t = consequenceEachTest();
const BY = { reason: '测试关闭', userId: null, byName: '测试', at: '2027-01-15T03:00:00.000Z' };

/** A draft 公文 written straight to the register (a correction names the one it replaces). */
function draftDocument(db: Db, replacesId: number | null = null): number {
  const user = (db.prepare('SELECT id FROM users ORDER BY id LIMIT 1').get() as { id: number }).id;
  return Number(
    db
      .prepare(
        `INSERT INTO documents (kind, status, title, recipients, fields, created_at, created_by, updated_at, replaces_id)
         VALUES ('warning', 'draft', '更正', '村', '{}', '2027-01-15T03:00:00.000Z', ?, '2027-01-15T03:00:00.000Z', ?)`,
      )
      .run(user, replacesId).lastInsertRowid,
  );
}

describe('index_consequences', () => {
  it('links a 公文 and a talk only once, closes once, and keeps every row', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 3);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    const a = draftDocument(env.db);
    const b = draftDocument(env.db);
    expect(setConsequenceDocument(env.db, row.id, a)).toBe(true);
    expect(setConsequenceDocument(env.db, row.id, b)).toBe(false);
    expect(getConsequence(env.db, row.id)).toMatchObject({ documentId: a, year: INDEX_YEAR, quarter: 3, kind: '预警告知书', basis: '红色（60.00分）', version: 1 });
    // A notice makes no talk (the table's checks), and a second consequence cannot take the same 公文.
    expect(() => setConsequenceInterview(env.db, row.id, 1)).toThrow();
    const other = rowOf((await periodRows(env, o, 3)).rows, o.otherVillageId, '预警告知书');
    expect(() => setConsequenceDocument(env.db, other.id, a)).toThrow(/UNIQUE/);

    expect(closeConsequence(env.db, row.id, BY)).toBe(true);
    expect(closeConsequence(env.db, row.id, BY)).toBe(false);
    expect(setConsequenceDocument(env.db, other.id, b)).toBe(true);
    expect(closeConsequence(env.db, other.id, BY)).toBe(true);
    expect(() => env.db.prepare('DELETE FROM index_consequences WHERE id = ?').run(row.id)).toThrow(/不能删除/);
    expect(() => env.db.prepare("UPDATE index_consequences SET basis = '改' WHERE id = ?").run(row.id)).toThrow(/不能修改/);
    expect(() => env.db.prepare("UPDATE index_consequences SET closed_reason = '改' WHERE id = ?").run(row.id)).toThrow(/不能修改/);
  });

  it('finds the consequence of a 公文 and of every correction of it, and of its talk', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const notice = rowOf((await periodRows(env, o, 1)).rows, o.villageId, '预警告知书');
    const original = await issueNotice(env, o, notice);
    const correction = draftDocument(env.db, original.id);
    const again = draftDocument(env.db, correction);
    for (const id of [original.id, correction, again]) expect(consequenceOfDocument(env.db, id)?.id).toBe(notice.id);
    expect(consequenceOfDocument(env.db, draftDocument(env.db))).toBeUndefined();
    const talk = rowOf((await periodRows(env, o, 0)).rows, o.villageId, '廉政谈话');
    const interviewId = await planTalkInStore(env, o, talk);
    expect(consequenceOfInterview(env.db, interviewId)?.id).toBe(talk.id);
    expect(consequenceOfInterview(env.db, interviewId + 1)).toBeUndefined();
  });
});

describe('where a consequence stands, derived', () => {
  it('a notice is 已完成 once every item of the original is 已销号, and no longer overdue', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 3);
    const notice = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    const doc = await issueNotice(env, o, notice, 2, 1);
    const later = day(env, 5);
    expect(consequenceRowsByIds(env.db, [notice.id], later)[0]).toMatchObject({ state: '整改中', overdue: true, items: { total: 2, closed: 0, overdue: 2 } });
    env.db.prepare("UPDATE rect_items SET status = '已销号', closed_on = ? WHERE document_id = ? AND id = (SELECT min(id) FROM rect_items WHERE document_id = ?)").run(day(env), doc.id, doc.id);
    expect(consequenceRowsByIds(env.db, [notice.id], later)[0]).toMatchObject({ state: '整改中', overdue: true, items: { total: 2, closed: 1, overdue: 1 } });
    env.db.prepare("UPDATE rect_items SET status = '已销号', closed_on = ? WHERE document_id = ?").run(day(env), doc.id);
    expect(consequenceRowsByIds(env.db, [notice.id], later)[0]).toMatchObject({ state: '已完成', open: false, overdue: false, items: { total: 2, closed: 2, overdue: 0 } });
    expect(periodCounts(env.db, INDEX_YEAR, 3, later)).toEqual([{ kind: '预警告知书', total: 2, open: 1, overdue: 0 }]);
  });

  it('a talk is 待办结 once held and 已完成 once concluded; overdue only while not held', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const talk = rowOf((await periodRows(env, o, 0)).rows, o.villageId, '廉政谈话');
    const interviewId = await planTalkInStore(env, o, talk);
    const late = day(env, 60);
    expect(consequenceRowsByIds(env.db, [talk.id], late)[0]).toMatchObject({ state: '待谈话', overdue: true });
    env.db.prepare("UPDATE interviews SET status = '待办结' WHERE id = ?").run(interviewId);
    expect(consequenceRowsByIds(env.db, [talk.id], late)[0]).toMatchObject({ state: '待办结', open: true, overdue: false, interview: { status: '待办结' } });
    env.db.prepare("UPDATE interviews SET status = '已办结', concluded_date = ?, outcome = '了结' WHERE id = ?").run(day(env), interviewId);
    expect(consequenceRowsByIds(env.db, [talk.id], late)[0]).toMatchObject({ state: '已完成', open: false, overdue: false });
  });

  it('a 建议书 is 已送达 once its delivery is recorded; a closed one is 已关闭 whatever it made', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const advice = rowOf((await periodRows(env, o, 0)).rows, o.villageId, '预警建议书');
    const draft = await ok(env, 'docs.get', { id: advice.document?.id ?? 0 }, o.manager);
    await ok(env, 'docs.issue', { id: draft.id, version: draft.version }, o.manager);
    expect(consequenceRowsByIds(env.db, [advice.id], day(env))[0]).toMatchObject({ state: '已印发', open: true, delivered: null });
    expect(recordConsequenceDelivery(env.db, advice.id, day(env), '签收')).toBe(true);
    expect(consequenceRowsByIds(env.db, [advice.id], day(env))[0]).toMatchObject({ state: '已送达', delivered: { date: day(env), note: '签收' } });
    expect(closeConsequence(env.db, advice.id, BY)).toBe(true);
    expect(recordConsequenceDelivery(env.db, advice.id, day(env), '再次')).toBe(false);
    expect(consequenceRowsByIds(env.db, [advice.id], day(env))[0]).toMatchObject({ state: '已关闭', open: false, closed: { reason: '测试关闭', byName: '测试' } });
  });
});
