// Publishing writes what the result calls for, in the publish's transaction: a quarter's 预警告知书
// for the 红 village and for the other village's finding; the year's 预警建议书 drafts for every
// unit (filled from the template per grade), the C village's 廉政谈话 with its due date and its
// 不得评先评优 list with its responsible people, the A units on 可参与优秀班子评定; republishing
// carries what is not closed instead of writing it again, and the page marks what no longer matches.
import { describe, expect, it } from 'vitest';
import { CONSEQUENCE_SOURCE } from '../../../shared/documents/index.ts';
import { fingerprint, ok } from '../../helpers/services.ts';
import { dispatchLocal } from '../../../electron/services/dispatch.ts';
import { fullChecklists, setCheck, VILLAGE_ITEMS } from '../../integrity/services/facts.ts';
import { INDEX_YEAR, consequenceEachTest, publishQuarter, publishYear } from '../office.ts';
import { day, periodRows, rowOf } from './kit.ts';

const Y = INDEX_YEAR;
const t = consequenceEachTest();

function auditOf(env: typeof t.env, entity: string): Array<{ op: string; subject: string | null; summary: Record<string, unknown> }> {
  return (env.db.prepare('SELECT op, subject, summary FROM audit WHERE entity = ? ORDER BY id').all(entity) as Array<{ op: string; subject: string | null; summary: string }>)
    .map((e) => ({ ...e, summary: JSON.parse(e.summary) as Record<string, unknown> }));
}

describe('a quarter published', () => {
  it('calls for a 预警告知书 for the 红 village and for the village with a finding, nothing for the others', async () => {
    const { env, o } = t;
    const pub = await publishQuarter(env, o, 3);
    const page = await periodRows(env, o, 3);
    expect(page.publication?.id).toBe(pub.id);
    expect(page.total).toBe(2);
    const red = rowOf(page.rows, o.villageId, '预警告知书');
    expect(red).toMatchObject({
      publicationId: pub.id, periodLabel: `${Y}年第3季度`, basis: '红色（60.00分）', colour: '红', score: 6000, grade: null,
      state: '待拟制', open: true, document: null, items: null, dueDate: null, overdue: false, stale: null, closed: null, repeatRed: null,
    });
    expect(rowOf(page.rows, o.otherVillageId, '预警告知书')).toMatchObject({ basis: '监督发现问题1项', colour: '绿', state: '待拟制' });
    expect(page.counts).toEqual([{ kind: '预警告知书', total: 2, open: 2, overdue: 0, stale: 0 }]);
    const entries = auditOf(env, 'index-consequence');
    expect(entries).toEqual([{ op: 'integrity.publish', subject: `${Y}年第3季度`, summary: { period: `${Y}年第3季度`, consequences: '预警告知书 2' } }]);
  });

  it('writes nothing, and no entry, when no unit is 红 or has a found problem', async () => {
    const { env, o } = t;
    fullChecklists(env.db, Y, 2);
    await ok(env, 'integrity.publish', { year: Y, quarter: 2 }, o.manager);
    const again = await periodRows(env, o, 2);
    expect(again.total).toBe(0);
    expect(again.counts).toEqual([]);
    expect(auditOf(env, 'index-consequence')).toEqual([]);
  });
});

