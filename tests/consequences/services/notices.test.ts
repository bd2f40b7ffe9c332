// 拟制预警告知书 (consequences.draftNotice): the draft made from the unit's published quarter — one
// problem per line that points at something to fix, each naming its records (a substantiated tip by
// its number, never its reporter) — linked to the consequence; refused with where it is when it was
// drafted already; then issued through rect.issueWarning into one item per problem.
import { describe, expect, it } from 'vitest';
import { noticeLines } from '../../../shared/consequences/index.ts';
import { CONSEQUENCE_SOURCE } from '../../../shared/documents/index.ts';
import type { UnitQuarterScore } from '../../../shared/integrity/index.ts';
import { DEFAULT_NOTICE_REQUIREMENTS } from '../../../shared/consequences/noticeDraft.ts';
import { writeSetting } from '../../../db/repos/settings/settings.ts';
import { fingerprint, ok, send } from '../../helpers/services.ts';
import { addTip, fullChecklists, VILLAGE_ITEMS } from '../../integrity/services/facts.ts';
import { INDEX_YEAR, consequenceEachTest, publishQuarter, publishYear, quarterFacts } from '../office.ts';
import { day, periodRows, refusal, rowOf } from './kit.ts';

const Y = INDEX_YEAR;
const t = consequenceEachTest();

/** The unit's result in the publication, as stored. */
function storedResult(publicationId: number, unitId: number): UnitQuarterScore {
  const row = t.env.db.prepare('SELECT result FROM index_results WHERE publication_id = ? AND unit_id = ?').get(publicationId, unitId) as { result: string };
  return JSON.parse(row.result) as UnitQuarterScore;
}

function noticeEntries(): Array<{ op: string; subject: string; summary: Record<string, unknown> }> {
  return (t.env.db.prepare("SELECT op, subject, summary FROM audit WHERE entity = 'index-consequence' AND op = 'consequences.draftNotice' ORDER BY id").all() as Array<{ op: string; subject: string; summary: string }>)
    .map((e) => ({ ...e, summary: JSON.parse(e.summary) as Record<string, unknown> }));
}

/** A tip about the unit concluded 查实 in the quarter, with a named reporter. */
function substantiatedTip(unitId: number, reporter: string): { id: number; number: string } {
  const id = addTip(t.env.db, { result: '查实', concludedDate: `${Y}-08-03`, unitIds: [unitId] });
  t.env.db.prepare("UPDATE tips SET mode = '实名', reporter_name = ?, reporter_phone = '13900001111', reporter_address = '东街8号' WHERE id = ?").run(reporter, id);
  return t.env.db.prepare('SELECT id, number FROM tips WHERE id = ?').get(id) as { id: number; number: string };
}

