// 整改台账: filters, sort, the summaries by unit and by source, and the export.
import { z } from '../kernel/zod.ts';
import { boolField, dateField, enumField, idField, paging, searchField } from '../kernel/common.ts';
import { RECT_SOURCES, RECT_STATUSES } from './enums.ts';

export const RECT_SORT_FIELDS = ['number', 'unitName', 'source', 'status', 'deadline', 'closedOn', 'percent'] as const;
export type RectSortField = (typeof RECT_SORT_FIELDS)[number];

/** 时限: 逾期 (open, past the deadline in force), 即将到期, 需督办 (overdue by more than the setting's working days). */
export const RECT_DUE_FILTERS = ['逾期', '即将到期', '需督办'] as const;
export type RectDueFilter = (typeof RECT_DUE_FILTERS)[number];

export const rectFilters = {
  q: searchField,
  unitId: idField('单位').optional(),
  source: enumField('问题来源', RECT_SOURCES).optional(),
  status: enumField('整改状态', RECT_STATUSES).optional(),
  /** true: not 已销号. */
  open: boolField('未销号').optional(),
  due: enumField('时限状态', RECT_DUE_FILTERS).optional(),
  /** 责任领导 or 责任人 (or a measure's 责任人). */
  personId: idField('责任人').optional(),
  /** The deadline in force within [from, to]. */
  deadlineFrom: dateField('整改时限起').optional(),
  deadlineTo: dateField('整改时限止').optional(),
  /** true: only 屡查屡犯 (recurrences); false: none. */
  recurrence: boolField('屡查屡犯').optional(),
  /** The items of one issued 预警告知书. */
  documentId: idField('预警告知书').optional(),
  /** Only the units whose 联系干部 is the caller. */
  liaisonMine: boolField('我联系的单位').optional(),
};

export const rectListInput = z.strictObject({
  ...paging,
  sortField: z.enum(RECT_SORT_FIELDS, { error: '排序字段无效' }).default('deadline'),
  ...rectFilters,
});
export type RectListInput = z.output<typeof rectListInput>;
export type RectFilterInput = Omit<RectListInput, 'page' | 'pageSize' | 'sortField' | 'sortDir'>;

export const rectExportInput = z.strictObject({
  sortField: z.enum(RECT_SORT_FIELDS, { error: '排序字段无效' }).default('deadline'),
  sortDir: paging.sortDir,
  ...rectFilters,
});
export type RectExportInput = z.output<typeof rectExportInput>;

export const RECT_SUMMARY_BY = ['unit', 'source'] as const;
export const rectSummaryInput = z.strictObject({
  by: z.enum(RECT_SUMMARY_BY, { error: '汇总方式无效' }),
  ...rectFilters,
});
export type RectSummaryInput = z.output<typeof rectSummaryInput>;

/**
 * One line of a summary. 按期完成 / 逾期完成: closed on or before / after the deadline in force
 * (extensions included); `extended` counts the items whose deadline was extended.
 */
export interface RectSummaryRow {
  key: string;
  label: string;
  total: number;
  open: number;
  overdue: number;
  closedOnTime: number;
  closedLate: number;
  extended: number;
}

/** The ledger's Excel columns, exactly as the office hands the 整改台账 up. */
export const RECT_EXPORT_COLUMNS = [
  '序号', '问题来源', '单位', '问题描述', '整改措施', '责任领导', '责任人', '整改时限', '整改进展', '完成情况', '佐证材料', '销号日期', '备注',
] as const;
