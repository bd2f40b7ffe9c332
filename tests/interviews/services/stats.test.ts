// interviews.stats: counts per month, quarter and year (the five years up to the one asked) by 类别
// (the talk types and 函询, by the ledger's date) and by 结果 (by the concluded date), every period a
// row, with 合计; interviews.exportStats writes the same table to Excel, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { makeEnv, ok, send, type TestEnv } from '../../helpers/services.ts';
import { insertInterviewAs } from '../../helpers/interviews.ts';
import { interviewOffice, type InterviewOffice } from './office.ts';

const WRITTEN_FOR = '2026-09-29T09:00:00+08:00';

let env: TestEnv;
let o: InterviewOffice;

beforeAll(async () => {
  env = makeEnv(WRITTEN_FOR);
  o = await interviewOffice(env);
  const db = env.db;
  const p = o.staffId;
  // 2026: January two 廉政谈话 (one concluded 了结 in February), March a letter concluded 提醒 in April,
  // May an 诫勉谈话 concluded 诫勉 in May, December a planned 约谈.
  insertInterviewAs(db, { kind: '谈话', talkType: '廉政谈话', personId: p, heldDate: '2026-01-10', outcome: '了结', concludedDate: '2026-02-03' });
  insertInterviewAs(db, { kind: '谈话', talkType: '廉政谈话', personId: p, plannedDate: '2026-01-20' });
  insertInterviewAs(db, { kind: '函询', personId: p, sentDate: '2026-03-02', replyDate: '2026-03-20', outcome: '提醒', concludedDate: '2026-04-01' });
  insertInterviewAs(db, { kind: '谈话', talkType: '诫勉谈话', personId: p, heldDate: '2026-05-06', outcome: '诫勉', concludedDate: '2026-05-10' });
  insertInterviewAs(db, { kind: '谈话', talkType: '约谈', personId: p, plannedDate: '2026-12-01' });
  // Earlier years: a letter of 2025 concluded 了结 in 2026-01, one of 2022, one of 2021 (outside the five years).
  insertInterviewAs(db, { kind: '函询', personId: p, sentDate: '2025-12-10', replyDate: '2025-12-30', outcome: '了结', concludedDate: '2026-01-05' });
  insertInterviewAs(db, { kind: '函询', personId: p, sentDate: '2022-06-01' });
  insertInterviewAs(db, { kind: '谈话', talkType: '巡察谈话', personId: p, heldDate: '2021-06-01', outcome: '了结', concludedDate: '2021-06-02' });
}, 60_000);
afterAll(() => env.close());

describe('interviews.stats', () => {
  it('per month of the year: every month a row; 类别 by the ledger date, 结果 by the concluded date; 合计', async () => {
    const s = await ok(env, 'interviews.stats', { period: 'month', year: 2026 }, o.readonly);
    expect(s.types).toEqual(['廉政谈话', '提醒谈话', '诫勉谈话', '约谈', '任前廉政谈话', '巡察谈话', '谈话函询', '函询']);
    expect(s.outcomes).toEqual(['了结', '提醒', '批评教育', '诫勉', '转初步核实']);
    expect(s.rows.map((r) => r.key)).toEqual(Array.from({ length: 12 }, (_, k) => `2026-${String(k + 1).padStart(2, '0')}`));
    expect(s.rows[0]?.label).toBe('2026年1月');
    const m = (k: number) => s.rows[k - 1] as (typeof s.rows)[number];
    expect(m(1)).toMatchObject({ total: 2, byType: { 廉政谈话: 2, 函询: 0 }, byOutcome: { 了结: 1 } });
    expect(m(2)).toMatchObject({ total: 0, byOutcome: { 了结: 1 } });
    expect(m(3)).toMatchObject({ total: 1, byType: { 函询: 1 } });
    expect(m(4).byOutcome.提醒).toBe(1);
    expect(m(5)).toMatchObject({ total: 1, byType: { 诫勉谈话: 1 }, byOutcome: { 诫勉: 1 } });
    expect(m(12)).toMatchObject({ total: 1, byType: { 约谈: 1 } });
    expect(s.totals.total).toBe(5);
    expect(s.totals.byType).toMatchObject({ 廉政谈话: 2, 函询: 1, 诫勉谈话: 1, 约谈: 1, 巡察谈话: 0 });
    expect(s.totals.byOutcome).toEqual({ 了结: 2, 提醒: 1, 批评教育: 0, 诫勉: 1, 转初步核实: 0 });
    expect(s.rows.reduce((a, r) => a + r.total, 0)).toBe(s.totals.total);
  });

  it('per quarter, and per year over the five years up to the one asked', async () => {
    const q = await ok(env, 'interviews.stats', { period: 'quarter', year: 2026 }, o.handler);
    expect(q.rows.map((r) => [r.key, r.label, r.total])).toEqual([
      ['2026-Q1', '2026年第一季度', 3], ['2026-Q2', '2026年第二季度', 1], ['2026-Q3', '2026年第三季度', 0], ['2026-Q4', '2026年第四季度', 1],
    ]);
    expect(q.rows[0]?.byOutcome.了结).toBe(2);
    const y = await ok(env, 'interviews.stats', { period: 'year', year: 2026 }, o.handler);
    expect(y.rows.map((r) => [r.key, r.total])).toEqual([['2022', 1], ['2023', 0], ['2024', 0], ['2025', 1], ['2026', 5]]);
    expect(y.totals.total).toBe(7);
    // The 2021 talk and its outcome are outside the five years.
    expect(y.totals.byType.巡察谈话).toBe(0);
    expect(y.totals.byOutcome.了结).toBe(2);
  });

  it('refuses a year out of range in Chinese', async () => {
    const r = await send(env, 'interviews.stats', { period: 'month', year: 1999 }, o.handler);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('年份无效');
  });
});

describe('interviews.exportStats', () => {
  it('writes the table with 合计 to Excel, audited once', async () => {
    const before = (env.db.prepare('SELECT ifnull(max(id), 0) AS n FROM audit').get() as { n: number }).n;
    const file = await ok(env, 'interviews.exportStats', { period: 'quarter', year: 2026 }, o.readonly);
    expect(file.fileName).toBe('谈话函询统计_20260929.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet('谈话函询统计') as Worksheet;
    expect(ws.getCell(1, 1).value).toBe('谈话函询统计（2026年，2026-09-29导出）');
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual([
      '期间', '廉政谈话', '提醒谈话', '诫勉谈话', '约谈', '任前廉政谈话', '巡察谈话', '谈话函询', '函询', '谈话函询合计',
      '办结：了结', '办结：提醒', '办结：批评教育', '办结：诫勉', '办结：转初步核实', '办结合计',
    ]);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(['2026年第一季度', 2, 0, 0, 0, 0, 0, 0, 1, 3, 2, 0, 0, 0, 0, 2]);
    expect((ws.getRow(8).values as unknown[]).slice(1)).toEqual(['合计', 2, 0, 1, 1, 0, 0, 0, 1, 5, 2, 1, 0, 1, 0, 4]);
    const entries = env.db.prepare('SELECT op, subject, summary FROM audit WHERE id > ?').all(before) as Array<{ op: string; subject: string; summary: string }>;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ op: 'interviews.exportStats', subject: '谈话函询统计' });
    expect(JSON.parse((entries[0] as { summary: string }).summary)).toMatchObject({ list: '谈话函询统计', rows: 4 });
  });
});
