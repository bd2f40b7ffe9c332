// The period's page and a consequence: filters, search and paging; where each stands as what it
// made moves on (a notice drafted and issued, its items overdue; a 红 village again while earlier
// items are open; a talk due; a unit without its 主要负责人); a unit's consequences of a year; the
// lines behind a notice and a 建议书.
import { describe, expect, it } from 'vitest';
import { ok, send } from '../../helpers/services.ts';
import { INDEX_YEAR, consequenceEachTest, publishQuarter, publishYear } from '../office.ts';
import { day, issueNotice, later, periodRows, planTalkInStore, rowOf } from './kit.ts';
import { setConsequenceDocument } from '../../../db/repos/consequences/consequences.ts';

const Y = INDEX_YEAR;
const t = consequenceEachTest();

describe('consequences.period', () => {
  it('pages the period in the order of the kinds, then the units’ names', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const all = await periodRows(env, o, 0);
    expect(all.rows.map((r) => r.kind)).toEqual([
      ...Array<string>(6).fill('预警建议书'), '廉政谈话', '不得评先评优', ...Array<string>(5).fill('可参与优秀班子评定'),
    ]);
    const pages = [0, 1, 2].map((page) => ok(env, 'consequences.period', { year: Y, quarter: 0, page, pageSize: 5 }, o.readonly));
    const got = await Promise.all(pages);
    expect(got.map((p) => p.total)).toEqual([13, 13, 13]);
    expect(got.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all.rows.map((r) => r.id));
    const desc = await periodRows(env, o, 0, { sortDir: 'desc' });
    expect(desc.rows.map((r) => r.id)).toEqual([...all.rows.map((r) => r.id)].reverse());
  });

  it('filters by kind, by where each stands, and searches the unit’s name', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const ids = async (extra: Record<string, unknown>) => (await periodRows(env, o, 0, extra)).rows.map((r) => `${r.unitName}:${r.kind}`).sort();
    expect(await ids({ kind: '廉政谈话' })).toEqual(['城关东村:廉政谈话']);
    expect(await ids({ q: '城关东' })).toEqual(['城关东村:不得评先评优', '城关东村:廉政谈话', '城关东村:预警建议书']);
    expect((await periodRows(env, o, 0, { q: '东村', kind: '预警建议书' })).total).toBe(2);
    expect((await periodRows(env, o, 0, { filter: '未完成' })).total).toBe(7);
    expect((await periodRows(env, o, 0, { filter: '已完成' })).total).toBe(6);
    expect((await periodRows(env, o, 0, { filter: '逾期' })).total).toBe(0);
    expect((await periodRows(env, o, 0, { filter: '已关闭' })).total).toBe(0);

    // A month on, the talk not planned is overdue.
    const then = await later(env, o, 31);
    const overdue = await periodRows(env, then, 0, { filter: '逾期' });
    expect(overdue.rows.map((r) => [r.kind, r.overdue, r.state])).toEqual([['廉政谈话', true, '待安排']]);
    expect(overdue.counts.find((c) => c.kind === '廉政谈话')).toMatchObject({ overdue: 1, open: 1 });

    const list = rowOf((await periodRows(env, then, 0)).rows, o.villageId, '不得评先评优');
    await ok(env, 'consequences.close', { id: list.id, reason: '经研究不列入' }, then.leader);
    expect((await periodRows(env, then, 0, { filter: '已关闭' })).rows.map((r) => r.id)).toEqual([list.id]);
    expect((await periodRows(env, then, 0, { filter: '已完成' })).total).toBe(5);
  });

  it('answers an unpublished period with no publication and nothing in it', async () => {
    const { env, o } = t;
    const page = await periodRows(env, o, 2);
    expect(page).toEqual({ year: Y, quarter: 2, publication: null, counts: [], rows: [], total: 0 });
  });
});

