// 预警闭环: what a published 廉情指数 result calls for (seed 003 “两书送达”, “结果运用”; DOMAIN
// “Consequences”), and where each consequence stands.

/**
 * The consequences the scheme calls for. A quarter: 预警告知书 for a 红 unit or a unit with a found
 * problem. A year: 预警建议书 for every unit; grade C a 廉政谈话 with the main leader and the unit with
 * its responsible people on 不得评先评优; grade A on 可参与优秀班子评定.
 */
export const CONSEQUENCE_KINDS = ['预警告知书', '预警建议书', '廉政谈话', '不得评先评优', '可参与优秀班子评定'] as const;
export type ConsequenceKind = (typeof CONSEQUENCE_KINDS)[number];
export const QUARTER_CONSEQUENCE_KINDS: readonly ConsequenceKind[] = ['预警告知书'];
export const YEAR_CONSEQUENCE_KINDS: readonly ConsequenceKind[] = ['预警建议书', '廉政谈话', '不得评先评优', '可参与优秀班子评定'];

/** The two year lists (名单). */
export const AWARD_LISTS = ['不得评先评优', '可参与优秀班子评定'] as const;
export type AwardList = (typeof AWARD_LISTS)[number];

/**
 * Where a consequence stands, derived from what it made (never stored apart from it):
 * - 预警告知书: 待拟制 → 草稿 → 整改中 (issued, items open) → 已完成 (every item 销号);
 * - 预警建议书: 草稿 → 已印发 → 已送达 (delivery recorded);
 * - 廉政谈话: 待安排 → 待谈话 → 待办结 → 已完成 (the talk 办结);
 * - the lists: 已列入;
 * - any: 已关闭 (closed with a reason; nothing it made is deleted).
 */
export const CONSEQUENCE_STATES = ['待拟制', '草稿', '整改中', '已印发', '已送达', '待安排', '待谈话', '待办结', '已列入', '已完成', '已关闭'] as const;
export type ConsequenceState = (typeof CONSEQUENCE_STATES)[number];

/** The states where something is still to be done by the office or the unit. */
export const OPEN_CONSEQUENCE_STATES: readonly ConsequenceState[] = ['待拟制', '草稿', '整改中', '已印发', '待安排', '待谈话', '待办结'];

/** The consequences page's filter on where they stand. */
export const CONSEQUENCE_FILTERS = ['全部', '未完成', '逾期', '已完成', '已关闭', '与结果不符'] as const;
export type ConsequenceFilter = (typeof CONSEQUENCE_FILTERS)[number];

/** The answer to “may this person be commended in that year?”. */
export const AWARD_ANSWERS = ['不得评先评优', '可参与优秀班子评定', '未列入名单', '年度尚未发布'] as const;
export type AwardAnswer = (typeof AWARD_ANSWERS)[number];
