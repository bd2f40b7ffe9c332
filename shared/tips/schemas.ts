// 信访举报 / 问题线索: the contract's inputs and results for tips, from registration to archive.
// Reporter data (举报人信息) never travels in a result unmasked, except from tips.revealReporter.
import { z } from '../kernel/zod.ts';
import { idNumberProblem, normalizeIdNumber } from '../kernel/idcard.ts';
import { normalizePhone, phoneProblem } from '../kernel/phone.ts';
import { toIsoDate } from '../kernel/dates.ts';
import { PERSON_CATEGORIES, type PersonCategory } from '../registry/people.ts';
import {
  boolField, dateField, enumField, fileField, idField, nameField, paging, searchField, textField, versionField,
} from '../kernel/common.ts';

export const TIP_CHANNELS = [
  '来信', '来访', '电话', '网络举报', '12388举报平台', '上级转办', '巡察移交', '审计移交', '其他部门移送', '媒体反映',
] as const;
export type TipChannel = (typeof TIP_CHANNELS)[number];

export const TIP_CATEGORIES = [
  '政治纪律', '组织纪律', '廉洁纪律', '群众纪律', '工作纪律', '生活纪律',
  '贪污贿赂', '滥用职权', '玩忽职守', '其他职务违法犯罪', '其他',
] as const;
export type TipCategory = (typeof TIP_CATEGORIES)[number];

export const REPORT_MODES = ['实名', '匿名'] as const;
export type ReportMode = (typeof REPORT_MODES)[number];

/** Where a tip stands: the next step it waits for, or 已归档. */
export const TIP_STATUSES = ['待拟办', '待审批', '承办中', '待反馈', '待归档', '已归档'] as const;
export type TipStatus = (typeof TIP_STATUSES)[number];

/** 四种处置方式 */
export const DISPOSALS = ['谈话函询', '初步核实', '暂存待查', '予以了结'] as const;
export type Disposal = (typeof DISPOSALS)[number];
/** Disposals whose 办结 must state a 办理结果. */
export const DISPOSALS_NEEDING_RESULT: readonly Disposal[] = ['谈话函询', '初步核实'];

export const TIP_RESULTS = ['查实', '部分查实', '查否'] as const;
export type TipResult = (typeof TIP_RESULTS)[number];

export const OUTCOMES = ['党纪处分', '政务处分', '组织处理', '诫勉', '批评教育', '移送司法', '无'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const PARTY_GRADES = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'] as const;
export const GOV_GRADES = ['警告', '记过', '记大过', '降级', '撤职', '开除'] as const;
/** The grades an outcome may carry; outcomes not listed carry none. */
export const OUTCOME_GRADES: Partial<Record<Outcome, readonly string[]>> = {
  党纪处分: PARTY_GRADES,
  政务处分: GOV_GRADES,
};

export const CIRCUMSTANCES = ['从轻', '一般', '从重'] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];

export const FEEDBACK_WAYS = ['当面反馈', '电话反馈', '书面反馈', '网络平台反馈'] as const;
export type FeedbackWay = (typeof FEEDBACK_WAYS)[number];

/** Rooms a lead is usually handed to (suggestions; other text is allowed). */
export const HANDLING_DEPTS = [
  '信访室', '监督检查室', '案件监督管理室', '第一纪检监察室', '第二纪检监察室', '案件审理室', '派驻纪检监察组', '乡镇（街道）纪（工）委',
] as const;

