// The rules of an item's life, pure: which step is allowed in which status and to whom, 逾期 and
// 需督办, and "overdue at a quarter's end" as the index reads it. The services ask these; the
// renderer asks the same to show what may be done.
import type { Role } from '../core/index.ts';
import { addDays, daysBetween, type WorkCalendar } from '../kernel/workdays.ts';
import type { RectDueState, RectStatus } from './enums.ts';

/** Who records what the units report (items, progress, evidence, 申请验收, 延期申请). */
export const RECT_WRITERS: readonly Role[] = ['监督检查室', '案件监督管理室', '领导'];
/** Who checks a completion report (验收). */
export const RECT_VERIFIERS: readonly Role[] = ['监督检查室'];
/** Who closes an item (销号) and decides an extension. */
export const RECT_LEADERS: readonly Role[] = ['领导'];

export type RectStep = 'edit' | 'progress' | 'evidence' | 'requestAcceptance' | 'verify' | 'close' | 'requestExtension' | 'decideExtension' | 'recur';

export interface ItemState {
  status: RectStatus;
  /** A check passed since the last 申请验收. */
  verified: boolean;
  /** The user who recorded the pending 申请验收. */
  acceptanceRecordedBy: number | null;
  extensionPending: boolean;
}

const WRITER_TEXT = '监督检查室、案件监督管理室和领导';

/** Why the role may never take the step (the message the person reads), or null. */
export function roleRefusal(step: RectStep, role: Role): string | null {
  switch (step) {
    case 'verify':
      return RECT_VERIFIERS.includes(role) ? null : '只有监督检查室的人员可以验收';
    case 'close':
      return RECT_LEADERS.includes(role) ? null : '只有领导可以销号';
    case 'decideExtension':
      return RECT_LEADERS.includes(role) ? null : '只有领导可以审批延期';
    default:
      return RECT_WRITERS.includes(role) ? null : `只有${WRITER_TEXT}可以办理整改事项`;
  }
}

/**
 * Why the step cannot be taken on the item as it is now by this user, or null. The one refusal
 * that is about the person, not the item: the user who recorded the 申请验收 may not verify it
 * (`selfCheck`).
 */
export function stateRefusal(step: RectStep, item: ItemState, userId: number): { message: string; selfCheck: boolean } | null {
  const no = (message: string) => ({ message, selfCheck: false });
  const closed = item.status === '已销号';
  switch (step) {
    case 'edit':
    case 'evidence':
      return closed ? no('该事项已销号，不能再修改；如问题再次出现，请登记为屡查屡犯的新事项') : null;
    case 'progress':
      if (closed) return no('该事项已销号，不能再记录进展');
      return item.status === '待验收' ? no('该事项正在验收中：验收退回后才能继续记录整改进展') : null;
    case 'requestAcceptance':
      if (closed) return no('该事项已销号');
      return item.status === '待验收' ? no('该事项已申请验收，请等待验收结果') : null;
    case 'verify':
      if (item.status !== '待验收') return no('该事项不在待验收状态');
      if (item.verified) return no('该事项已验收通过，待领导销号');
      return item.acceptanceRecordedBy === userId ? { message: '申请验收由您记录，须由监督检查室的其他人员验收', selfCheck: true } : null;
    case 'close':
      if (item.status !== '待验收' || !item.verified) return no('须经验收通过后才能销号');
      return item.extensionPending ? no('有一份延期申请待审批，请先审批') : null;
    case 'requestExtension':
      if (closed) return no('该事项已销号，无需延期');
      return item.extensionPending ? no('已有一份延期申请待审批') : null;
    case 'decideExtension':
      return item.extensionPending ? null : no('没有待审批的延期申请');
    case 'recur':
      return closed ? null : no('只有已销号的事项才能登记为屡查屡犯（未销号的请继续整改）');
  }
}

/** Why a step cannot be taken now, or null: the role's refusal first, then the item's. */
export function stepRefusal(step: RectStep, item: ItemState, user: { id: number; role: Role }): string | null {
  return roleRefusal(step, user.role) ?? stateRefusal(step, item, user.id)?.message ?? null;
}

/** 逾期 once the deadline in force has passed (an open item); 即将到期 within soonDays. Closed: null. */
export function rectDueState(deadline: string, today: string, status: RectStatus, soonDays: number): RectDueState | null {
  if (status === '已销号') return null;
  const left = daysBetween(today, deadline);
  if (left < 0) return '逾期';
  return left <= soonDays ? '即将到期' : '正常';
}

/**
 * 需督办: open items overdue by more than n working days, i.e. with more than n working days after
 * the deadline up to today. Returns the latest deadline that qualifies (deadline ≤ it).
 */
export function superviseCutoff(calendar: WorkCalendar, today: string, n: number): string {
  let day = today;
  let counted = 0;
  for (;;) {
    if (calendar.isWorkday(day)) counted++;
    if (counted === n + 1) return addDays(day, -1);
    day = addDays(day, -1);
  }
}

/** Closed on time: 销号 on or before the deadline in force at closing. */
export function closedOnTime(closedOn: string, deadline: string): boolean {
  return closedOn <= deadline;
}

/** An item's history as the index reads it at a day (DOMAIN.md: overdue rectification at quarter end). */
export interface ItemHistory {
  /** The day it was registered (the office's date). */
  createdOn: string;
  deadlineOriginal: string;
  /** Approved extensions: the day decided and the deadline they set. */
  extensions: ReadonlyArray<{ decidedOn: string; deadline: string }>;
  closedOn: string | null;
}

/** The deadline in force on `day`: the last extension approved on or before it, else the original. */
export function deadlineInForce(item: ItemHistory, day: string): string {
  let deadline = item.deadlineOriginal;
  let at = '';
  for (const e of item.extensions) {
    if (e.decidedOn <= day && e.decidedOn >= at) {
      deadline = e.deadline;
      at = e.decidedOn;
    }
  }
  return deadline;
}

/**
 * Overdue at the end of `day` (e.g. a quarter's last day): registered by then, not 已销号 by the
 * end of that day, and its deadline in force that day is before it. Measure deadlines do not count.
 */
export function overdueAt(item: ItemHistory, day: string): boolean {
  if (item.createdOn > day) return false;
  if (item.closedOn !== null && item.closedOn <= day) return false;
  return deadlineInForce(item, day) < day;
}

/** A stored row with what today makes of it: 逾期 / 即将到期, days overdue, closed on time. */
export function withDueState<T extends { deadline: string; status: RectStatus; closedOn: string | null }>(
  row: T,
  today: string,
  soonDays: number,
): T & { dueState: RectDueState | null; overdueDays: number; closedOnTime: boolean | null } {
  const dueState = rectDueState(row.deadline, today, row.status, soonDays);
  return {
    ...row,
    dueState,
    overdueDays: dueState === '逾期' ? daysBetween(row.deadline, today) : 0,
    closedOnTime: row.closedOn === null ? null : closedOnTime(row.closedOn, row.deadline),
  };
}
