// 信访举报统计: counts of a year by 来源渠道, 问题类别, 处置方式, 办理结果 and 处理, per month,
// quarter or year, on screen (tips.stats) and as the Excel 信访举报统计表 (tips.statsExport).
// 重复件 are counted once (at their original) and reported separately.
import ExcelJS from 'exceljs';
import { officeProfile } from '../core/index.ts';
import { officeMaker } from '../../../shared/core/index.ts';
import type { Border, Borders, Fill, Worksheet } from 'exceljs';
import type { FileResult } from '../../../shared/kernel/common.ts';
import { DISPOSALS, OUTCOME_GRADES, OUTCOMES, TIP_CATEGORIES, TIP_CHANNELS, TIP_RESULTS } from '../../../shared/tips/enums.ts';
import { STAT_DIMENSION_LABELS, STAT_DIMENSION_NOTES, STAT_DIMENSIONS, type StatDimension, type StatPeriod, type TipStats } from '../../../shared/tips/stats.ts';
import {
  countRepeatsInYear, countTipsInYear, NO_DISPOSAL, NO_FINDING, NOT_CONCLUDED, outcomeGradeCells, statCells,
} from '../../../db/repos/tips/stats.ts';
import type { Db } from '../../../db/types.ts';
import { audit, today } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';

/** Every row of a dimension, in the office's order, shown even when zero. */
export const STAT_ROW_LABELS: Record<StatDimension, readonly string[]> = {
  channel: TIP_CHANNELS,
  category: TIP_CATEGORIES,
  disposal: [...DISPOSALS, NO_DISPOSAL],
  result: [...TIP_RESULTS, NO_FINDING, NOT_CONCLUDED],
  outcome: OUTCOMES,
};

export const MONTH_LABELS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
export const QUARTER_LABELS = ['一季度', '二季度', '三季度', '四季度'];

/** What each dimension counts and when, written under its table. */
function columnsOf(year: number, period: StatPeriod): string[] {
  if (period === 'month') return MONTH_LABELS;
  if (period === 'quarter') return QUARTER_LABELS;
  return [`${year}年`];
}

function columnIndex(period: StatPeriod, month: number): number {
  if (period === 'month') return month - 1;
  if (period === 'quarter') return Math.floor((month - 1) / 3);
  return 0;
}

/** The grid of one dimension: rows × columns, totals per column and overall. */
function grid(labels: readonly string[], cells: Array<{ label: string; month: number; n: number }>, columns: number, period: StatPeriod) {
  const rows = labels.map((label) => ({ label, counts: new Array<number>(columns).fill(0) }));
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  for (const cell of cells) {
    if (!(cell.month >= 1 && cell.month <= 12)) continue;
    let row = byLabel.get(cell.label);
    if (!row) {
      // A stored value outside today's enumeration (older data) still counts, on a row of its own.
      row = { label: cell.label, counts: new Array<number>(columns).fill(0) };
      rows.push(row);
      byLabel.set(cell.label, row);
    }
    const c = columnIndex(period, cell.month);
    row.counts[c] = (row.counts[c] ?? 0) + cell.n;
  }
  const withTotals = rows.map((r) => ({ ...r, total: r.counts.reduce((a, b) => a + b, 0) }));
  const totals = Array.from({ length: columns }, (_, c) => rows.reduce((sum, r) => sum + (r.counts[c] ?? 0), 0));
  return { rows: withTotals, totals, grandTotal: totals.reduce((a, b) => a + b, 0) };
}

export function computeTipStats(db: Db, year: number, period: StatPeriod, dimension: StatDimension): TipStats {
  const columns = columnsOf(year, period);
  const g = grid(STAT_ROW_LABELS[dimension], statCells(db, year, dimension), columns.length, period);
  return { year, period, dimension, columns, ...g, repeatsExcluded: countRepeatsInYear(db, year) };
}

// ---- the workbook ------------------------------------------------------------------------------

const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FF999999' } };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const TOTAL_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

export const STATS_WORKBOOK_TITLE = '信访举报统计表';

interface SheetRow {
  label: string;
  counts: number[];
  total: number;
  /** 其中 rows (grade breakdown): indented, not part of the totals. */
  sub?: boolean;
  bold?: boolean;
}