describe('a 预警告知书 drafted from a red quarter', () => {
  it('lists each control point 未落实 as a problem with its record, filed under a category of the office', async () => {
    const { env, o } = t;
    const pub = await publishQuarter(env, o, 3);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    const doc = await ok(env, 'consequences.draftNotice', { id: row.id }, o.manager);
    if (doc.kind !== 'warning') throw new Error('not a 预警告知书');
    expect(doc.status).toBe('草稿');
    expect(doc.source).toEqual({ type: CONSEQUENCE_SOURCE, id: row.id, label: `${Y}年第3季度廉情指数 ${row.unitName}` });
    const f = doc.fields;
    expect(f.title).toBe(`关于${row.unitName}${Y}年第3季度廉情预警的告知书`);
    expect(f.recipients).toBe(row.unitName);
    expect(f.unitId).toBe(o.villageId);
    expect(f.intro).toContain(`你单位${Y}年第3季度廉情指数为60.00分，预警颜色为红色`);
    expect(f.intro).toContain('预警依据：红色（60.00分）');
    expect(f.requirements).toBe(DEFAULT_NOTICE_REQUIREMENTS);
    expect(f.date).toBe(day(env));
    expect(f.deadline).toBe(day(env, 30));
    const lines = noticeLines(storedResult(pub.id, o.villageId));
    expect(lines).toHaveLength(VILLAGE_ITEMS.length);
    expect(f.problems.map((p) => p.line?.key)).toEqual(lines.map((l) => l.key));
    expect(f.problems[0]?.text).toBe(`三重一大集体决策：未落实，10分×0% = 0分（依据：控制性检查 ${Y}年第3季度 三重一大集体决策）`);
    expect(f.problems.map((p) => p.category)).toEqual(['制度执行', '三资管理', '工程项目', '制度执行', '作风纪律']);
    expect(f.problems.every((p) => p.tipId === undefined)).toBe(true);

    const detail = await ok(env, 'consequences.get', { id: row.id }, o.readonly);
    expect(detail).toMatchObject({ state: '草稿', document: { id: doc.id, number: null, title: f.title, status: '草稿' } });
    expect(noticeEntries()).toEqual([{
      op: 'consequences.draftNotice', subject: `${row.unitName} ${Y}年第3季度预警告知书`,
      summary: { period: `${Y}年第3季度`, unit: row.unitName, kind: '预警告知书', basis: '红色（60.00分）', document: f.title, problems: 5 },
    }]);
  });

  it('drafts a found problem of a green unit: the supervision finding with its record', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 3);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.otherVillageId, '预警告知书');
    const doc = await ok(env, 'consequences.draftNotice', { id: row.id }, o.handler);
    if (doc.kind !== 'warning') throw new Error('not a 预警告知书');
    expect(doc.fields.intro).toMatch(/廉情指数为\d+\.\d\d分，预警颜色为绿色。预警依据：监督发现问题1项。/);
    expect(doc.fields.problems).toHaveLength(1);
    const [p] = doc.fields.problems;
    expect(p?.text).toBe('审计发现问题（2026-08-10）：发现问题，扣1分（依据：监督发现 审计 2026-08-10）');
    expect(p?.line?.records.map((r) => r.kind)).toEqual(['监督发现']);
    expect(p?.category).toBe('其他');
  });

  it('takes a substantiated tip by its number, links the tip, and never names its reporter', async () => {
    const { env, o } = t;
    const tip = substantiatedTip(o.villageId, '举报人钱多多');
    await publishQuarter(env, o, 3, false);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    expect(row.basis).toMatch(/^红色（\d+\.\d\d分）；查实信访件1件$/);
    const doc = await ok(env, 'consequences.draftNotice', { id: row.id }, o.manager);
    if (doc.kind !== 'warning') throw new Error('not a 预警告知书');
    const fromTip = doc.fields.problems.find((p) => p.tipId !== undefined);
    expect(fromTip).toMatchObject({ tipId: tip.id, line: { key: `participation.tip:${tip.id}`, records: [{ kind: '信访件', id: tip.id, label: tip.number }] } });
    expect(fromTip?.text).toContain(`（依据：信访件 ${tip.number}）`);
    const everything = JSON.stringify([doc, env.db.prepare("SELECT summary FROM audit WHERE op = 'consequences.draftNotice'").all()]);
    for (const secret of ['钱多多', '13900001111', '东街8号']) expect(everything).not.toContain(secret);
  });

  it('states the red result and its parts when no line points at something to fix', async () => {
    const { env, o } = t;
    fullChecklists(env.db, Y, 3);
    env.db.prepare('DELETE FROM index_checks WHERE unit_id = ? AND year = ? AND quarter = 3').run(o.villageId, Y);
    await ok(env, 'integrity.publish', { year: Y, quarter: 3, confirmMissing: true }, o.manager);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    const doc = await ok(env, 'consequences.draftNotice', { id: row.id }, o.manager);
    if (doc.kind !== 'warning') throw new Error('not a 预警告知书');
    expect(doc.fields.problems).toHaveLength(1);
    expect(doc.fields.problems[0]?.text).toMatch(/^2026年第3季度廉情指数为60\.00分，预警颜色为红色；其中控制性0\.00分、主体性\d+\.\d\d分、绩效\d+\.\d\d分、激励性\d+\.\d\d分、廉勤性\d+\.\d\d分。/);
    expect(doc.fields.problems[0]?.line).toBeUndefined();
    expect(doc.fields.problems[0]?.category).toBe('其他');
  });

  it('files a problem under the office’s first category when the mapped one is not in its list', async () => {
    const { env, o } = t;
    writeSetting(env.db, 'rectCategories', ['村级事务', '财务']);
    await publishQuarter(env, o, 3);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    const doc = await ok(env, 'consequences.draftNotice', { id: row.id }, o.manager);
    if (doc.kind !== 'warning') throw new Error('not a 预警告知书');
    expect(new Set(doc.fields.problems.map((p) => p.category))).toEqual(new Set(['村级事务']));
  });
});

