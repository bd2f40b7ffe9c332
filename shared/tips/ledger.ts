// The ledger (问题线索台账): filters, sort, export input, and the rows and details a tip is shown with.
import { boolField, dateField, enumField, idField, paging, searchField, type Page } from '../kernel/common.ts';
import { z } from '../kernel/zod.ts';
import { type PersonCategory } from '../registry/index.ts';
import { type Circumstance, DISPOSALS, type Disposal, type DueState, type ExtensionState, type FeedbackWay, type Outcome, REPORT_MODES, type ReportMode, TIP_CATEGORIES, TIP_CHANNELS, TIP_STATUSES, type TipCategory, type TipChannel, type TipResult, type TipStatus } from './enums.ts';

export const TIP_SORT_FIELDS = ['number', 'receivedDate', 'channel', 'status', 'dueDate', 'handlerName', 'summary'] as const;

/** 我的: 待我办理 — what waits for the caller's step (shared/tips/flow.ts waitingFor); 我承办的 — leads assigned to the caller. */
export const MINE_FILTERS = ['待我办理', '我承办的'] as const;
export type MineFilter = (typeof MINE_FILTERS)[number];

export const tipFilters = {
  q: searchField,
  channel: enumField('来源渠道', TIP_CHANNELS).optional(),
  category: enumField('问题类别', TIP_CATEGORIES).optional(),
  status: enumField('办理状态', TIP_STATUSES).optional(),
  disposal: enumField('处置方式', DISPOSALS).optional(),
  mode: enumField('反映方式', REPORT_MODES).optional(),
  unitId: idField('被反映单位').optional(),
  personId: idField('被反映人').optional(),
  handlerUserId: idField('承办人').optional(),
  dateFrom: dateField('收件日期起').optional(),
  dateTo: dateField('收件日期止').optional(),
  due: enumField('时限状态', ['逾期', '即将到期'] as const).optional(),
  /** true: only 重复件; false: no 重复件. */
  repeat: boolField('重复件').optional(),
  mine: enumField('我的', MINE_FILTERS).optional(),
};

/** Past this many tips the ledger's total is not counted (reported as 1000+) unless exactTotal asks. */
export const TIP_TOTAL_CAP = 1000;
export const tipListInput = z.strictObject({
  ...paging,
  sortField: z.enum(TIP_SORT_FIELDS, { error: '排序字段无效' }).default('receivedDate'),
  sortDir: paging.sortDir.default('desc'),
  ...tipFilters,
  /** Count every matching tip, past TIP_TOTAL_CAP too (计算总数). */
  exactTotal: boolField('计算总数').optional(),
});
export type TipListInput = z.output<typeof tipListInput>;
export type TipFilterInput = Omit<TipListInput, 'page' | 'pageSize' | 'sortField' | 'sortDir' | 'exactTotal'>;

/**
 * A page of the ledger. The total is exact unless totalCapped: then at least `total` tips match
 * (counting stopped there; the ledger says 1000+ and offers 计算总数).
 */
export interface TipPage extends Page<TipRow> {
  totalCapped: boolean;
}

export const tipExportInput = z.strictObject({
  sortField: z.enum(TIP_SORT_FIELDS, { error: '排序字段无效' }).default('receivedDate'),
  sortDir: paging.sortDir.default('desc'),
  ...tipFilters,
  /** Include 举报人信息: only for roles with the right, and audited. */
  includeReporter: boolField('是否包含反映人信息').default(false),
});
export type TipExportInput = z.output<typeof tipExportInput>;

export interface TipRow {
  id: number;
  number: string;
  receivedDate: string;
  channel: TipChannel;
  mode: ReportMode;
  /** Masked (张*) for named reports, '' for anonymous. */
  reporterMasked: string;
  peopleNames: string;
  /** Each reported person's unit and post as registered, in the order of peopleNames (— where none). */
  peopleUnits: string;
  peoplePosts: string;
  unitNames: string;
  categories: TipCategory[];
  summary: string;
  status: TipStatus;
  disposal: Disposal | null;
  handlingDept: string;
  handlerUserId: number | null;
  handlerName: string;
  /** Due date of the current step, if it has one. */
  dueDate: string | null;
  dueState: DueState | null;
  result: TipResult | null;
  repeatOf: number | null;
  repeatOfNumber: string | null;
  repeatCount: number;
  version: number;
}

