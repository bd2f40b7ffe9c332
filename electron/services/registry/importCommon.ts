// What both registry imports share: reading the uploaded sheet, gathering row errors, and the
// rule that nothing is written unless every row is accepted.
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/kernel/errors.ts';
import type { ImportPreview, ImportRowError } from '../../../shared/kernel/common.ts';
import type { ColumnSpec, ReadRow } from '../kernel/xlsx/readTable.ts';
import { readTableInWorker } from '../kernel/xlsx/readInWorker.ts';

/** The steps of an import as its page names them while it follows the job, and how often they report. */
export const READING = '读取文件';
export const CHECKING = '逐行检查';
export const WRITING = '写入名册';
export const PROGRESS_EVERY = 100;

export interface UploadedFile {
  fileName: string;
  dataBase64: string;
}

export interface SheetRows {
  fileName: string;
  sheetName: string;
  sha256: string;
  rows: ReadRow[];
}

export async function readUpload(file: UploadedFile, columns: ColumnSpec[]): Promise<SheetRows> {
  if (!/\.xlsx$/i.test(file.fileName)) {
    throw new AppError('VALIDATION', `“${file.fileName}”不是 .xlsx 文件：请用 Excel 或 WPS 另存为“Excel 工作簿（*.xlsx）”后再导入。`);
  }
  const data = Buffer.from(file.dataBase64, 'base64');
  // Checked and read off the serving process's thread: it answers other calls meanwhile.
  const result = await readTableInWorker(new Uint8Array(data), columns);
  if (!result.ok) throw new AppError('VALIDATION', result.message);
  if (result.rows.length === 0) throw new AppError('VALIDATION', '表格中没有数据行：请在表头下方逐行填写后再导入。');
  return {
    fileName: file.fileName,
    sheetName: result.sheetName,
    sha256: createHash('sha256').update(data).digest('hex'),
    rows: result.rows,
  };
}

export class RowErrors {
  readonly list: ImportRowError[] = [];
  private readonly rows = new Set<number>();
  add(rowNumber: number, message: string): void {
    this.list.push({ rowNumber, message });
    this.rows.add(rowNumber);
  }
  has(rowNumber: number): boolean {
    return this.rows.has(rowNumber);
  }
}

export function preview<T>(sheet: SheetRows, rows: Array<{ rowNumber: number; value: T }>, errors: RowErrors): ImportPreview<T> {
  return {
    fileName: sheet.fileName,
    sheetName: sheet.sheetName,
    total: sheet.rows.length,
    rows,
    errors: [...errors.list].sort((a, b) => a.rowNumber - b.rowNumber),
  };
}

/** Refuses the whole file when any row has an error, naming the first few rows. */
export function rejectIfErrors(errors: RowErrors): void {
  if (errors.list.length === 0) return;
  const sorted = [...errors.list].sort((a, b) => a.rowNumber - b.rowNumber);
  const shown = sorted.slice(0, 5).map((e) => `第${e.rowNumber}行：${e.message}`).join('；');
  const more = sorted.length > 5 ? `；另有 ${sorted.length - 5} 处问题` : '';
  throw new AppError('VALIDATION', `导入未进行，未写入任何数据。请修改后重新导入：${shown}${more}。`);
}

/** A value of the sheet matched against the allowed ones, ignoring width of brackets and spaces. */
export function matchChoice<T extends string>(raw: string, choices: readonly T[], aliases: Record<string, T> = {}): T | null {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s/g, '');
  const value = norm(raw);
  for (const choice of choices) if (norm(choice) === value) return choice;
  for (const [alias, choice] of Object.entries(aliases)) if (norm(alias) === value) return choice;
  return null;
}

/** The first message of a zod-style validation for one row's fields. */
export function firstIssues(issues: ReadonlyArray<{ message: string }>): string {
  return [...new Set(issues.map((i) => i.message))].join('；');
}
