// The records an item links to: a tip (信访核查, or a 预警告知书 problem taken from its 办结情况).
import { AppError } from '../../../shared/kernel/errors.ts';
import { getTipRecord, type TipRecord } from '../../../db/repos/tips/index.ts';
import type { Call } from '../kernel/context.ts';

export function getTipRecordForLink(call: Call, id: number): TipRecord {
  const tip = getTipRecord(call.ctx.db, id);
  if (!tip) throw new AppError('VALIDATION', '所关联的信访件不存在，请重新选择。', { tipId: '信访件不存在' });
  return tip;
}
