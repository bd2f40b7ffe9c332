// The flow of a tip: 登记 → 拟办 → 审批 → 承办 → 办结 → 反馈 (named reports only) → 归档.
// Pure rules: which step may follow which, and the message when it may not.
import type { ReportMode, TipStatus } from './enums.ts';
import { LEADERS, TIP_CLERKS, TIP_SUPERVISORS, type Role } from '../core/index.ts';

export const TIP_ACTIONS = ['拟办', '审批同意', '审批退回', '办结', '申请延期', '反馈', '归档', '重新启用'] as const;
export type TipAction = (typeof TIP_ACTIONS)[number];

/** The status each action starts from. */
export const ACTION_FROM: Readonly<Record<TipAction, TipStatus>> = {
  拟办: '待拟办',
  审批同意: '待审批',
  审批退回: '待审批',
  办结: '承办中',
  申请延期: '承办中',
  反馈: '待反馈',
  归档: '待归档',
  重新启用: '已归档',
};

/** What the tip waits for, in the words of the message. */
const NEXT_STEP: Record<TipStatus, string> = {
  待拟办: '拟办',
  待审批: '领导审批',
  承办中: '承办部门办结',
  待反馈: '向实名反映人反馈',
  待归档: '归档',
  已归档: '无（已归档）',
};

export type Transition = { ok: true; to: TipStatus } | { ok: false; message: string };

export function transition(status: TipStatus, action: TipAction, mode: ReportMode): Transition {
  if (ACTION_FROM[action] !== status) {
    return { ok: false, message: `该件当前为“${status}”，不能${actionLabel(action)}；下一步应为：${NEXT_STEP[status]}。` };
  }
  switch (action) {
    case '拟办':
      return { ok: true, to: '待审批' };
    case '审批同意':
      return { ok: true, to: '承办中' };
    case '审批退回':
      return { ok: true, to: '待拟办' };
    case '办结':
      return { ok: true, to: mode === '实名' ? '待反馈' : '待归档' };
    case '申请延期':
      return { ok: true, to: '承办中' };
    case '反馈':
      return { ok: true, to: '待归档' };
    case '归档':
      return { ok: true, to: '已归档' };
    case '重新启用':
      // Back to 待归档: whatever is changed then is filed again.
      return { ok: true, to: '待归档' };
  }
}

/**
 * An archived tip is closed: nothing on it changes (no attachment, no repeat link) until a
 * leader deliberately 重新启用 it, with a reason, which returns it to 待归档.
 */
export function archivedRefusal(tip: { number: string; status: TipStatus }): string | null {
  return tip.status === '已归档' ? `${tip.number} 已归档，不能再修改；如确需修改，请由领导“重新启用”，并写明理由。` : null;
}

/**
 * Who may add attachments to a tip: the clerks (信访室, 案件监督管理室) and the handler assigned to
 * it; on an archived tip no one.
 */
export function mayAddAttachment(person: { id: number; role: Role }, tip: { handlerUserId: number | null; status: TipStatus }): boolean {
  return tip.status !== '已归档' && (TIP_CLERKS.includes(person.role) || tip.handlerUserId === person.id);
}

function actionLabel(action: TipAction): string {
  if (action === '审批同意' || action === '审批退回') return '审批';
  if (action === '反馈') return '记录反馈';
  return action;
}

/** The stage a reporter may be told when quoting a query code. */
export function publicStage(status: TipStatus): '已受理' | '办理中' | '已办结' {
  if (status === '待拟办' || status === '待审批') return '已受理';
  if (status === '承办中') return '办理中';
  return '已办结';
}

export const OPEN_STATUSES: readonly TipStatus[] = ['待拟办', '待审批', '承办中', '待反馈', '待归档'];

/**
 * Who may conclude a lead or ask for more time (办结, 申请延期): the handler assigned to it, or a
 * supervising role (领导, 案件监督管理室) for any lead. The services refuse the others; the
 * renderer offers the steps to these only.
 */
export function mayHandleLead(person: { id: number; role: Role }, lead: { handlerUserId: number | null }): boolean {
  return TIP_SUPERVISORS.includes(person.role) || lead.handlerUserId === person.id;
}

/**
 * What waits for a person's step (待我办理), by role — the one rule behind 首页's lists and the
 * ledger's 我的 filter: the statuses the role moves a tip on from (信访室 and 案管室: 待拟办,
 * 待反馈, 待归档; 领导: 待审批), whether the role decides extension requests (领导: a lead in
 * 承办中 with a request waiting). Besides these, every lead in 承办中 assigned to the person.
 */
export interface WaitingRule {
  statuses: TipStatus[];
  extensionRequests: boolean;
}

export function waitingFor(role: Role): WaitingRule {
  const statuses: TipStatus[] = [];
  if (TIP_CLERKS.includes(role)) statuses.push('待拟办', '待反馈', '待归档');
  if (LEADERS.includes(role)) statuses.push('待审批');
  return { statuses, extensionRequests: LEADERS.includes(role) };
}
