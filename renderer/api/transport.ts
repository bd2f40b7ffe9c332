// How the renderer reaches the services: Electron's preload bridge when present, otherwise
// the loopback HTTP host of the browser shell (its start token arrives in the URL's #token=).
import type { Envelope } from '../../shared/api.ts';
import { isApiErrorBody, type ApiResponse } from '../../shared/kernel/errors.ts';

export type Transport = (envelope: Envelope) => Promise<ApiResponse<unknown>>;

interface Bridge {
  invoke(envelope: Envelope): Promise<ApiResponse<unknown>>;
}

declare global {
  interface Window {
    lianqing?: Bridge;
  }
}

const TOKEN_KEY = 'lianqing.hostToken';

function hostToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function networkError(): ApiResponse<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message: '无法连接到廉情服务，请确认程序仍在运行后刷新页面。' } };
}

function httpTransport(): Transport {
  const token = hostToken();
  return async (envelope) => {
    try {
      const response = await fetch('/api', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Lianqing-Token': token ?? '' },
        body: JSON.stringify(envelope),
      });
      if (response.status === 401) {
        return { ok: false, error: { code: 'UNAUTHENTICATED', message: '访问凭据无效：请使用启动时显示的完整地址打开本页面。' } };
      }
      const body = (await response.json()) as unknown;
      if (typeof body === 'object' && body !== null && 'ok' in body) {
        const r = body as { ok: unknown; value?: unknown; error?: unknown };
        if (r.ok === true) return { ok: true, value: r.value };
        if (isApiErrorBody(r.error)) return { ok: false, error: r.error };
      }
      return networkError();
    } catch {
      return networkError();
    }
  };
}

export function chooseTransport(): Transport {
  const bridge = window.lianqing;
  if (bridge && typeof bridge.invoke === 'function') return (envelope) => bridge.invoke(envelope);
  return httpTransport();
}
