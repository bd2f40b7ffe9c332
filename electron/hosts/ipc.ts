// The Electron host's request handler, without importing Electron: main/ hands it the
// sender frame's URL and the envelope; only the app's own page may call.
import type { ApiResponse } from '../../shared/kernel/errors.ts';
import type { ServiceContext } from '../services/kernel/context.ts';
import { dispatch } from '../services/dispatch.ts';

export const IPC_CHANNEL = 'lianqing:invoke';

export function isTrustedSender(senderUrl: string | undefined, appIndexUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const app = new URL(appIndexUrl);
    return sender.protocol === app.protocol && sender.host === app.host && sender.pathname === app.pathname;
  } catch {
    return false;
  }
}

export function createIpcHandler(ctx: ServiceContext, appIndexUrl: string) {
  return async (senderUrl: string | undefined, envelope: unknown): Promise<ApiResponse<unknown>> => {
    if (!isTrustedSender(senderUrl, appIndexUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '请求来源不可信，已拒绝。' } };
    }
    return dispatch(ctx, envelope);
  };
}