describe('the year published', () => {
  it('drafts a 预警建议书 for every unit from the template of its grade, naming its quarters and weak points', async () => {
    const { env, o } = t;
    const pub = await publishYear(env, o);
    const page = await periodRows(env, o, 0, { kind: '预警建议书' });
    expect(page.total).toBe(6);
    for (const row of page.rows) {
      expect(row).toMatchObject({ publicationId: pub.id, state: '草稿', open: true, document: { number: null, title: `${Y}年度廉情预警建议书`, status: '草稿' } });
      const doc = await ok(env, 'docs.get', { id: row.document?.id ?? 0 }, o.manager);
      expect(doc.source).toMatchObject({ type: CONSEQUENCE_SOURCE, id: row.id });
      if (doc.kind !== 'advice') throw new Error('not a 建议书');
      expect(doc.fields).toMatchObject({ unitId: row.unitId, recipients: row.unitName, date: day(env), copyTo: '' });
    }
    const village = rowOf(page.rows, o.villageId, '预警建议书');
    expect(village).toMatchObject({ basis: 'C级（60.00分）', grade: 'C', score: 6000 });
    const doc = await ok(env, 'docs.get', { id: village.document?.id ?? 0 }, o.manager);
    if (doc.kind !== 'advice') throw new Error('not a 建议书');
    const body = doc.fields.body;
    expect(body).toContain(`${village.unitName}${Y}年度廉情指数为60.00分，评定为C级`);
    expect(body).toContain('第一季度红色（60.00分）、第二季度红色（60.00分）、第三季度红色（60.00分）、第四季度红色（60.00分）');
    expect(body).toContain('（一）控制性：三重一大集体决策未落实（第1、2、3、4季度）；');
    expect(body).toContain(`相关责任人不得参加${Y}年度评先评优`);
    expect(body).not.toMatch(/\{[^{}]+\}/);
    const other = await ok(env, 'docs.get', { id: rowOf(page.rows, o.otherVillageId, '预警建议书').document?.id ?? 0 }, o.manager);
    if (other.kind !== 'advice') throw new Error('not a 建议书');
    expect(other.fields.body).toContain('评定为A级');
    expect(other.fields.body).toMatch(/（一）主体性：审计\S*发现问题4项（第1、2、3、4季度）。/);
    expect(other.fields.body).toContain(`可参与${Y}年度党风廉政建设责任制优秀班子评定`);
    const town = page.rows.find((r) => r.unitId !== o.villageId && r.unitId !== o.otherVillageId);
    const townDoc = await ok(env, 'docs.get', { id: town?.document?.id ?? 0 }, o.manager);
    if (townDoc.kind !== 'advice') throw new Error('not a 建议书');
    expect(townDoc.fields.body).toContain('各项指标未发现明显薄弱环节。');
  });

  it('plans nothing but a due date for the C village’s 廉政谈话, lists its responsible people, and the A units', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const page = await periodRows(env, o, 0);
    expect(page.total).toBe(13);
    expect(page.counts).toEqual([
      { kind: '预警建议书', total: 6, open: 6, overdue: 0, stale: 0 },
      { kind: '廉政谈话', total: 1, open: 1, overdue: 0, stale: 0 },
      { kind: '不得评先评优', total: 1, open: 0, overdue: 0, stale: 0 },
      { kind: '可参与优秀班子评定', total: 5, open: 0, overdue: 0, stale: 0 },
    ]);
    const talk = rowOf(page.rows, o.villageId, '廉政谈话');
    // Published on the test clock's day (2027-01-15 in the office's zone), due 30 days later.
    expect(talk).toMatchObject({ state: '待安排', open: true, dueDate: day(env, 30), interview: null, leaderMissing: false, overdue: false });
    const list = rowOf(page.rows, o.villageId, '不得评先评优');
    expect(list).toMatchObject({ state: '已列入', open: false, persons: 2 });
    const detail = await ok(env, 'consequences.get', { id: list.id }, o.readonly);
    expect(detail.people.map((p) => [p.personId === o.chiefId ? 'chief' : p.category, p.basis, p.removed])).toEqual([
      ['chief', '发布时登记的主要负责人', null],
      ['班子成员', '发布时登记的班子成员', null],
    ]);
    expect(detail.quarters).toEqual(['红', '红', '红', '红']);
    const award = page.rows.filter((r) => r.kind === '可参与优秀班子评定');
    expect(award.map((r) => r.unitId)).not.toContain(o.villageId);
    expect(award.every((r) => r.grade === 'A' && r.persons === 0)).toBe(true);
    const entries = auditOf(env, 'index-consequence');
    expect(entries.at(-1)).toEqual({
      op: 'integrity.publish', subject: `${Y}年度`,
      summary: { period: `${Y}年度`, consequences: '预警建议书 6、廉政谈话 1、不得评先评优 1、可参与优秀班子评定 5' },
    });
    expect(auditOf(env, 'document').filter((e) => e.op === 'integrity.publish')).toHaveLength(6);
  });

  it('refuses the year from the command line (a 建议书 draft has its 拟稿人), publishing nothing', async () => {
    const { env, o } = t;
    for (const q of [1, 2, 3, 4]) await publishQuarter(env, o, q);
    const before = fingerprint(env.db);
    const r = await dispatchLocal(env.ctx, 'integrity.publish', { year: Y, quarter: 0 }, '（命令行）');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe(`发布${Y}年度时要为每个单位拟制预警建议书草稿，须由用户登录应用后发布；命令行只能发布季度。`);
    expect(fingerprint(env.db)).toBe(before);
  });

  it('takes the people on the list, the talk’s days and the 建议书’s wording from the settings', async () => {
    const { env, o } = t;
    const settings = await ok(env, 'settings.get', {}, o.admin);
    await ok(env, 'settings.update', {
      ...settings, noAwardCategories: ['主要负责人'], consequenceTalkDays: 10, adviceTemplateC: '{单位}{年度}年度为{等级}级（{廉情指数}分），{下一年度}年度整改。{未知}',
    }, o.admin);
    await publishYear(env, o);
    const page = await periodRows(env, o, 0);
    expect(rowOf(page.rows, o.villageId, '不得评先评优').persons).toBe(1);
    expect(rowOf(page.rows, o.villageId, '廉政谈话').dueDate).toBe(day(env, 10));
    const advice = rowOf(page.rows, o.villageId, '预警建议书');
    const doc = await ok(env, 'docs.get', { id: advice.document?.id ?? 0 }, o.manager);
    if (doc.kind !== 'advice') throw new Error('not a 建议书');
    expect(doc.fields.body).toBe(`${advice.unitName}${Y}年度为C级（60.00分），${Y + 1}年度整改。{未知}`);
  });

  it('closes at once, saying why, the 建议书 of a unit 已撤销 since (no 公文 goes to a unit that is gone)', async () => {
    const { env, o } = t;
    for (const quarter of [1, 2, 3, 4]) await publishQuarter(env, o, quarter);
    env.db.prepare("UPDATE units SET status = '已撤销', revoked_date = ? WHERE id = ?").run(`${Y}-12-20`, o.otherVillageId);
    await ok(env, 'integrity.publish', { year: Y, quarter: 0 }, o.manager);
    const page = await periodRows(env, o, 0, { kind: '预警建议书' });
    expect(page.total).toBe(6);
    const gone = rowOf(page.rows, o.otherVillageId, '预警建议书');
    expect(gone).toMatchObject({ state: '已关闭', document: null, closed: { reason: `发布时${gone.unitName}已撤销，不再发预警建议书。` } });
    expect(page.rows.filter((r) => r.document !== null)).toHaveLength(5);
    expect(auditOf(env, 'index-consequence').at(-1)?.summary.consequences).toBe('预警建议书 6（其中1个单位已撤销，已关闭）、廉政谈话 1、不得评先评优 1、可参与优秀班子评定 5');
  });
});

