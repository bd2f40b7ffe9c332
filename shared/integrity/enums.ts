// 廉情指数的固定选项: the parts of a score, colours, grades, checklist results, where an input's
// period runs, who decided a discipline matter entered directly, and what a missing figure counts as.
import type { Outcome } from '../tips/index.ts';

/** The parts of a score (四性 and 绩效), in the order of the 廉情指数表. */
export const PARTS = ['控制性', '主体性', '绩效', '激励性', '廉勤性'] as const;
export type Part = (typeof PARTS)[number];

export const COLOURS = ['绿', '橙', '红'] as const;
export type Colour = (typeof COLOURS)[number];

export const GRADES = ['A', 'B', 'C'] as const;
export type Grade = (typeof GRADES)[number];

/** A control point's result in a quarter. */
export const CHECK_RESULTS = ['落实', '部分落实', '未落实'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

/** How often a measure is entered: each quarter, or once a year (then it applies to each quarter). */
export const MEASURE_PERIODS = ['季度', '年度'] as const;
export type MeasurePeriod = (typeof MEASURE_PERIODS)[number];

/** What a survey or cost figure without data counts as (the scheme's option). */
export const MISSING_POLICIES = ['满分', '零分', '同类平均'] as const;
export type MissingPolicy = (typeof MISSING_POLICIES)[number];

export const SCHEME_STATUSES = ['草稿', '已启用'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

/** The measures imported from the offices' sheets (one import kind each). */
export const IMPORT_KINDS = ['控制性检查', '满意度调查', '行政成本'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Who made a decision entered directly (not through a tip or a talk here). */
export const DECISION_BODIES = ['案件审理', '上级纪委', '司法机关'] as const;
export type DecisionBody = (typeof DECISION_BODIES)[number];

/** Outcomes only a directly entered decision carries (a tip's or talk's come from their own lists). */
export const DECISION_ONLY_OUTCOMES = ['效能问责', '通报批评', '刑事责任'] as const;
/** Every outcome a discipline event may carry (无 is not an event). */
export const EVENT_OUTCOMES = ['党纪处分', '政务处分', '组织处理', '诫勉', '批评教育', '提醒', '移送司法', ...DECISION_ONLY_OUTCOMES] as const;
// Every tip outcome but 无 is an event outcome (a compile error here when the tips' list grows).
const _tipOutcomesCovered: ReadonlyArray<(typeof EVENT_OUTCOMES)[number]> = [] as Array<Exclude<Outcome, '无'>>;
void _tipOutcomesCovered;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];
/** The outcomes a directly entered decision may carry. */
export const DECISION_OUTCOMES = EVENT_OUTCOMES;

/** Quarters 1–4; 0 is the whole year (a yearly measure's entry, or a year's result). */
export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];