function writeStatsSheet(ws: Worksheet, title: string, headLabel: string, rows: SheetRow[], notes: string[]): void {
  const headers = [headLabel, ...MONTH_LABELS, '合计'];
  const width = headers.length;
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells(1, 1, 1, width);

  headers.forEach((h, i) => {
    const cell = ws.getCell(2, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDERS;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  ws.getColumn(1).width = Math.max(16, ...rows.map((r) => 2 * Array.from(r.label).length + 4));
  for (let c = 2; c <= 13; c++) ws.getColumn(c).width = 7;
  ws.getColumn(14).width = 9;

  rows.forEach((r, i) => {
    const rowNumber = 3 + i;
    const values = [r.label, ...r.counts, r.total];
    values.forEach((v, c) => {
      const cell = ws.getCell(rowNumber, c + 1);
      cell.value = v;
      cell.border = BORDERS;
      if (c === 0) cell.alignment = { vertical: 'middle', indent: r.sub ? 2 : 0 };
      else {
        cell.numFmt = '0';
        cell.alignment = { horizontal: 'center', vertical: 'middle' };
      }
      if (r.bold) {
        cell.font = { bold: true };
        cell.fill = TOTAL_FILL;
      } else if (r.sub) cell.font = { italic: true, color: { argb: 'FF555555' } };
    });
  });

  let noteRow = 3 + rows.length + 1;
  for (const note of notes) {
    ws.getCell(noteRow, 1).value = note;
    ws.getCell(noteRow, 1).alignment = { wrapText: false, vertical: 'top' };
    noteRow++;
  }
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
}

function sheetRows(db: Db, year: number, dimension: StatDimension): SheetRow[] {
  const stats = computeTipStats(db, year, 'month', dimension);
  const rows: SheetRow[] = [];
  const grades = dimension === 'outcome' ? outcomeGradeCells(db, year) : [];
  for (const r of stats.rows) {
    rows.push(r);
    const graded = OUTCOME_GRADES[r.label as keyof typeof OUTCOME_GRADES];
    if (dimension !== 'outcome' || !graded) continue;
    for (const grade of graded) {
      const counts = new Array<number>(12).fill(0);
      for (const cell of grades) if (cell.outcome === r.label && cell.grade === grade) counts[cell.month - 1] = (counts[cell.month - 1] ?? 0) + cell.n;
      const total = counts.reduce((a, b) => a + b, 0);
      if (total > 0) rows.push({ label: `其中：${grade}`, counts, total, sub: true });
    }
  }
  rows.push({ label: '合计', counts: stats.totals, total: stats.grandTotal, bold: true });
  return rows;
}

/** The statistics workbook of a year, built from the database (written out after the read). */
export function tipStatsWorkbook(db: Db, year: number, madeOn: string): { workbook: ExcelJS.Workbook; repeats: number; tips: number } {
  const repeats = countRepeatsInYear(db, year);
  const tips = countTipsInYear(db, year);
  const workbook = new ExcelJS.Workbook();
  const maker = officeMaker(officeProfile(db));
  if (maker) workbook.creator = maker;
  for (const dimension of STAT_DIMENSIONS) {
    const label = STAT_DIMENSION_LABELS[dimension];
    const ws = workbook.addWorksheet(label);
    const notes = [
      `说明：${STAT_DIMENSION_NOTES[dimension]}`,
      `重复件不重复统计，本年重复件 ${repeats} 件。本年收件 ${tips} 件（不含重复件）。`,
      ...(maker ? [`制表单位：${maker}`] : []),
      `制表日期：${madeOn}`,
    ];
    const unitNote = dimension === 'outcome' ? '（单位：人次）' : '（单位：件）';
    writeStatsSheet(ws, `${year}年度${STATS_WORKBOOK_TITLE}（按${label}）${unitNote}`, label, sheetRows(db, year, dimension), notes);
  }
  return { workbook, repeats, tips };
}

export const tipStatsHandlers: HandlerGroup<'tips.stats' | 'tips.statsExport'> = {
  'tips.stats': (call, input) => computeTipStats(call.ctx.db, input.year, input.period, input.dimension),

  'tips.statsExport': steps<'tips.statsExport', undefined, { workbook: ExcelJS.Workbook; year: number }>({
    run: (call, input) => {
      const { workbook, repeats, tips } = tipStatsWorkbook(call.ctx.db, input.year, today(call));
      audit(call, 'export', null, STATS_WORKBOOK_TITLE, { list: STATS_WORKBOOK_TITLE, year: input.year, tips, repeats });
      return { workbook, year: input.year };
    },
    finish: async (_call, { workbook, year }) => {
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      return { fileName: `${STATS_WORKBOOK_TITLE}-${year}.xlsx`, dataBase64: buffer.toString('base64') } satisfies FileResult;
    },
  }),
};