describe('where a consequence stands', () => {
  it('follows a notice from its draft to its items, overdue past their deadline', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 1);
    let row = rowOf((await periodRows(env, o, 1)).rows, o.villageId, '预警告知书');
    const doc = await issueNotice(env, o, row, 3, 10);
    row = rowOf((await periodRows(env, o, 1)).rows, o.villageId, '预警告知书');
    expect(row).toMatchObject({
      state: '整改中', open: true, dueDate: day(env, 10), overdue: false, items: { total: 3, closed: 0, overdue: 0 },
      document: { id: doc.id, number: doc.number, status: '已印发' },
    });
    const then = await later(env, o, 11);
    row = rowOf((await periodRows(env, then, 1)).rows, o.villageId, '预警告知书');
    expect(row).toMatchObject({ state: '整改中', overdue: true, items: { total: 3, closed: 0, overdue: 3 } });
  });

  it('shows a draft notice as 草稿', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 1);
    const row = rowOf((await periodRows(env, o, 1)).rows, o.otherVillageId, '预警告知书');
    const draft = await ok(env, 'docs.createDraft', {
      kind: 'warning',
      fields: {
        title: '预警告知书', unitId: row.unitId, recipients: row.unitName, intro: '经查：', problems: [{ text: '问题', category: '三资管理' }],
        requirements: '请整改。', deadline: day(env, 30), date: day(env),
      },
    }, o.manager);
    setConsequenceDocument(env.db, row.id, draft.id);
    const got = await ok(env, 'consequences.get', { id: row.id }, o.readonly);
    expect(got).toMatchObject({ state: '草稿', open: true, dueDate: null, items: null, document: { id: draft.id, number: null, status: '草稿' } });
  });

  it('flags a 红 village again while the items of its earlier notice are open, with the notice’s 文号', async () => {
    const { env, o } = t;
    await publishQuarter(env, o, 1);
    const first = rowOf((await periodRows(env, o, 1)).rows, o.villageId, '预警告知书');
    const doc = await issueNotice(env, o, first, 2);
    const then = await later(env, o, 0, 5);
    await publishQuarter(env, then, 2);
    const rows = (await periodRows(env, then, 2)).rows;
    expect(rowOf(rows, o.villageId, '预警告知书').repeatRed).toEqual({ openItems: 2, notices: [doc.number] });
    // The other village has a finding, not a 红 quarter: not flagged.
    expect(rowOf(rows, o.otherVillageId, '预警告知书').repeatRed).toBeNull();
    // The earlier notice itself is not flagged by its own items.
    expect(rowOf((await periodRows(env, then, 1)).rows, o.villageId, '预警告知书').repeatRed).toBeNull();
  });

  it('follows the talk: 待安排, then 待谈话 once planned, overdue while not held; flags a unit without one 主要负责人', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const talk = rowOf((await periodRows(env, o, 0)).rows, o.villageId, '廉政谈话');
    expect(talk).toMatchObject({ state: '待安排', leaderMissing: false });
    const interviewId = await planTalkInStore(env, o, talk);
    let got = await ok(env, 'consequences.get', { id: talk.id }, o.readonly);
    expect(got).toMatchObject({ state: '待谈话', open: true, overdue: false, interview: { id: interviewId, status: '待谈话', personName: expect.any(String) as string } });
    const then = await later(env, o, 31);
    got = await ok(env, 'consequences.get', { id: talk.id }, then.readonly);
    expect(got.overdue).toBe(true);
    env.db.prepare("UPDATE people SET status = '已离任' WHERE id = ?").run(o.chiefId);
    expect((await ok(env, 'consequences.get', { id: talk.id }, then.readonly)).leaderMissing).toBe(true);
  });
});

describe('consequences.get and consequences.ofUnit', () => {
  it('gives a notice the lines it may list and a 建议书 the year’s weak lines, each naming its quarter', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const q1 = rowOf((await periodRows(env, o, 1)).rows, o.villageId, '预警告知书');
    const notice = await ok(env, 'consequences.get', { id: q1.id }, o.readonly);
    expect(notice.lines.map((l) => l.rule)).toEqual(Array<string>(5).fill('control.item'));
    expect(notice.lines.every((l) => l.text.includes('：未落实，'))).toBe(true);
    expect(notice.quarters).toBeNull();
    expect(notice.people).toEqual([]);
    const other = await ok(env, 'consequences.get', { id: rowOf((await periodRows(env, o, 1)).rows, o.otherVillageId, '预警告知书').id }, o.readonly);
    expect(other.lines.map((l) => l.rule)).toEqual(['participation.finding']);

    const advice = await ok(env, 'consequences.get', { id: rowOf((await periodRows(env, o, 0)).rows, o.villageId, '预警建议书').id }, o.readonly);
    expect(advice.lines).toHaveLength(20);
    expect(advice.lines[0]?.text).toMatch(/^第1季度：.+：未落实，/);
    expect(new Set(advice.lines.map((l) => l.key)).size).toBe(20);
    expect(advice.quarters).toEqual(['红', '红', '红', '红']);
    const talk = await ok(env, 'consequences.get', { id: rowOf((await periodRows(env, o, 0)).rows, o.villageId, '廉政谈话').id }, o.readonly);
    expect(talk.lines).toEqual([]);
  });

  it('lists a unit’s consequences of the year: its quarters in order, then the year', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const rows = await ok(env, 'consequences.ofUnit', { unitId: o.villageId, year: Y }, o.readonly);
    expect(rows.map((r) => `${r.quarter}:${r.kind}`)).toEqual(['1:预警告知书', '2:预警告知书', '3:预警告知书', '4:预警告知书', '0:预警建议书', '0:廉政谈话', '0:不得评先评优']);
    expect(await ok(env, 'consequences.ofUnit', { unitId: o.villageId, year: Y - 1 }, o.readonly)).toEqual([]);
  });

  it('answers NOT_FOUND for a consequence that is not there', async () => {
    const { env, o } = t;
    const r = await send(env, 'consequences.get', { id: 999 }, o.readonly);
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });
});
