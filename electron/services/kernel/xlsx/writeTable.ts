// Writes tables to an .xlsx workbook that looks like an office register: optional merged title,
// bold grey frozen header, borders, readable column widths, real dates and numbers.

import ExcelJS from 'exceljs';
import type { Border, Borders, Cell, CellValue, Fill, Worksheet } from 'exceljs';

export interface WriteColumn { header: string; key: string; width?: number; kind?: 'text' | 'number' | 'date' }
export type WriteValue = string | number | boolean | null | undefined;
export interface WriteSheet {
  name: string;
  title?: string;
  /** 制表单位 (机关信息): a line under the title, and the workbook's author. */
  maker?: string;
  /** A line under the title, e.g. the filters the table was made with (筛选条件：…). */
  subtitle?: string;
  columns: WriteColumn[];
  rows: Array<Record<string, WriteValue>>;
  /** Filling instructions etc.; written on a separate sheet "填写说明" so the table stays importable. */
  notes?: string[];
}

const NOTES_SHEET = '填写说明';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FF999999' } };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

/**
 * Reports the rows written so far (of all sheets); awaited every PROGRESS_EVERY rows, so a caller
 * that yields there lets the process answer other calls (a page asking how far the work is).
 */
export type WriteProgress = (done: number, total: number) => Promise<void>;
const PROGRESS_EVERY = 500;

export async function writeWorkbook(sheets: WriteSheet[], onProgress?: WriteProgress): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const maker = sheets.find((s) => s.maker)?.maker;
  if (maker) workbook.creator = maker;
  const names = new Set<string>();
  const total = sheets.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(uniqueName(sheet.name, names));
    const headerRow = writeHead(ws, sheet);
    for (let from = 0; from < sheet.rows.length; from += PROGRESS_EVERY) {
      const to = Math.min(from + PROGRESS_EVERY, sheet.rows.length);
      writeRows(ws, sheet, headerRow, from, to);
      done += to - from;
      if (onProgress) await onProgress(done, total);
    }
  }

  const withNotes = sheets.filter((s) => s.notes && s.notes.length > 0);
  for (const sheet of withNotes) {
    const base = withNotes.length === 1 ? NOTES_SHEET : `${sheet.name}${NOTES_SHEET}`;
    writeNotes(workbook.addWorksheet(uniqueName(base, names)), sheet.notes ?? []);
  }
  return workbookBytes(workbook);
}

/** A workbook's .xlsx bytes (exceljs answers a Node Buffer typed as its own buffer type). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = buffer as unknown as Uint8Array;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The title, the subtitle, the header and the page setup; returns the header's row number. */
function writeHead(ws: Worksheet, sheet: WriteSheet): number {
  const count = sheet.columns.length;
  let headerRow = 1;
  if (sheet.title) {
    const title = ws.getCell(1, 1);
    title.value = sheet.title;
    title.font = { bold: true, size: 16 };
    title.alignment = { horizontal: 'center', vertical: 'middle' };
    ws.getRow(1).height = 30;
    if (count > 1) ws.mergeCells(1, 1, 1, count);
    headerRow = 2;
  }
  for (const text of [sheet.maker ? `制表单位：${sheet.maker}` : '', sheet.subtitle ?? '']) {
    if (!text) continue;
    const line = ws.getCell(headerRow, 1);
    line.value = text;
    line.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    if (count > 1) ws.mergeCells(headerRow, 1, headerRow, count);
    headerRow += 1;
  }

  sheet.columns.forEach((column, index) => {
    const col = ws.getColumn(index + 1);
    col.width = column.width ?? autoWidth(column, sheet.rows);
    if (column.kind === 'date') col.numFmt = 'yyyy-mm-dd';
    else if (column.kind !== 'number') col.numFmt = '@'; // typed ID and phone numbers stay text
    const cell = ws.getCell(headerRow, index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDERS;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` };
  return headerRow;
}

function writeRows(ws: Worksheet, sheet: WriteSheet, headerRow: number, from: number, to: number): void {
  for (let r = from; r < to; r++) {
    const row = sheet.rows[r] as Record<string, WriteValue>;
    sheet.columns.forEach((column, c) => {
      const cell = ws.getCell(headerRow + 1 + r, c + 1);
      cell.value = cellValue(row[column.key], column.kind ?? 'text');
      styleDataCell(cell, column.kind ?? 'text');
    });
  }
}

type Kind = 'text' | 'number' | 'date';

/**
 * One style object per kind of column, shared by every data cell of that kind: exceljs caches a
 * style's id by the object, so 50,000 rows do not render and look up 400,000 styles (the export's
 * largest cost). Never mutated after this.
 */
const DATA_STYLES: Record<Kind, Partial<ExcelJS.Style>> = {
  text: { numFmt: '@', border: BORDERS, alignment: { vertical: 'middle', wrapText: true } },
  number: { numFmt: 'General', border: BORDERS, alignment: { vertical: 'middle', wrapText: false } },
  date: { numFmt: 'yyyy-mm-dd', border: BORDERS, alignment: { vertical: 'middle', wrapText: false } },
};

function styleDataCell(cell: Cell, kind: Kind): void {
  cell.style = DATA_STYLES[kind];
}

/** The value written for one cell of a column of the given kind. */
function cellValue(value: WriteValue, kind: 'text' | 'number' | 'date'): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (kind === 'date' && typeof value === 'string') return utcDate(value) ?? value;
  if (kind === 'number' && typeof value === 'string' && /^-?\d+(\.\d+)?$/u.test(value.trim())) return Number(value.trim());
  if (kind === 'text' && typeof value === 'number') return String(value);
  return value;
}

/** 'YYYY-MM-DD' as a UTC midnight Date (exceljs writes UTC instants, so the day cannot shift). */
function utcDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? date : null;
}

/** Width in Excel character units: the longest header or value, a CJK character counting as 2. */
function autoWidth(column: WriteColumn, rows: WriteSheet['rows']): number {
  let longest = displayWidth(column.header);
  for (const row of rows) {
    const value = row[column.key];
    if (value === null || value === undefined) continue;
    const text = typeof value === 'boolean' ? '是' : String(value);
    longest = Math.max(longest, ...text.split('\n').map(displayWidth));
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) || ch.length > 1 ? 2 : 1;
  return width;
}

function writeNotes(ws: Worksheet, notes: string[]): void {
  ws.getColumn(1).width = 100;
  const heading = ws.getCell(1, 1);
  heading.value = NOTES_SHEET;
  heading.font = { bold: true, size: 14 };
  notes.forEach((note, i) => {
    const cell = ws.getCell(i + 2, 1);
    cell.value = note;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** A valid, unique sheet name: no []:*?/\ characters, at most 31 characters. */
function uniqueName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/gu, '_').replace(/^'+|'+$/gu, '').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = `(${n})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}
