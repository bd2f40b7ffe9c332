// Reads one table out of an .xlsx file the way offices really keep them: a title or date line
// above the header, merged cells, numbers typed as text, full-width characters, blank rows.

import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { keepLines, matchKey } from '../../../../shared/kernel/text.ts';
import { checkXlsx, tooManyRowsMessage, UNREADABLE, XLSX_LIMITS } from './zipCheck.ts';

export interface ColumnSpec { key: string; header: string; aliases?: string[]; required?: boolean }
/** rowNumber is the Excel row number (1-based), as the person sees it. */
export interface ReadRow { rowNumber: number; values: Record<string, string> }
export type ReadResult =
  | { ok: true; sheetName: string; headerRow: number; rows: ReadRow[] }
  | { ok: false; message: string };

const HEADER_SCAN_ROWS = 20;
export const DEFAULT_MAX_ROWS = 20000;

export async function readTable(
  data: Uint8Array,
  columns: ColumnSpec[],
  options?: { maxRows?: number },
): Promise<ReadResult> {
  const maxRows = options?.maxRows ?? DEFAULT_MAX_ROWS;
  const loaded = await loadWorkbook(data, maxRows);
  if (!loaded.ok) return loaded;
  const sheets = loaded.workbook.worksheets;
  if (sheets.length === 0) return { ok: false, message: '文件中没有工作表。' };

  // Visible sheets first; a hidden sheet is used only when no visible one has the header.
  const hidden = (s: Worksheet) => s.state === 'hidden' || s.state === 'veryHidden';
  const ordered = [...sheets.filter((s) => !hidden(s)), ...sheets.filter(hidden)];
  for (const sheet of ordered) {
    const header = findHeader(sheet, columns);
    if (header === null) continue;
    if (!header.ok) return header;
    return readRows(sheet, header.row, header.columnOf, columns, maxRows);
  }
  const wanted = columns.filter((c) => c.required).map((c) => `“${c.header}”`).join('、');
  const detail = wanted ? `包含 ${wanted} 的表头行` : '表头行';
  return { ok: false, message: `没有找到表头：每个工作表的前 ${HEADER_SCAN_ROWS} 行中都没有${detail}。请检查列名是否与模板一致。` };
}

type Loaded = { ok: true; workbook: Workbook } | { ok: false; message: string };

async function loadWorkbook(data: Uint8Array, maxRows: number): Promise<Loaded> {
  // Old .xls files and password-protected .xlsx files are both OLE compound files.
  const ole = data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
  if (ole) {
    return { ok: false, message: '文件无法读取：这是旧版 .xls 文件或设置了打开密码的文件，请在 Excel 中另存为不加密的 .xlsx 格式后再导入。' };
  }
  // exceljs inflates and parses everything it is given: the file is measured first. The title
  // lines and the header (within the first HEADER_SCAN_ROWS rows) may hold values above the data.
  const checked = await checkXlsx(data, { ...XLSX_LIMITS, maxRows, headerRows: HEADER_SCAN_ROWS });
  if (!checked.ok) return checked;
  // Loaded only once the file has passed: a refusal in a fresh worker thread answers without
  // the 200 ms exceljs takes to load.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, message: UNREADABLE };
  }
  return { ok: true, workbook };
}

/** Header text as compared: cleaned, no spaces, no "*" or "(必填)" marks, Latin in lower case. */
function headerKey(text: string): string {
  return matchKey(text)
    .replace(/\s/gu, '')
    .replace(/^\*+/u, '')
    .replace(/(?:\*|\(必填\))+$/u, '')
    .toLowerCase();
}

type HeaderFound = { ok: true; row: number; columnOf: Map<string, number> } | { ok: false; message: string };
interface HeaderMatch { row: number; columnOf: Map<string, number>; duplicate: { header: string; first: number; again: number } | null }

/**
 * The first row among the first 20 naming every required column; null when there is none.
 * In a two-level header the row below is taken instead when it also qualifies and names more columns.
 */