export interface TipPerson {
  id: number;
  personId: number | null;
  name: string;
  unitId: number | null;
  unitName: string;
  post: string;
  category: PersonCategory;
}

export interface TipStep {
  id: number;
  at: string;
  step: string;
  fromStatus: TipStatus | null;
  toStatus: TipStatus;
  actorName: string;
  note: string;
  dueDate: string | null;
}

export interface TipAttachment {
  id: number;
  fileName: string;
  size: number;
  sha256: string;
  addedAt: string;
  addedBy: string;
  /** Marked 不含举报人信息 when added: shown to roles without the 信访内容 right too. */
  reporterFree: boolean;
}

export interface TipExtension {
  id: number;
  requestedAt: string;
  requestedBy: string;
  reason: string;
  oldDue: string;
  newDue: string;
  state: ExtensionState;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string;
}

export interface TipOutcomeRow {
  id: number;
  tipPersonId: number;
  personName: string;
  unitName: string;
  category: PersonCategory;
  outcome: Outcome;
  grade: string;
  circumstance: Circumstance;
  conductDate: string | null;
  decidedDate: string;
}

export interface TipFeedback {
  date: string;
  way: FeedbackWay;
  content: string;
  recordedBy: string;
  recordedAt: string;
}

export interface ReporterInfo {
  name: string;
  phone: string;
  idNumber: string;
  address: string;
}

/** The proposal a leader returned (审批退回), shown until the tip is proposed again. */
export interface ReturnedProposal {
  disposal: Disposal;
  handlingDept: string;
  handlerName: string;
  handlingDue: string | null;
  proposalNote: string;
  /** The leader's reason. */
  reason: string;
  returnedBy: string;
  returnedAt: string;
}

export interface TipDetail extends TipRow {
  /** 反映内容; empty when the caller's role lacks the 信访内容 right (then contentHidden). */
  content: string;
  /** The caller may not read 反映内容 nor the attachments not marked 不含举报人信息. */
  contentHidden: boolean;
  /** Attachments left out of `attachments` because the caller may not open them. */
  hiddenAttachments: number;
  reporter: ReporterInfo;
  /** True when the reporter fields above are masked. */
  reporterMaskedOnly: boolean;
  /** Whether the caller's role may reveal the reporter. */
  canRevealReporter: boolean;
  people: TipPerson[];
  units: Array<{ id: number; name: string }>;
  proposalNote: string;
  /** Waiting for 拟办 after a leader returned the proposal: what was returned and why. */
  returned: ReturnedProposal | null;
  /** Waiting for 拟办: the 承办时限 proposed for each way of disposal (settings, working days). */
  proposedDue: Record<Disposal, string> | null;
  /** 承办时限 as approved, before any extension. */
  handlingDueOriginal: string | null;
  /** Said when a working-day deadline of this tip falls in a year without a holiday table (weekends only then). */
  calendarNote: string | null;
  conclusion: string;
  concludedDate: string | null;
  feedback: TipFeedback | null;
  hasQueryCode: boolean;
  steps: TipStep[];
  attachments: TipAttachment[];
  extensions: TipExtension[];
  outcomes: TipOutcomeRow[];
  /** Where the lead's 谈话函询方案 stands (its own 办结 waits while one is set; interviews concludes it). */
  planState: '草拟' | '待审批' | '已批准' | null;
  /** The other tips of the same matter (the original and its 重复件). */
  repeats: Array<{ id: number; number: string; receivedDate: string; summary: string; status: TipStatus; isOriginal: boolean }>;
  createdAt: string;
  createdBy: string;
}
