// Field builders shared by the contract's schemas. Each message names the field, so a
// message read on its own still tells the person what to fix.
import { z } from './zod.ts';
import { charCount, hasControlChars, hasInvisibleChars, hasLineBreak, isBlank, keepLines, trimLine } from './text.ts';
import { isIsoDate } from './dates.ts';

export const MAX_PAGE_SIZE = 100;

/** The length check of a text field, in characters as a person counts them. */
function withinChars(label: string, max: number) {
  return [(v: string) => charCount(v) <= max, `${label}不能超过${max}个字`] as const;
}

/** A required name (person, unit, department): kept as typed, without spaces before and after. */
export function nameField(label: string, max: number) {
  return lineField(label, max, true);
}

/**
 * A single-line value (a name, a phone number, a post, a code): kept as typed except for the
 * spaces before and after it; a line break is refused.
 */
export function lineField(label: string, max: number, required = false) {
  return z
    .string({ error: `${label}应为文字` })
    .max(max * 4, `${label}不能超过${max}个字`)
    .refine((v) => !hasControlChars(v), `${label}含有不可见的控制字符，请重新输入`)
    .refine((v) => !hasInvisibleChars(v), `${label}含有不可见的字符（如零宽字符或文字方向控制符），请删除后重新输入`)
    .refine((v) => !hasLineBreak(v), `${label}只能填写一行，请去掉换行`)
    .transform(trimLine)
    .refine((v) => !required || v !== '', `请填写${label}`)
    .refine(...withinChars(label, max))
    .meta({ maxChars: max });
}

/**
 * A multi-line text (反映内容, 办理情况, 意见…): stored exactly as typed — line breaks, blank
 * lines, full-width punctuation and indents, inner spacing — with line endings as LF. Required
 * means something other than white space; empty allowed otherwise.
 */
export function textField(label: string, max: number, required = false) {
  return z
    .string({ error: `${label}应为文字` })
    .max(max * 4, `${label}不能超过${max}个字`)
    .refine((v) => !hasControlChars(v), `${label}含有不可见的控制字符，请重新输入`)
    .transform(keepLines)
    .refine((v) => !required || !isBlank(v), `请填写${label}`)
    .refine(...withinChars(label, max))
    .meta({ maxChars: max });
}

export function idField(label: string) {
  return z
    .int({ error: (issue) => (issue.input === undefined || issue.input === null ? `请选择${label}` : `${label}无效`) })
    .positive(`${label}无效`)
    .max(Number.MAX_SAFE_INTEGER, `${label}无效`);
}

export function enumField<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `请选择${label}（可选：${values.join('、')}）` });
}

export function boolField(label: string) {
  return z.boolean({ error: `请选择${label}` });
}

/** Paging shared by every list: page from 0, at most MAX_PAGE_SIZE rows. */
export const paging = {
  page: z.int({ error: '页码无效' }).min(0, '页码无效').max(1_000_000, '页码无效').default(0),
  pageSize: z
    .int({ error: '每页条数无效' })
    .min(1, '每页条数无效')
    .max(MAX_PAGE_SIZE, `每页最多${MAX_PAGE_SIZE}条`)
    .default(25),
  sortDir: z.enum(['asc', 'desc'], { error: '排序方向无效' }).default('asc'),
};

/**
 * A search box: up to 50 characters, without the spaces before and after; empty means no search.
 * The query keeps its characters (each list compares it by its own match key).
 */
export const searchField = z
  .string({ error: '搜索内容应为文字' })
  .max(50, '搜索内容不能超过50个字')
  .transform((v) => v.trim())
  .optional();

/** An uploaded file carried as base64 (10 MB at most). */
export const fileField = z.strictObject({
  fileName: z
    .string({ error: '文件名无效' })
    .min(1, '文件名无效')
    .max(200, '文件名过长')
    .refine((v) => !hasControlChars(v) && !hasInvisibleChars(v), '文件名含有不可见的字符（如零宽字符或文字方向控制符），请重命名文件后再上传'),
  dataBase64: z
    .string({ error: '文件内容无效' })
    .min(1, '文件内容为空')
    .max(14_000_000, '文件不能超过10MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容无效'),
});

export const versionField = z.int({ error: '版本号无效' }).min(0, '版本号无效');

export interface Page<T> {
  rows: T[];
  total: number;
}

export interface FileResult {
  fileName: string;
  dataBase64: string;
}

export interface ImportRowError {
  rowNumber: number;
  message: string;
}

export interface ImportPreview<T> {
  fileName: string;
  sheetName: string;
  total: number;
  rows: Array<{ rowNumber: number; value: T }>;
  errors: ImportRowError[];
}

/** A calendar date written YYYY-MM-DD (as the date pickers send it). */
export function dateField(label: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? `请填写${label}` : `${label}应为日期`) })
    .transform((v) => v.normalize('NFKC').trim())
    .pipe(z.string().min(1, `请填写${label}`).refine(isIsoDate, `${label}应为有效日期，格式如 2026-11-21`));
}