function findHeader(sheet: Worksheet, columns: ColumnSpec[]): HeaderFound | null {
  const keyOf = new Map<string, ColumnSpec>();
  for (const column of columns) {
    for (const name of [column.header, ...(column.aliases ?? [])]) keyOf.set(headerKey(name), column);
  }
  const last = Math.min(HEADER_SCAN_ROWS, sheet.rowCount);
  let found: HeaderMatch | null = null;
  for (let rowNumber = 1; rowNumber <= last; rowNumber++) {
    const match = matchHeader(sheet, rowNumber, keyOf, columns);
    if (match && (!found || match.columnOf.size > found.columnOf.size)) found = match;
    else if (found) break;
  }
  if (!found) return null;
  const { duplicate } = found;
  if (duplicate) {
    const where = `${sheet.getColumn(duplicate.first).letter} 列和 ${sheet.getColumn(duplicate.again).letter} 列`;
    return { ok: false, message: `表头中“${duplicate.header}”出现了两次（第 ${found.row} 行的 ${where}），请删除或改名多余的一列后再导入。` };
  }
  return { ok: true, row: found.row, columnOf: found.columnOf };
}

/** The spec columns a row names, when it names every required one (and at least one column). */
function matchHeader(sheet: Worksheet, rowNumber: number, keyOf: Map<string, ColumnSpec>, columns: ColumnSpec[]): HeaderMatch | null {
  const row = sheet.findRow(rowNumber);
  if (!row) return null;
  const columnOf = new Map<string, number>();
  let duplicate: HeaderMatch['duplicate'] = null;
  for (let col = 1; col <= row.cellCount; col++) {
    const column = keyOf.get(headerKey(headerCellText(row.getCell(col))));
    if (!column) continue;
    const first = columnOf.get(column.key);
    if (first === undefined) columnOf.set(column.key, col);
    else duplicate ??= { header: column.header, first, again: col };
  }
  const complete = columns.every((c) => !c.required || columnOf.has(c.key));
  return complete && columnOf.size > 0 ? { row: rowNumber, columnOf, duplicate } : null;
}

/**
 * A header cell's text. A cell merged down from above (a two-level header) reads as its master;
 * a cell merged across from the left reads as empty, so one wide header is not seen twice.
 */
function headerCellText(cell: Cell): string {
  const master = cell.master;
  if (master === cell) return cellText(cell.value);
  return Number(master.col) === Number(cell.col) ? cellText(master.value) : '';
}

function readRows(
  sheet: Worksheet,
  headerRow: number,
  columnOf: Map<string, number>,
  columns: ColumnSpec[],
  maxRows: number,
): ReadResult {
  const rows: ReadRow[] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.findRow(rowNumber);
    if (!row) continue;
    const values: Record<string, string> = {};
    let empty = true;
    for (const column of columns) {
      const col = columnOf.get(column.key);
      const value = col === undefined ? '' : dataCellText(row.getCell(col), headerRow);
      values[column.key] = value;
      if (value !== '') empty = false;
    }
    if (empty) continue;
    if (rows.length >= maxRows) {
      return { ok: false, message: tooManyRowsMessage(maxRows) };
    }
    rows.push({ rowNumber, values });
  }
  return { ok: true, sheetName: sheet.name, headerRow, rows };
}

/** A data cell's text; a cell inside a merge takes the master's value unless the master is header or above. */
function dataCellText(cell: Cell, headerRow: number): string {
  const master = cell.master;
  if (master === cell) return cellText(cell.value);
  return Number(master.row) > headerRow ? cellText(master.value) : '';
}

/**
 * Any cell value as the text a person reads in it: kept as typed (line breaks as LF), without
 * the spaces before and after it. Matching (headers, units by name) uses keys, not this text.
 */
export function cellText(value: CellValue): string {
  return keepLines(rawText(value)).trim();
}

function rawText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isObject(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('hyperlink' in value && 'text' in value) return rawText(value.text);
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) {
    return 'result' in value ? rawText(value.result) : '';
  }
  if ('error' in value && typeof value.error === 'string') return value.error;
  return '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Integers without ".0"; other numbers to Excel's 15 significant digits (no 0.30000000000000004). */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return Object.is(value, -0) ? '0' : String(value);
  return String(Number(value.toPrecision(15)));
}

/** exceljs turns a date serial into a UTC instant, so the UTC fields are the cell's calendar date. */
function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const y = String(value.getUTCFullYear()).padStart(4, '0');
  const m = String(value.getUTCMonth() + 1).padStart(2, '0');
  const d = String(value.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