describe('republishing', () => {
  it('carries what was called for instead of writing it again, and marks what no longer matches', async () => {
    const { env, o } = t;
    const first = await publishQuarter(env, o, 3);
    for (const key of VILLAGE_ITEMS) setCheck(env.db, o.villageId, Y, 3, key, '落实');
    const second = await ok(env, 'integrity.publish', { year: Y, quarter: 3, reason: '检查结果更正' }, o.manager);
    const page = await periodRows(env, o, 3);
    expect(page.publication?.id).toBe(second.id);
    expect(page.total).toBe(2);
    const red = rowOf(page.rows, o.villageId, '预警告知书');
    expect(red.publicationId).toBe(first.id);
    expect(red.stale).toBe('重新发布后为绿色（100.00分）且无查实问题，不再需要预警告知书');
    expect(rowOf(page.rows, o.otherVillageId, '预警告知书')).toMatchObject({ publicationId: first.id, stale: null });
    expect(page.counts).toEqual([{ kind: '预警告知书', total: 2, open: 2, overdue: 0, stale: 1 }]);
    const stale = await periodRows(env, o, 3, { filter: '与结果不符' });
    expect(stale.rows.map((r) => r.id)).toEqual([red.id]);
    expect(stale.total).toBe(1);
    // Nothing new, so no entry of consequences for the second publication.
    expect(auditOf(env, 'index-consequence')).toHaveLength(1);

    // Closed, it is finished (not marked); 红 again, a new one is called for.
    await ok(env, 'consequences.close', { id: red.id, reason: '重新发布后已不再需要' }, o.manager);
    for (const key of VILLAGE_ITEMS) setCheck(env.db, o.villageId, Y, 3, key, '未落实');
    const third = await ok(env, 'integrity.publish', { year: Y, quarter: 3, reason: '再次更正' }, o.manager);
    const after = await periodRows(env, o, 3);
    expect(after.total).toBe(3);
    const reds = after.rows.filter((r) => r.unitId === o.villageId);
    expect(reds.map((r) => [r.publicationId, r.state, r.stale])).toEqual(
      expect.arrayContaining([[first.id, '已关闭', null], [third.id, '待拟制', null]]),
    );
    expect((await periodRows(env, o, 3, { filter: '与结果不符' })).total).toBe(0);
  });

  it('keeps the year’s 建议书 drafts and lists when the year is republished; a grade changed marks the C ones and calls for a 建议书 of the new grade', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    for (const q of [1, 2, 3, 4]) {
      for (const key of VILLAGE_ITEMS) setCheck(env.db, o.villageId, Y, q, key, '落实');
      await ok(env, 'integrity.publish', { year: Y, quarter: q, reason: '检查结果更正' }, o.manager);
    }
    await ok(env, 'integrity.publish', { year: Y, quarter: 0, reason: '季度重新发布' }, o.manager);
    const page = await periodRows(env, o, 0);
    // 6 建议书 + talk + no-awards list kept; the village now A: its 可参与 written anew (5 + 1), and a
    // 建议书 worded for A (the one worded for C no longer matches).
    expect(page.total).toBe(15);
    expect(page.rows.filter((r) => r.kind === '预警建议书')).toHaveLength(7);
    expect(rowOf(page.rows, o.villageId, '廉政谈话').stale).toBe('重新发布后为A级（100.00分），不再需要廉政谈话');
    expect(rowOf(page.rows, o.villageId, '不得评先评优').stale).toBe('重新发布后为A级（100.00分），不再需要不得评先评优');
    const advice = page.rows.filter((r) => r.unitId === o.villageId && r.kind === '预警建议书');
    expect(advice.map((r) => [r.grade, r.state, r.stale])).toEqual(
      expect.arrayContaining([['C', '草稿', '重新发布后为A级（100.00分），该建议书按C级拟制，请更正或关闭'], ['A', '草稿', null]]),
    );
    expect(advice).toHaveLength(2);
    const others = page.rows.filter((r) => r.unitId !== o.villageId && r.kind === '预警建议书');
    expect(others.every((r) => r.stale === null)).toBe(true);
    expect(page.counts.find((c) => c.kind === '预警建议书')).toMatchObject({ total: 7, stale: 1 });
    expect(page.counts.find((c) => c.kind === '可参与优秀班子评定')).toMatchObject({ total: 6, stale: 0 });
  });
});
