// 谈话函询登记: filters, sort, the export's columns, the counts by type and outcome per period, and
// the agenda of planned talks.
import { z } from '../kernel/zod.ts';
import { boolField, dateField, enumField, idField, paging, searchField } from '../kernel/common.ts';
import { CAUSE_KINDS, INTERVIEW_KINDS, INTERVIEW_OUTCOMES, INTERVIEW_STATUSES, TALK_TYPES } from './enums.ts';

export const INTERVIEW_SORT_FIELDS = ['number', 'ledgerDate', 'personName', 'unitName', 'status', 'dueDate', 'concludedDate'] as const;
export type InterviewSortField = (typeof INTERVIEW_SORT_FIELDS)[number];

/** 时限: a deadline running now (谈话, 记录和反馈单, 答复) past or near, or a follow-up overdue. */
export const INTERVIEW_DUE_FILTERS = ['逾期', '即将到期'] as const;
export type InterviewDueFilter = (typeof INTERVIEW_DUE_FILTERS)[number];

export const interviewFilters = {
  q: searchField,
  kind: enumField('类别', INTERVIEW_KINDS).optional(),
  talkType: enumField('谈话类别', TALK_TYPES).optional(),
  status: enumField('状态', INTERVIEW_STATUSES).optional(),
  /** true: not 已办结. */
  open: boolField('未办结').optional(),
  /** A 谈话人 (本委). */
  interviewerId: idField('谈话人').optional(),
  /** Only the talks the caller holds (谈话人 or 记录人). */
  mine: boolField('我参加的').optional(),
  personId: idField('谈话（函询）对象').optional(),
  unitId: idField('单位').optional(),
  causeKind: enumField('事由类型', CAUSE_KINDS).optional(),
  tipId: idField('信访件').optional(),
  rectItemId: idField('整改事项').optional(),
  outcome: enumField('结果', INTERVIEW_OUTCOMES).optional(),
  /** The ledger's date (谈话时间 / 函询发出日期) within [from, to]. */
  dateFrom: dateField('日期起').optional(),
  dateTo: dateField('日期止').optional(),
  due: enumField('时限状态', INTERVIEW_DUE_FILTERS).optional(),
};

export const interviewListInput = z.strictObject({
  ...paging,
  sortField: z.enum(INTERVIEW_SORT_FIELDS, { error: '排序字段无效' }).default('ledgerDate'),
  sortDir: paging.sortDir.default('desc'),
  ...interviewFilters,
});
export type InterviewListInput = z.output<typeof interviewListInput>;
export type InterviewFilterInput = Omit<InterviewListInput, 'page' | 'pageSize' | 'sortField' | 'sortDir'>;

export const interviewExportInput = z.strictObject({
  sortField: z.enum(INTERVIEW_SORT_FIELDS, { error: '排序字段无效' }).default('ledgerDate'),
  sortDir: paging.sortDir.default('desc'),
  ...interviewFilters,
});
export type InterviewExportInput = z.output<typeof interviewExportInput>;

/** The register's Excel columns, exactly as the office keeps its 谈话函询登记. */
export const INTERVIEW_EXPORT_COLUMNS = [
  '序号', '编号', '类别', '谈话（函询）对象', '单位', '职务', '事由', '谈话人（函询发出日期）', '谈话时间', '地点', '答复期限', '答复日期', '结果', '备注',
] as const;

/** 统计: counts by type and by outcome per month, quarter or year of the ledger's date. */
export const INTERVIEW_PERIODS = ['month', 'quarter', 'year'] as const;
export type InterviewPeriod = (typeof INTERVIEW_PERIODS)[number];
export const interviewStatsInput = z.strictObject({
  period: z.enum(INTERVIEW_PERIODS, { error: '统计周期无效' }).default('month'),
  /** The year counted (month and quarter); for `year` the five years up to it. */
  year: z.int({ error: '年份无效' }).min(2000, '年份无效').max(2100, '年份无效'),
});
export type InterviewStatsInput = z.output<typeof interviewStatsInput>;

export interface InterviewStatsRow {
  /** 2026-03, 2026-Q1 or 2026. */
  key: string;
  /** 2026年3月, 2026年第一季度, 2026年. */
  label: string;
  /** Per 类别 (the talk types and 函询). */
  byType: Record<string, number>;
  /** Per 结果 of those concluded in the period (by concluded date). */
  byOutcome: Record<string, number>;
  total: number;
}
export interface InterviewStats {
  period: InterviewPeriod;
  year: number;
  types: string[];
  outcomes: string[];
  rows: InterviewStatsRow[];
  /** 合计. */
  totals: Omit<InterviewStatsRow, 'key' | 'label'>;
}

/** 日程: the planned talks in [from, to] (at most 62 days), for the week or month view. */
export const interviewAgendaInput = z
  .strictObject({
    from: dateField('起始日期'),
    to: dateField('截止日期'),
    interviewerId: idField('谈话人').optional(),
    place: z.string({ error: '地点无效' }).max(60, '地点不能超过60个字').optional(),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], message: '截止日期应不早于起始日期' });
export type InterviewAgendaInput = z.output<typeof interviewAgendaInput>;

export interface AgendaEntry {
  id: number;
  number: string;
  typeLabel: string;
  date: string;
  time: string | null;
  place: string;
  personName: string;
  unitName: string;
  interviewers: Array<{ id: number; name: string }>;
  holderNames: string;
}
