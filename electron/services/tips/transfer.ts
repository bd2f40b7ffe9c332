// A lead disposed of as 谈话函询 sent on to 初步核实 by a talk's or letter's outcome (转初步核实):
// the tips domain changes its own record — the disposal, the plan state cleared, a line in its
// history, its version — when the tip is still 承办中 as a 谈话函询; otherwise it is left as it is.
import { setTipToVerification } from '../../../db/repos/tips/transfer.ts';
import { getTipRecord } from '../../../db/repos/tips/tips.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import { note } from './common.ts';

/**
 * Sends the tip on to 初步核实 from the talk or letter numbered `fromNumber`; answers whether it
 * did (false: the tip is not 承办中 as a 谈话函询, nothing changed). Inside the caller's transaction.
 */
export function sendTipToVerification(call: Call, tipId: number, fromNumber: string): boolean {
  const tip = getTipRecord(call.ctx.db, tipId);
  if (!tip || tip.status !== '承办中' || tip.disposal !== '谈话函询') return false;
  if (!setTipToVerification(call.ctx.db, tip.id, tip.version, nowIso(call))) {
    throw new AppError('CONFLICT', `${tip.number} 已被他人办理或修改，请刷新后重试。`);
  }
  const text = `由谈话函询 ${fromNumber} 转初步核实`;
  note(call, tip, '转初步核实', text);
  audit(call, 'tip', tip.id, tip.number, { number: tip.number, disposal: '初步核实', cause: text });
  return true;
}
