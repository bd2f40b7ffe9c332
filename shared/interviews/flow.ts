// The rules of a talk's and a letter's life, pure: who may do what, which step follows which, the
// working-day deadlines, who must approve a plan, and which 办理结果 a tip may take from its talks.
// The services ask these; the renderer asks the same to show what may be done.
import type { Role } from '../core/index.ts';
import type { WorkCalendar } from '../kernel/workdays.ts';
import type { TipResult } from '../tips/index.ts';
import type { InterviewDueKind, InterviewDueState, InterviewKind, InterviewOutcome, InterviewStatus } from './enums.ts';

/** Who handles talks and letters (registers, records, drafts plans, issues notices). */
export const INTERVIEW_WRITERS: readonly Role[] = ['信访室', '监督检查室', '案件监督管理室', '领导'];
/** Who sees them: the handlers, the leaders, and 只读 (the content only if granted). */
export const INTERVIEW_READERS: readonly Role[] = ['信访室', '监督检查室', '案件监督管理室', '领导', '只读'];
/** Who approves a plan and decides extensions. */
export const INTERVIEW_LEADERS: readonly Role[] = ['领导'];
/** Default roles that read the content of records and replies (系统设置 may add 只读). */
export const DEFAULT_INTERVIEW_CONTENT_ROLES: readonly Role[] = ['信访室', '监督检查室', '案件监督管理室', '领导'];

export type InterviewStep = 'edit' | 'record' | 'conclude' | 'draftNotice' | 'reply' | 'assess' | 'meeting' | 'addFile' | 'followUp' | 'requestExtension' | 'decideExtension';

export interface InterviewState {
  kind: InterviewKind;
  status: InterviewStatus;
  holder: '本委' | '委托谈话' | '上级纪委';
  outcome: InterviewOutcome | null;
  extensionPending: boolean;
  hasDue: boolean;
  meetingRecorded: boolean;
}

/** Why the step cannot be taken on the record as it is now, or null. */
export function interviewStateRefusal(step: InterviewStep, s: InterviewState): string | null {
  const done = s.status === '已办结';
  switch (step) {
    case 'edit':
      return s.status === '待谈话' || s.status === '待发函' ? null : '已谈话或已发函的，不能再修改计划';
    case 'record':
      if (s.kind !== '谈话') return '函询没有谈话记录';
      return s.status === '待谈话' ? null : s.status === '已办结' ? '该谈话已办结' : '该谈话已记录';
    case 'conclude':
      if (s.kind !== '谈话') return '函询在评估答复时办结';
      return s.status === '待办结' ? null : s.status === '已办结' ? '该谈话已办结' : '请先记录谈话';
    case 'draftNotice':
      if (done) return '已办结';
      if (s.kind === '函询') return s.status === '待发函' ? null : '函询通知书已印发';
      return s.status === '待谈话' ? null : '已谈话，不需要再发通知';
    case 'reply':
      if (s.kind !== '函询') return '谈话没有答复';
      return s.status === '待答复' ? null : s.status === '待发函' ? '请先印发函询通知书' : '该函询不在待答复状态';
    case 'assess':
      if (s.kind !== '函询') return '谈话没有答复评估';
      return s.status === '待评估' ? null : '请先登记答复';
    case 'meeting':
      if (s.kind !== '函询') return '民主生活会说明只适用于函询';
      if (!done) return '函询办结后才能登记民主生活会上的说明';
      return s.meetingRecorded ? '已登记民主生活会说明' : null;
    case 'addFile':
    case 'followUp':
      return null;
    case 'requestExtension':
      if (done || !s.hasDue) return '没有正在计算的时限';
      return s.extensionPending ? '已有一份延期申请待审批' : null;
    case 'decideExtension':
      return s.extensionPending ? null : '没有待审批的延期申请';
  }
}

