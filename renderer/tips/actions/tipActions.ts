// Which steps the signed-in person may take on a tip now: by its status, the role's rights in
// the contract, and — for 办结 and 申请延期 — whether they are its handler (or a supervisor).
import type { OpName } from '../../../shared/api.ts';
import { TIP_SUPERVISORS } from '../../../shared/core/index.ts';
import type { TipDetail, TipExtension } from '../../../shared/tips/ledger.ts';
import type { TipStatus } from '../../../shared/tips/enums.ts';
import type { SessionUser } from '../../../shared/core/index.ts';
import { canCall } from '../../app/permissions.ts';

export type TipActionKey = 'propose' | 'approve' | 'conclude' | 'extend' | 'decideExtension' | 'feedback' | 'archive';

interface ActionRule {
  key: TipActionKey;
  label: string;
  op: OpName;
  status: TipStatus;
  handlerOnly?: boolean;
}

const RULES: readonly ActionRule[] = [
  { key: 'propose', label: '拟办', op: 'tips.propose', status: '待拟办' },
  { key: 'approve', label: '审批', op: 'tips.approve', status: '待审批' },
  { key: 'conclude', label: '办结', op: 'tips.conclude', status: '承办中', handlerOnly: true },
  { key: 'extend', label: '申请延期', op: 'tips.requestExtension', status: '承办中', handlerOnly: true },
  { key: 'feedback', label: '反馈', op: 'tips.feedback', status: '待反馈' },
  { key: 'archive', label: '归档', op: 'tips.archive', status: '待归档' },
];

export function pendingExtension(tip: TipDetail): TipExtension | null {
  return tip.extensions.find((e) => e.state === '待审批') ?? null;
}

export function availableActions(tip: TipDetail, user: SessionUser): Array<{ key: TipActionKey; label: string }> {
  const mayHandle = TIP_SUPERVISORS.includes(user.role) || tip.handlerUserId === user.id;
  const pending = pendingExtension(tip);
  const found = RULES.filter(
    (r) => r.status === tip.status && canCall(user.role, r.op) && (!r.handlerOnly || mayHandle) && !(r.key === 'extend' && pending),
  ).map(({ key, label }) => ({ key, label }));
  if (pending && tip.status === '承办中' && canCall(user.role, 'tips.decideExtension')) found.push({ key: 'decideExtension', label: '延期审批' });
  return found;
}
