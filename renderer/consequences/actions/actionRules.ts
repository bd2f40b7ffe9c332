// Which steps a person may take on a consequence now: by role (the contract's lists, as the service
// checks them) and by where it stands. The service decides in the end and says why when it refuses.
import { OPEN_CONSEQUENCE_STATES, type ConsequenceRow } from '../../../shared/consequences/index.ts';
import type { Role } from '../../../shared/core/index.ts';
import { canCall } from '../../app/permissions.ts';

export const CONSEQUENCE_ACTIONS = ['拟制告知书', '安排谈话', '登记送达', '关闭'] as const;
export type ConsequenceAction = (typeof CONSEQUENCE_ACTIONS)[number];

/**
 * Whether 关闭 is offered: still open (or a list, which stands until closed), and not something that
 * ends elsewhere — an issued notice's items end in 整改台账 at 销号, a planned talk in 谈话函询.
 */
function closable(row: ConsequenceRow): boolean {
  if (row.kind === '预警告知书' && row.document?.status === '已印发') return false;
  if (row.kind === '廉政谈话' && row.interview !== null) return false;
  return OPEN_CONSEQUENCE_STATES.includes(row.state) || row.state === '已列入';
}

export function actionsOf(row: ConsequenceRow, role: Role): ConsequenceAction[] {
  if (row.closed !== null) return [];
  const out: ConsequenceAction[] = [];
  if (row.kind === '预警告知书' && row.state === '待拟制' && canCall(role, 'consequences.draftNotice')) out.push('拟制告知书');
  if (row.kind === '廉政谈话' && row.state === '待安排' && canCall(role, 'consequences.planTalk')) out.push('安排谈话');
  if (row.kind === '预警建议书' && row.state === '已印发' && canCall(role, 'consequences.recordDelivery')) out.push('登记送达');
  if (closable(row) && canCall(role, 'consequences.close')) out.push('关闭');
  return out;
}
