// 查看预警来源 (consequences.trace): from a rectification item, a talk or a 公文 a consequence made
// back to the consequence, the result's lines behind it (as consequences.get gives them) and, for an
// item, the score line its problem was drafted from; null for a record no consequence made.
import { describe, expect, it } from 'vitest';
import { ok, send } from '../../helpers/services.ts';
import { draftNotice as draftPlainNotice } from '../../helpers/documents.ts';
import { INDEX_YEAR, consequenceEachTest, publishQuarter, publishYear } from '../office.ts';
import { day, periodRows, refusal, rowOf } from './kit.ts';

const Y = INDEX_YEAR;
const t = consequenceEachTest();

/** The red village's notice drafted by its consequence and issued: the consequence, the draft and the issued notice. */
async function issuedNotice() {
  const { env, o } = t;
  await publishQuarter(env, o, 3);
  const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
  const draft = await ok(env, 'consequences.draftNotice', { id: row.id }, o.manager);
  if (draft.kind !== 'warning') throw new Error('not a 预警告知书');
  const issued = await ok(env, 'rect.issueWarning', { id: draft.id, version: draft.version }, o.manager);
  const notice = await ok(env, 'rect.notice', { documentId: issued.id }, o.manager);
  return { row, draft, issued, items: notice.items };
}

describe('from a rectification item', () => {
  it('finds the consequence, its lines, and the line of the item’s own problem', async () => {
    const { env, o } = t;
    const { row, draft, items } = await issuedNotice();
    const detail = await ok(env, 'consequences.get', { id: row.id }, o.readonly);
    expect(items).toHaveLength(draft.fields.problems.length);
    for (const [i, item] of items.entries()) {
      const trace = await ok(env, 'consequences.trace', { rectItemId: item.id }, o.readonly);
      expect(trace?.consequence).toMatchObject({ id: row.id, kind: '预警告知书', unitId: o.villageId, state: '整改中', periodLabel: `${Y}年第3季度` });
      expect(trace?.lines).toEqual(detail.lines);
      expect(trace?.line?.key).toBe(draft.fields.problems[i]?.line?.key);
      expect(trace?.line?.records).toEqual(draft.fields.problems[i]?.line?.records);
    }
    // The row as consequences.get gives it (no detail's extras).
    const first = await ok(env, 'consequences.trace', { rectItemId: items[0]?.id ?? 0 }, o.readonly);
    expect(Object.keys(first?.consequence ?? {})).not.toContain('lines');
    expect(first?.line?.text).toMatch(/^三重一大集体决策：未落实/);
  });

  it('still finds them through a correction of the notice, and answers no line for a problem the clerk wrote', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 3);
    const row = rowOf((await periodRows(env, o, 3)).rows, o.villageId, '预警告知书');
    const draft = await ok(env, 'consequences.draftNotice', { id: row.id }, o.manager);
    if (draft.kind !== 'warning') throw new Error('not a 预警告知书');
    // The clerk adds a problem of their own before issuing.
    const fields = { ...draft.fields, problems: [...draft.fields.problems, { text: '村务监督委员会未按期开展工作', category: '制度执行' }] };
    const edited = await ok(env, 'docs.updateDraft', { id: draft.id, version: draft.version, kind: 'warning', fields }, o.manager);
    const issued = await ok(env, 'rect.issueWarning', { id: edited.id, version: edited.version }, o.manager);
    const correction = await ok(env, 'docs.createDraft', { kind: 'warning', fields: { ...fields, requirements: '请于三十日内整改。' }, replacesId: issued.id }, o.manager);
    const corrected = await ok(env, 'rect.issueWarning', { id: correction.id, version: correction.version }, o.manager);
    const byCorrection = await ok(env, 'consequences.trace', { documentId: corrected.id }, o.readonly);
    expect(byCorrection).toMatchObject({ consequence: { id: row.id }, line: null });
    const items = (await ok(env, 'rect.notice', { documentId: corrected.id }, o.manager)).items;
    const own = items.at(-1);
    expect(own?.problem).toBe('村务监督委员会未按期开展工作');
    expect(await ok(env, 'consequences.trace', { rectItemId: own?.id ?? 0 }, o.readonly)).toMatchObject({ consequence: { id: row.id }, line: null });
  });

  it('answers null for an item no consequence made', async () => {
    const { env, o } = t;
    const made = await ok(env, 'rect.create', {
      source: '专项检查', sourceRef: '2026年专项检查', items: [{ unitId: o.villageId, problem: '台账不全', category: '三资管理', deadline: day(env, 30) }],
    }, o.handler);
    expect(await ok(env, 'consequences.trace', { rectItemId: made[0]?.id ?? 0 }, o.readonly)).toBeNull();
    expect(refusal(await send(env, 'consequences.trace', { rectItemId: 99_999 }, o.readonly)).code).toBe('NOT_FOUND');
  });
});

describe('from a talk or a 公文', () => {
  it('finds the 廉政谈话’s consequence from its talk, and the 建议书’s from its draft', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const page = await periodRows(env, o, 0);
    const talkRow = rowOf(page.rows, o.villageId, '廉政谈话');
    const planned = await ok(env, 'consequences.planTalk', {
      id: talkRow.id, personId: o.chiefId, plannedDate: day(env, 7), interviewerIds: [o.handlerId, o.checkerId],
    }, o.handler);
    const byTalk = await ok(env, 'consequences.trace', { interviewId: planned.interview?.id ?? 0 }, o.readonly);
    expect(byTalk).toEqual({ consequence: expect.objectContaining({ id: talkRow.id, kind: '廉政谈话', grade: 'C', state: '待谈话' }), line: null, lines: [] });
    const advice = rowOf(page.rows, o.villageId, '预警建议书');
    const detail = await ok(env, 'consequences.get', { id: advice.id }, o.readonly);
    const byDoc = await ok(env, 'consequences.trace', { documentId: advice.document?.id ?? 0 }, o.readonly);
    expect(byDoc).toMatchObject({ consequence: { id: advice.id, kind: '预警建议书' }, line: null });
    expect(byDoc?.lines).toEqual(detail.lines);
    expect(byDoc?.lines.length).toBeGreaterThan(0);
  });

  it('answers null for a talk or a 公文 no consequence made, NOT_FOUND for none at all', async () => {
    const { env, o } = t;
    const talk = await ok(env, 'interviews.create', {
      kind: '谈话', talkType: '提醒谈话', personId: o.staffId, cause: { kind: '其他', text: '工作作风' }, plannedDate: day(env, 3), interviewerIds: [o.handlerId, o.checkerId],
    }, o.handler);
    expect(await ok(env, 'consequences.trace', { interviewId: talk.id }, o.readonly)).toBeNull();
    const notice = await draftPlainNotice(env, o.handler);
    expect(await ok(env, 'consequences.trace', { documentId: notice.id }, o.readonly)).toBeNull();
    expect(refusal(await send(env, 'consequences.trace', { interviewId: 99_999 }, o.readonly)).code).toBe('NOT_FOUND');
    expect(refusal(await send(env, 'consequences.trace', { documentId: 99_999 }, o.readonly)).code).toBe('NOT_FOUND');
  });

  it('asks for exactly one record', async () => {
    const { env, o } = t;
    expect(refusal(await send(env, 'consequences.trace', {}, o.readonly))).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('请指定一条整改事项、谈话或公文') });
    expect(refusal(await send(env, 'consequences.trace', { rectItemId: 1, interviewId: 1 }, o.readonly)).code).toBe('VALIDATION');
  });
});