export const DUE_STATES = ['正常', '即将到期', '逾期'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const EXTENSION_STATES = ['待审批', '已批准', '未批准'] as const;
export type ExtensionState = (typeof EXTENSION_STATES)[number];

// ---- registration -------------------------------------------------------------------------

const today = (): string => toIsoDate(new Date());

const reporterInput = z.strictObject({
  name: z.union([nameField('反映人姓名', 30), z.literal('')]).default(''),
  phone: textField('联系电话', 40).default(''),
  idNumber: textField('身份证号', 30).default(''),
  address: textField('通讯地址', 100).default(''),
});
export type ReporterInput = z.output<typeof reporterInput>;

const reportedPersonInput = z.strictObject({
  /** A person of the registry, or null when typed by hand. */
  personId: idField('被反映人').nullable().default(null),
  name: nameField('被反映人姓名', 30),
  /** The person's unit in the registry, if known. */
  unitId: idField('被反映人单位').nullable().default(null),
  unitName: textField('被反映人单位', 60).default(''),
  post: textField('被反映人职务', 40).default(''),
  category: enumField('身份类别', PERSON_CATEGORIES).default('一般干部'),
});
export type ReportedPersonInput = z.output<typeof reportedPersonInput>;

export const tipRegisterInput = z
  .strictObject({
    receivedDate: dateField('收件日期'),
    channel: enumField('来源渠道', TIP_CHANNELS),
    mode: enumField('反映方式', REPORT_MODES),
    reporter: reporterInput.default({ name: '', phone: '', idNumber: '', address: '' }),
    people: z.array(reportedPersonInput, { error: '被反映人无效' }).max(20, '被反映人最多20人').default([]),
    unitIds: z.array(idField('被反映单位'), { error: '被反映单位无效' }).max(20, '被反映单位最多20个').default([]),
    categories: z
      .array(enumField('问题类别', TIP_CATEGORIES), { error: '请选择问题类别' })
      .min(1, '请选择问题类别（可多选）')
      .max(TIP_CATEGORIES.length, '问题类别无效'),
    summary: textField('问题摘要', 200, true),
    content: textField('反映内容', 20_000, true),
    /** Link as 重复件 of this earlier tip. */
    repeatOf: idField('重复件所属的原件').nullable().default(null),
    /** Suggested earlier tips the clerk looked at and judged not the same matter. */
    dismissedRepeats: z.array(idField('已排除的相似件')).max(50, '已排除的相似件过多').default([]),
  })
  .superRefine((v, ctx) => {
    const r = v.reporter;
    if (v.mode === '实名') {
      if (!r.name) ctx.addIssue({ code: 'custom', path: ['reporter', 'name'], message: '实名反映请填写反映人姓名' });
      if (!r.phone && !r.address) {
        ctx.addIssue({ code: 'custom', path: ['reporter', 'phone'], message: '实名反映请至少填写联系电话或通讯地址，以便反馈' });
      }
    } else if (r.name || r.phone || r.idNumber || r.address) {
      ctx.addIssue({ code: 'custom', path: ['reporter', 'name'], message: '匿名反映不填写反映人信息；如留有联系方式，请选择实名' });
    }
    if (r.phone) {
      const problem = phoneProblem(r.phone);
      if (problem) ctx.addIssue({ code: 'custom', path: ['reporter', 'phone'], message: problem });
    }
    if (r.idNumber) {
      const problem = idNumberProblem(r.idNumber, today());
      if (problem) ctx.addIssue({ code: 'custom', path: ['reporter', 'idNumber'], message: problem });
    }
    if (v.people.length === 0 && v.unitIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['people'], message: '请至少填写一名被反映人或一个被反映单位' });
    }
    if (new Set(v.categories).size !== v.categories.length) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: '问题类别有重复' });
    }
  })
  .transform((v) => ({
    ...v,
    reporter: { ...v.reporter, phone: v.reporter.phone ? normalizePhone(v.reporter.phone) : '', idNumber: normalizeIdNumber(v.reporter.idNumber) },
  }));
export type TipRegisterInput = z.output<typeof tipRegisterInput>;

export interface TipRegisterResult {
  id: number;
  number: string;
  /** 查询码 for an anonymous reporter, shown once; null for named reports. */
  queryCode: string | null;
}

export const repeatCandidatesInput = z.strictObject({
  people: z.array(z.strictObject({ personId: idField('被反映人').nullable().default(null), name: textField('被反映人姓名', 30) })).max(20).default([]),
  unitIds: z.array(idField('被反映单位')).max(20).default([]),
  summary: textField('问题摘要', 200).default(''),
  content: textField('反映内容', 20_000).default(''),
  /** The tip itself when asking from its page. */
  excludeId: idField('信访件').nullable().default(null),
});
export type RepeatCandidatesInput = z.output<typeof repeatCandidatesInput>;

export interface RepeatCandidate {
  id: number;
  number: string;
  receivedDate: string;
  summary: string;
  status: TipStatus;
  /** 0–100: higher is more likely the same matter. */
  score: number;
  /** Why it was suggested, e.g. 同一被反映人：张三 · 内容相似 72%. */
  reasons: string[];
  repeatOf: number | null;
}

// ---- the flow -------------------------------------------------------------------------------

const tipRef = { id: idField('信访件'), version: versionField };