/** Why the role may never take the step (the message the person reads), or null. */
export function interviewRoleRefusal(step: InterviewStep, role: Role): string | null {
  if (step === 'decideExtension') return INTERVIEW_LEADERS.includes(role) ? null : '只有领导可以审批延期';
  return INTERVIEW_WRITERS.includes(role) ? null : '只有信访室、监督检查室、案件监督管理室和领导可以办理谈话函询';
}

export function interviewStepRefusal(step: InterviewStep, s: InterviewState, role: Role): string | null {
  return interviewRoleRefusal(step, role) ?? interviewStateRefusal(step, s);
}

export interface DueDays {
  /** 函询答复: working days after the 函询通知书's date. */
  replyWorkdays: number;
  /** 委托谈话: working days after the 委托谈话通知书 to hold the talk. */
  entrustTalkWorkdays: number;
  /** 委托谈话: working days after the talk for the record and 反馈单. */
  entrustRecordWorkdays: number;
}

/**
 * The deadline a step starts, on the working-day calendar: a letter sent (or a 补充说明 ordered)
 * → its reply; a 委托谈话通知书 issued → the talk; a 委托谈话 held → its record and 反馈单.
 */
export function dueAfter(calendar: WorkCalendar, kind: InterviewDueKind, from: string, days: DueDays): string {
  switch (kind) {
    case '答复':
      return calendar.addWorkdays(from, days.replyWorkdays);
    case '谈话':
      return calendar.addWorkdays(from, days.entrustTalkWorkdays);
    case '记录':
      return calendar.addWorkdays(from, days.entrustRecordWorkdays);
  }
}

/**
 * 正常 / 即将到期 / 逾期 of a running deadline, with the working days left (negative: overdue by):
 * overdue the day after the due date; due soon within `soonWorkdays` working days.
 */
export function interviewDueState(calendar: WorkCalendar, due: string, today: string, soonWorkdays: number): { state: InterviewDueState; workdaysLeft: number } {
  // 0 - n, not -n: overdue on a day off is 0 working days, not -0.
  const left = today <= due ? calendar.workdaysBetween(today, due) : 0 - calendar.workdaysBetween(due, today);
  if (today > due) return { state: '逾期', workdaysLeft: left };
  return { state: left <= soonWorkdays ? '即将到期' : '正常', workdaysLeft: left };
}

/**
 * A plan needs a 机关主要领导's approval when a person in it is 主要负责人 of a unit whose type the
 * office marks as a lower-level party committee.
 */
export function needsMainLeader(person: { category: string; unitType: string | null }, lowerCommitteeTypes: readonly string[]): boolean {
  return person.category === '主要负责人' && person.unitType !== null && lowerCommitteeTypes.includes(person.unitType);
}

/** Why this user may not approve the plan, or null. */
export function planApprovalRefusal(user: { role: Role; mainLeader: boolean }, plan: { needsMainLeader: boolean }): string | null {
  if (!INTERVIEW_LEADERS.includes(user.role)) return '只有领导可以审批谈话函询方案';
  if (plan.needsMainLeader && !user.mainLeader) return '方案涉及下一级党委主要负责人，须由机关主要领导审批';
  return null;
}

/**
 * The 办理结果 a tip may take when all its talks and letters are concluded: 查否 when every person's
 * account was 了结 (反映不实 / 如实说明); 查实 or 部分查实 when a 提醒, 批评教育, 诫勉 followed.
 * A 转初步核实 sent the tip on (it has no 办理结果 from here); open ones wait.
 */
export function tipResultsAllowed(outcomes: ReadonlyArray<InterviewOutcome | null>): { allowed: TipResult[]; reason: string | null } {
  if (outcomes.length === 0) return { allowed: [], reason: '还没有谈话或函询' };
  if (outcomes.some((o) => o === null)) return { allowed: [], reason: '还有谈话或函询未办结' };
  if (outcomes.includes('转初步核实')) return { allowed: [], reason: '已转初步核实，按初步核实办结' };
  if (outcomes.every((o) => o === '了结')) return { allowed: ['查否'], reason: null };
  return { allowed: ['查实', '部分查实'], reason: null };
}
