// Which steps the signed-in person may take on a tip now: by its status, the role's rights in
// the contract, and — for 办结 and 申请延期 — whether they are its handler (or a supervisor).
import type { OpName } from '../../../shared/api.ts';
import type { TipDetail, TipExtension } from '../../../shared/tips/ledger.ts';
import { ACTION_FROM, mayHandleLead, type TipAction } from '../../../shared/tips/flow.ts';
import type { SessionUser } from '../../../shared/core/index.ts';
import { canCall } from '../../app/permissions.ts';

export type TipActionKey = 'propose' | 'approve' | 'conclude' | 'extend' | 'decideExtension' | 'feedback' | 'archive' | 'reopen';

interface ActionRule {
  key: TipActionKey;
  label: string;
  op: OpName;
  /** The step of the flow (shared/tips/flow.ts): the status it starts from comes from there. */
  action: TipAction;
  handlerOnly?: boolean;
}

const RULES: readonly ActionRule[] = [
  { key: 'propose', label: '拟办', op: 'tips.propose', action: '拟办' },
  { key: 'approve', label: '审批', op: 'tips.approve', action: '审批同意' },
  { key: 'conclude', label: '办结', op: 'tips.conclude', action: '办结', handlerOnly: true },
  { key: 'extend', label: '申请延期', op: 'tips.requestExtension', action: '申请延期', handlerOnly: true },
  { key: 'feedback', label: '反馈', op: 'tips.feedback', action: '反馈' },
  { key: 'archive', label: '归档', op: 'tips.archive', action: '归档' },
  { key: 'reopen', label: '重新启用', op: 'tips.reopen', action: '重新启用' },
];

export function pendingExtension(tip: TipDetail): TipExtension | null {
  return tip.extensions.find((e) => e.state === '待审批') ?? null;
}

export function availableActions(tip: TipDetail, user: SessionUser): Array<{ key: TipActionKey; label: string }> {
  const mayHandle = mayHandleLead(user, tip);
  const pending = pendingExtension(tip);
  const found = RULES.filter(
    (r) =>
      ACTION_FROM[r.action] === tip.status && canCall(user.role, r.op) && (!r.handlerOnly || mayHandle) && !(r.key === 'extend' && pending) &&
      // While a 谈话函询方案 runs the lead is concluded from its talks and letters (谈话函询方案's own button).
      !(r.key === 'conclude' && tip.planState !== null),
  ).map(({ key, label }) => ({ key, label }));
  if (pending && tip.status === ACTION_FROM['申请延期'] && canCall(user.role, 'tips.decideExtension')) found.push({ key: 'decideExtension', label: '延期审批' });
  return found;
}
