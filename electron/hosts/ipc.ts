// The Electron host's request handler, without importing Electron: main/ hands it the
// sender frame's URL and the envelope; only the app's own page (app://lianqing/index.html) may call.
import type { ApiResponse } from '../../shared/kernel/errors.ts';
import type { ServiceContext } from '../services/kernel/context.ts';
import { dispatch } from '../services/dispatch.ts';

export const IPC_CHANNEL = 'lianqing:invoke';

/**
 * Whether `senderUrl` is the app's page (`appIndexUrl`, app://lianqing/index.html in the window):
 * the same scheme, host and path, any hash route or query, and no user name or password (a
 * custom scheme has no origin Node's URL can compare, so the parts are compared one by one).
 * The window's navigation rule is this same test.
 */
export function isTrustedSender(senderUrl: string | undefined, appIndexUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const app = new URL(appIndexUrl);
    return (
      sender.protocol === app.protocol &&
      sender.host === app.host &&
      sender.pathname === app.pathname &&
      sender.username === '' &&
      sender.password === ''
    );
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
