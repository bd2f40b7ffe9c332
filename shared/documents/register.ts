// The dispatch register (发文登记): the kinds of 公文 the office issues, a draft's fields, and the
// register's rows. A draft is edited and previewed; issuing gives it its 文号 and freezes its
// bytes; a correction is a new document naming the one it replaces.
import { z } from '../kernel/zod.ts';
import { dateField, idField, lineField, nameField, paging, searchField, textField, versionField } from '../kernel/common.ts';
import { warningFieldsInput, type WarningFields } from './warning.ts';
import { adviceFieldsInput, type AdviceFields } from './advice.ts';
import { INTERVIEW_DOC_KINDS, interviewNoticeFieldsInput, type InterviewDocKind, type InterviewNoticeFields } from './interviewNotice.ts';

/** The kinds of 公文 with their names; each later feature adds its own (函询通知书…). */
export const DOC_KINDS = { notice: '通知', warning: '预警告知书', ...INTERVIEW_DOC_KINDS, advice: '预警建议书' } as const;
export type DocKind = keyof typeof DOC_KINDS;
export const DOC_KIND_KEYS = Object.keys(DOC_KINDS) as [DocKind, ...DocKind[]];

export const DOC_STATUSES = ['草稿', '已印发'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];

/** What a 通知 says: what the clerk fills in (the 文号 and the 版头 come from the office). */
export const noticeFieldsInput = z.strictObject({
  title: nameField('标题', 80),
  recipients: nameField('主送机关', 200),
  body: textField('正文', 20_000, true),
  attachments: z.array(nameField('附件名称', 80), { error: '附件名称无效' }).max(20, '附件最多20个').default([]),
  date: dateField('成文日期'),
  copyTo: lineField('抄送机关', 200).default(''),
});
export type NoticeFields = z.output<typeof noticeFieldsInput>;

/** A document's kind with its fields: callers narrow by `kind`. */
export type DocContent =
  | { kind: 'notice'; fields: NoticeFields }
  | { kind: 'warning'; fields: WarningFields }
  | { kind: InterviewDocKind; fields: InterviewNoticeFields }
  | { kind: 'advice'; fields: AdviceFields };

/** The kind and fields of a document or an input, without the rest of it (id, version, replacesId …). */
export function docContentOf(doc: DocContent): DocContent {
  switch (doc.kind) {
    case 'notice':
      return { kind: 'notice', fields: doc.fields };
    case 'warning':
      return { kind: 'warning', fields: doc.fields };
    case 'inquiry':
    case 'entrust':
    case 'talkNotice':
      return { kind: doc.kind, fields: doc.fields };
    case 'advice':
      return { kind: 'advice', fields: doc.fields };
  }
}

const KIND_NAMES: readonly string[] = Object.values(DOC_KINDS);

/** The message of a kind that is none of DOC_KINDS (or of an input that is no object at all). */
const kindError = (issue: { code: string; input?: unknown }) =>
  issue.code === 'invalid_type' && (typeof issue.input !== 'object' || issue.input === null) ? '公文内容无效' : `请选择文种（${KIND_NAMES.slice(0, -1).join('、')}或${KIND_NAMES.at(-1) ?? ''}）`;

/** The issued document this one corrects (更正): it names it, the old one stays as it was. */
const replacesId = idField('被更正的文件').optional();

export const docCreateInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('notice', { error: '请选择文种' }), fields: noticeFieldsInput, replacesId }),
    z.strictObject({ kind: z.literal('warning', { error: '请选择文种' }), fields: warningFieldsInput, replacesId }),
    z.strictObject({ kind: z.literal('inquiry', { error: '请选择文种' }), fields: interviewNoticeFieldsInput, replacesId }),
    z.strictObject({ kind: z.literal('entrust', { error: '请选择文种' }), fields: interviewNoticeFieldsInput, replacesId }),
    z.strictObject({ kind: z.literal('talkNotice', { error: '请选择文种' }), fields: interviewNoticeFieldsInput, replacesId }),
    z.strictObject({ kind: z.literal('advice', { error: '请选择文种' }), fields: adviceFieldsInput, replacesId }),
  ],
  { error: kindError },
);
export type DocCreateInput = z.output<typeof docCreateInput>;

/** A draft's new fields, of the draft's own kind (a 通知 may leave the kind out, as callers did before there were two). */
export const docUpdateInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ id: idField('文件'), version: versionField, kind: z.literal('notice', { error: '请选择文种' }).default('notice'), fields: noticeFieldsInput }),
    z.strictObject({ id: idField('文件'), version: versionField, kind: z.literal('warning', { error: '请选择文种' }), fields: warningFieldsInput }),
    z.strictObject({ id: idField('文件'), version: versionField, kind: z.literal('inquiry', { error: '请选择文种' }), fields: interviewNoticeFieldsInput }),
    z.strictObject({ id: idField('文件'), version: versionField, kind: z.literal('entrust', { error: '请选择文种' }), fields: interviewNoticeFieldsInput }),
    z.strictObject({ id: idField('文件'), version: versionField, kind: z.literal('talkNotice', { error: '请选择文种' }), fields: interviewNoticeFieldsInput }),
    z.strictObject({ id: idField('文件'), version: versionField, kind: z.literal('advice', { error: '请选择文种' }), fields: adviceFieldsInput }),
  ],
  { error: kindError },
);
export type DocUpdateInput = z.output<typeof docUpdateInput>;
export const docVersionInput = z.strictObject({ id: idField('文件'), version: versionField });
export const docIdInput = z.strictObject({ id: idField('文件') });

export const DOC_SORT_FIELDS = ['number', 'kind', 'title', 'date', 'issuedAt', 'status'] as const;
export const docListInput = z.strictObject({
  ...paging,
  sortDir: z.enum(['asc', 'desc'], { error: '排序方向无效' }).default('desc'),
  sortField: z.enum(DOC_SORT_FIELDS, { error: '排序字段无效' }).default('issuedAt'),
  q: searchField,
  kind: z.enum(DOC_KIND_KEYS, { error: '文种无效' }).optional(),
  status: z.enum(DOC_STATUSES, { error: '状态无效' }).optional(),
  year: z.int({ error: '年份无效' }).min(2000, '年份无效').max(2100, '年份无效').optional(),
});
export type DocListInput = z.output<typeof docListInput>;

/** What a document was made from (a tip, a unit, later a notice or an index result). */
export interface DocSource {
  type: string;
  id: number;
  label: string;
}

export interface DocRow {
  id: number;
  kind: DocKind;
  kindLabel: string;
  status: DocStatus;
  /** 文号; null for a draft. */
  number: string | null;
  title: string;
  recipients: string;
  /** 成文日期 (ISO). */
  date: string | null;
  issuedAt: string | null;
  issuedByName: string | null;
  createdByName: string;
  source: DocSource | null;
  /** The 文号 of the document this one corrects, and of the one that corrected it. */
  replacesNumber: string | null;
  replacedByNumber: string | null;
  /** SHA-256 of the issued file's bytes. */
  sha256: string | null;
  version: number;
}

/** A document with what its kind says (narrow by `kind`: a 通知's fields, a 预警告知书's, or a talk's or letter's notice's). */
export type DocDetail = DocRow & { replacesId: number | null } & DocContent;
