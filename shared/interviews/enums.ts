// 谈话函询的固定选项: kinds, talk types, who holds a talk, causes, statuses, outcomes, assessments.

export const INTERVIEW_KINDS = ['谈话', '函询'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/** 谈话的类别; “谈话函询” is the talk of a lead's 谈话函询 (made from its approved plan). */
export const TALK_TYPES = ['廉政谈话', '提醒谈话', '诫勉谈话', '约谈', '任前廉政谈话', '巡察谈话', '谈话函询'] as const;
export type TalkType = (typeof TALK_TYPES)[number];

/**
 * Who holds a talk: the office's own interviewers (本委, at least two users), the person's own
 * party-committee head on the office's behalf (委托谈话, the head's name and post typed), or the
 * superior committee (上级纪委, their names typed). A letter is always the office's.
 */
export const HOLDERS = ['本委', '委托谈话', '上级纪委'] as const;
export type Holder = (typeof HOLDERS)[number];

/** What led to it. 信访件, 整改事项 and 预警告知书 name their record; 廉情指数 and 其他 are typed. */
export const CAUSE_KINDS = ['信访件', '整改事项', '预警告知书', '廉情指数', '其他'] as const;
export type CauseKind = (typeof CAUSE_KINDS)[number];

/**
 * Where it stands. A talk: 待谈话 → (谈话记录) 待办结 → (结果, 签字) 已办结. A letter: 待发函 →
 * (函询通知书印发) 待答复 → (答复) 待评估 → (评估) 已办结, or back to 待答复 for a 补充说明.
 */
export const INTERVIEW_STATUSES = ['待谈话', '待办结', '待发函', '待答复', '待评估', '已办结'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const OPEN_INTERVIEW_STATUSES: readonly InterviewStatus[] = ['待谈话', '待办结', '待发函', '待答复', '待评估'];

/** 结果. 了结 (反映不实, 澄清); 提醒, 批评教育, 诫勉 are discipline events; 转初步核实 sends the lead on. */
export const INTERVIEW_OUTCOMES = ['了结', '提醒', '批评教育', '诫勉', '转初步核实'] as const;
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number];
/** The outcomes that are discipline events (the index reads them with the tips' outcomes). */
export const EVENT_OUTCOMES = ['提醒', '批评教育', '诫勉'] as const satisfies readonly InterviewOutcome[];
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];
export function isEventOutcome(outcome: InterviewOutcome): outcome is EventOutcome {
  return (EVENT_OUTCOMES as readonly string[]).includes(outcome);
}

/** 函询答复的评估: 如实说明 → 了结; 说明不清 → 补充说明; 不如实或有问题 → a heavier outcome. */
export const ASSESSMENTS = ['如实说明', '说明不清', '不如实或有问题'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/** The deadline running now: a 委托谈话's talk, its record and 反馈单, a letter's reply. */
export const DUE_KINDS = ['谈话', '记录', '答复'] as const;
export type InterviewDueKind = (typeof DUE_KINDS)[number];

export const INTERVIEW_DUE_STATES = ['正常', '即将到期', '逾期'] as const;
export type InterviewDueState = (typeof INTERVIEW_DUE_STATES)[number];

export const INTERVIEW_FILE_KINDS = ['签字谈话记录', '反馈单', '答复材料', '其他材料'] as const;
export type InterviewFileKind = (typeof INTERVIEW_FILE_KINDS)[number];

/** A plan's way per person reported. */
export const PLAN_WAYS = ['谈话', '函询', '谈话和函询'] as const;
export type PlanWay = (typeof PLAN_WAYS)[number];
export const PLAN_STATUSES = ['草拟', '待审批', '已批准'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const SPOT_CHECK_RESULTS = ['属实', '不属实'] as const;
export type SpotCheckResult = (typeof SPOT_CHECK_RESULTS)[number];

export const EXTENSION_STATES = ['待审批', '已批准', '未批准'] as const;
export type InterviewExtensionState = (typeof EXTENSION_STATES)[number];

/** Unit types whose party committee is 下一级党委 by default (their 主要负责人's plan needs a 机关主要领导). */
export const DEFAULT_LOWER_COMMITTEE_TYPES = ['镇（街道）', '机关部门', '国有企业', '事业单位'] as const;

/** TH-2026-0001 for a talk, HX-2026-0001 for a letter. */
export function interviewNumber(kind: InterviewKind, year: number, serial: number): string {
  return `${kind === '谈话' ? 'TH' : 'HX'}-${year}-${String(serial).padStart(4, '0')}`;
}