describe('refusals', () => {
  it('says where the draft is when asked again, and changes nothing', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 3);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    await ok(env, 'consequences.draftNotice', { id: row.id }, o.manager);
    const before = fingerprint(env.db);
    expect(refusal(await send(env, 'consequences.draftNotice', { id: row.id }, o.handler))).toMatchObject({ code: 'CONFLICT', message: '已拟制预警告知书草稿，请在发文登记中修改' });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('refuses a consequence of another kind, a closed one, an unknown one and a role that does not draft', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const year = await periodRows(env, o, 0);
    const advice = rowOf(year.rows, o.villageId, '预警建议书');
    expect(refusal(await send(env, 'consequences.draftNotice', { id: advice.id }, o.manager))).toMatchObject({ code: 'VALIDATION', message: '该预警事项是预警建议书，不能拟制预警告知书。' });
    const q = rowOf((await periodRows(env, o, 4)).rows, o.villageId, '预警告知书');
    await ok(env, 'consequences.close', { id: q.id, reason: '已在年度建议书中一并提出' }, o.leader);
    expect(refusal(await send(env, 'consequences.draftNotice', { id: q.id }, o.manager))).toMatchObject({
      code: 'CONFLICT', message: '该预警事项已关闭（已在年度建议书中一并提出），不能再拟制预警告知书。',
    });
    expect(refusal(await send(env, 'consequences.draftNotice', { id: 99_999 }, o.manager))).toMatchObject({ code: 'NOT_FOUND' });
    const other = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    expect(refusal(await send(env, 'consequences.draftNotice', { id: other.id }, o.clerk)).code).toBe('FORBIDDEN');
    expect(refusal(await send(env, 'consequences.draftNotice', { id: other.id }, o.readonly)).code).toBe('FORBIDDEN');
    expect((await ok(env, 'consequences.get', { id: other.id }, o.readonly)).document).toBeNull();
  });

  it('refuses a unit no longer in the registry’s normal state, with the documents’ message', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 3);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    env.db.prepare("UPDATE units SET status = '已撤销' WHERE id = ?").run(o.villageId);
    const r = refusal(await send(env, 'consequences.draftNotice', { id: row.id }, o.manager));
    expect(r.code).toBe('VALIDATION');
    expect(r.message).toContain('已撤销');
    expect((await ok(env, 'consequences.get', { id: row.id }, o.readonly)).state).toBe('待拟制');
  });
});

describe('the whole path', () => {
  it('draftNotice → rect.issueWarning: one item per problem, in order, linked to the notice; the consequence is 整改中', async () => {
    const { env, o } = t;
    const tip = substantiatedTip(o.villageId, '举报人孙某');
    quarterFacts(env, o, 3);
    await ok(env, 'integrity.publish', { year: Y, quarter: 3 }, o.manager);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    const draft = await ok(env, 'consequences.draftNotice', { id: row.id }, o.manager);
    if (draft.kind !== 'warning') throw new Error('not a 预警告知书');
    const issued = await ok(env, 'rect.issueWarning', { id: draft.id, version: draft.version }, o.manager);
    expect(issued.number).toMatch(/预告〔2027〕1号$/);
    const notice = await ok(env, 'rect.notice', { documentId: issued.id }, o.manager);
    expect(notice.items.map((i) => i.problem)).toEqual(draft.fields.problems.map((p) => p.text));
    expect(notice.items.map((i) => i.category)).toEqual(draft.fields.problems.map((p) => p.category));
    const tipItem = notice.items.find((i) => i.problem.includes(tip.number));
    const item = await ok(env, 'rect.get', { id: tipItem?.id ?? 0 }, o.manager);
    expect(item).toMatchObject({ source: '预警告知书', sourceDocument: { id: issued.id, number: issued.number }, sourceTip: { id: tip.id, number: tip.number } });
    const detail = await ok(env, 'consequences.get', { id: row.id }, o.readonly);
    expect(detail).toMatchObject({
      state: '整改中', open: true, dueDate: draft.fields.deadline,
      document: { id: issued.id, number: issued.number, status: '已印发' },
      items: { total: draft.fields.problems.length, closed: 0, overdue: 0 },
    });
  });
});