/** 拟办: propose the disposal, the handler and the deadline. */
export const tipProposeInput = z.strictObject({
  ...tipRef,
  disposal: enumField('处置方式', DISPOSALS),
  handlingDept: nameField('承办部门', 40),
  handlerUserId: idField('承办人'),
  handlingDue: dateField('承办时限'),
  note: textField('拟办意见', 1000).default(''),
});
/** 审批: a leader approves the proposal, or returns it with a reason. */
export const tipApproveInput = z
  .strictObject({ ...tipRef, approved: boolField('审批意见'), note: textField('审批意见', 1000).default('') })
  .refine((v) => v.approved || v.note.length > 0, { path: ['note'], message: '退回时请填写退回理由' });

const outcomeInput = z
  .strictObject({
    tipPersonId: idField('被反映人'),
    outcome: enumField('处理', OUTCOMES),
    grade: textField('处分档次', 20).default(''),
    circumstance: enumField('情节', CIRCUMSTANCES).default('一般'),
    conductDate: z.union([dateField('违纪行为发生时间'), z.literal('')]).default(''),
  })
  .superRefine((v, ctx) => {
    const grades = OUTCOME_GRADES[v.outcome];
    if (grades && !grades.includes(v.grade)) {
      ctx.addIssue({ code: 'custom', path: ['grade'], message: `请选择${v.outcome}的档次（${grades.join('、')}）` });
    }
    if (!grades && v.grade) ctx.addIssue({ code: 'custom', path: ['grade'], message: `${v.outcome}没有档次，请不要填写` });
    if (v.outcome !== '无' && !v.conductDate) {
      ctx.addIssue({ code: 'custom', path: ['conductDate'], message: '请填写违纪行为发生时间' });
    }
  });
export type OutcomeInput = z.output<typeof outcomeInput>;

/** 办结: the result and, per person reported, the outcome. */
export const tipConcludeInput = z.strictObject({
  ...tipRef,
  result: enumField('办理结果', TIP_RESULTS).nullable().default(null),
  concludedDate: dateField('办结日期'),
  conclusion: textField('办理情况', 5000, true),
  outcomes: z.array(outcomeInput).max(20).default([]),
});
export type TipConcludeInput = z.output<typeof tipConcludeInput>;

export const tipFeedbackInput = z.strictObject({
  ...tipRef,
  date: dateField('反馈日期'),
  way: enumField('反馈方式', FEEDBACK_WAYS),
  content: textField('反馈内容', 2000, true),
});
export const tipArchiveInput = z.strictObject({ ...tipRef, note: textField('归档说明', 500).default('') });

export const extensionRequestInput = z.strictObject({
  ...tipRef,
  newDue: dateField('延期至'),
  reason: textField('延期理由', 1000, true),
});
export const extensionDecideInput = z
  .strictObject({ extensionId: idField('延期申请'), approved: boolField('审批意见'), note: textField('审批意见', 1000).default('') })
  .refine((v) => v.approved || v.note.length > 0, { path: ['note'], message: '不同意延期时请填写理由' });

export const tipLinkRepeatInput = z.strictObject({ ...tipRef, repeatOf: idField('原件') });
export const tipUnlinkRepeatInput = z.strictObject(tipRef);

export const tipIdInput = z.strictObject({ id: idField('信访件') });
export const queryCodeInput = z.strictObject({
  code: z
    .string({ error: '请填写查询码' })
    .transform((v) => v.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase())
    .pipe(z.string().min(1, '请填写查询码').regex(/^[A-Z0-9]{8}$/, '查询码为8位字母和数字，如 K7PM-3QXD')),
});
export interface QueryCodeResult {
  /** What may be told to the reporter: the stage and nothing else. */
  status: '已受理' | '办理中' | '已办结';
}

export const attachmentAddInput = z.strictObject({ tipId: idField('信访件'), file: fileField });
export const attachmentIdInput = z.strictObject({ id: idField('附件') });

// ---- the ledger ---------------------------------------------------------------------------

export const TIP_SORT_FIELDS = ['number', 'receivedDate', 'channel', 'status', 'dueDate', 'handlerName', 'summary'] as const;

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
};
export const tipListInput = z.strictObject({
  ...paging,
  sortField: z.enum(TIP_SORT_FIELDS, { error: '排序字段无效' }).default('receivedDate'),
  sortDir: paging.sortDir.default('desc'),
  ...tipFilters,
});
export type TipListInput = z.output<typeof tipListInput>;
export type TipFilterInput = Omit<TipListInput, 'page' | 'pageSize' | 'sortField' | 'sortDir'>;

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

