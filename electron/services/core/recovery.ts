// 恢复密钥: shown to an administrator until one confirms keeping it — each showing audited (never
// the key), the confirmation audited, then the key file no longer gives it out.
import { AppError } from '../../../shared/kernel/errors.ts';
import { audit } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';

const ALREADY_KEPT = '恢复密钥已确认保管，不再显示。如已遗失：在数据仍能打开时做一次备份并妥善保存；需要新的恢复密钥请联系技术支持。';

export const recoveryHandlers: HandlerGroup<'recovery.status' | 'recovery.reveal' | 'recovery.confirmKept'> = {
  'recovery.status': (call) => ({ pending: call.ctx.recovery.pending() }),

  'recovery.reveal': (call) => {
    const recoveryKey = call.ctx.recovery.reveal();
    if (recoveryKey === null) throw new AppError('CONFLICT', ALREADY_KEPT);
    audit(call, 'recovery-key', null, null, { result: '已显示' });
    return { recoveryKey };
  },

  'recovery.confirmKept': steps<'recovery.confirmKept', undefined, null>({
    run: (call) => {
      if (!call.ctx.recovery.pending()) throw new AppError('CONFLICT', ALREADY_KEPT);
      audit(call, 'recovery-key', null, null, { result: '已确认保管' });
      return null;
    },
    // Committed: the key file stops giving the key out.
    finish: (call) => {
      call.ctx.recovery.markKept();
      return { pending: false };
    },
  }),
};
