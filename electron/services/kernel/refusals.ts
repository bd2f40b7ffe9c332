// A signed-in person refused an operation for lack of the right (a reveal, an export with
// reporter data, an administrator's read): written to the audit trail in a transaction of its
// own — who, when, which operation and why it was refused, never the data asked for — because
// the refused call's own transaction writes nothing.
import { AppError } from '../../../shared/kernel/errors.ts';
import { audit, recordOutsideHead, type Call } from './context.ts';

export function isRightsRefusal(error: unknown, call: Call): error is AppError {
  return error instanceof AppError && error.code === 'FORBIDDEN' && call.caller.kind === 'user';
}

export async function recordRefusal(call: Call, error: AppError): Promise<void> {
  const release = await call.ctx.gate.acquire();
  try {
    const refusal: Call = { ...call, audited: { entries: 0, changes: 0 } };
    call.ctx.db.transaction(() => audit(refusal, 'refusal', null, null, { result: '已拒绝', refused: error.message })).immediate();
    recordOutsideHead(call.ctx);
  } finally {
    release();
  }
}