export interface TipDetail extends TipRow {
  content: string;
  reporter: ReporterInfo;
  /** True when the reporter fields above are masked. */
  reporterMaskedOnly: boolean;
  /** Whether the caller's role may reveal the reporter. */
  canRevealReporter: boolean;
  people: TipPerson[];
  units: Array<{ id: number; name: string }>;
  proposalNote: string;
  /** 承办时限 as approved, before any extension. */
  handlingDueOriginal: string | null;
  conclusion: string;
  concludedDate: string | null;
  feedback: TipFeedback | null;
  hasQueryCode: boolean;
  steps: TipStep[];
  attachments: TipAttachment[];
  extensions: TipExtension[];
  outcomes: TipOutcomeRow[];
  /** The other tips of the same matter (the original and its 重复件). */
  repeats: Array<{ id: number; number: string; receivedDate: string; summary: string; status: TipStatus; isOriginal: boolean }>;
  createdAt: string;
  createdBy: string;
}

// ---- home page, statistics --------------------------------------------------------------

export interface TipTask {
  id: number;
  number: string;
  summary: string;
  status: TipStatus;
  dueDate: string | null;
  dueState: DueState | null;
  /** What is waited for, e.g. 待审批 or 延期申请待审批. */
  action: string;
  extensionId: number | null;
}

export interface TipDashboard {
  myOverdue: TipTask[];
  dueSoon: TipTask[];
  awaitingMe: TipTask[];
  counts: { open: number; overdue: number; dueSoon: number; thisYear: number };
}

export const STAT_DIMENSIONS = ['channel', 'category', 'disposal', 'result', 'outcome'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];
export const STAT_DIMENSION_LABELS: Record<StatDimension, string> = {
  channel: '来源渠道',
  category: '问题类别',
  disposal: '处置方式',
  result: '办理结果',
  outcome: '处理',
};
/** What each dimension counts (under the table on screen and in the workbook). */
export const STAT_DIMENSION_NOTES: Record<StatDimension, string> = {
  channel: '按收件日期统计件数。',
  category: '按收件日期统计；一件反映多个问题类别的，在每个类别中各计一次，因此合计可能大于收件数。',
  disposal: '按收件日期统计件数；“未拟办”指尚未提出处置方式的件。',
  result: '按收件日期统计件数；“未作认定”指以暂存待查、予以了结方式办结、不作查实认定的件；“未办结”指尚在办理中的件。',
  outcome: '按处理决定日期（办结日期）统计人次：每名被反映人的处理各计一次。',
};
export const STAT_PERIODS = ['month', 'quarter', 'year'] as const;
export type StatPeriod = (typeof STAT_PERIODS)[number];

export const tipStatsInput = z.strictObject({
  year: z.int({ error: '年度无效' }).min(2000, '年度无效').max(2100, '年度无效'),
  period: z.enum(STAT_PERIODS, { error: '统计周期无效' }).default('month'),
  dimension: z.enum(STAT_DIMENSIONS, { error: '统计项目无效' }).default('channel'),
});
export type TipStatsInput = z.output<typeof tipStatsInput>;
export const tipStatsExportInput = z.strictObject({ year: tipStatsInput.shape.year });

export interface TipStats {
  year: number;
  period: StatPeriod;
  dimension: StatDimension;
  /** Column labels: 1月…12月, 一季度…四季度, or the year. */
  columns: string[];
  rows: Array<{ label: string; counts: number[]; total: number }>;
  totals: number[];
  grandTotal: number;
  /** 重复件 received in the year (not counted above). */
  repeatsExcluded: number;
}

// ---- calendar --------------------------------------------------------------------------------

export const calendarListInput = z.strictObject({
  year: z.int({ error: '年度无效' }).min(2000, '年度无效').max(2100, '年度无效'),
});
export const CALENDAR_KINDS = ['休', '班'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
export const calendarSetInput = z.strictObject({
  date: dateField('日期'),
  /** null restores the ordinary weekday/weekend rule for the date. */
  kind: enumField('类型', CALENDAR_KINDS).nullable(),
  name: textField('名称', 20).default(''),
});
export interface CalendarDay {
  date: string;
  kind: CalendarKind;
  name: string;
}

export interface UserOption {
  id: number;
  displayName: string;
  role: string;
}
