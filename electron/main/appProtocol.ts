// The window's page comes from app://lianqing/, a scheme of the app's own served from the built
// renderer folder, not from file:// (which would give the page a file origin: every local file
// the same origin, and Electron's extra file privileges). Pure but for reading the file asked for,
// so tests/electron/unit proves the mapping, the refusals and the headers without Electron.
import type { CustomScheme } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { CONTENT_TYPES, CSP } from '../hosts/http.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'lianqing';
/** The one page of the window; the IPC sender check and the navigation rule both hold to it. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before ready. standard: relative URLs, an origin of its own and storage
 * (sessionStorage keeps the session token); secure: a secure context as file:// was;
 * supportFetchAPI: the page's module scripts and lazy chunks are fetched with `crossorigin`
 * as they are over http. Left off on purpose: corsEnabled (would let other origins read the
 * app's files), bypassCSP (the page's CSP must hold), service workers, streaming, extensions.
 */
export const APP_SCHEME_DECLARATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
    codeCache: false,
    allowExtensions: false,
  },
};

export type AppFile = { ok: true; file: string; contentType: string } | { ok: false; status: 400 | 404 | 405 };

/**
 * Which file of `rendererDir` an app:// request asks for, or why it is refused. Chromium has
 * already resolved `..` and `%2e%2e` in a standard URL (so has Node's URL parser); what can
 * still name another folder is a segment that decodes to a slash, a backslash, a drive or
 * stream colon or a NUL, or an empty segment — each refused. The resolved path is checked
 * to lie inside the folder all the same. Only the kinds of file the renderer build makes are
 * served, each with its content type.
 */
export function resolveAppRequest(method: string, requestUrl: string, rendererDir: string): AppFile {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return { ok: false, status: 404 };
  }
  const path = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname;
  if (!path.startsWith('/')) return { ok: false, status: 404 };
  const segments: string[] = [];
  for (const raw of path.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return { ok: false, status: 404 };
    segments.push(segment);
  }
  const root = resolve(rendererDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { ok: false, status: 404 };
  const contentType = CONTENT_TYPES[extname(file).toLowerCase()];
  if (contentType === undefined) return { ok: false, status: 404 };
  return { ok: true, file, contentType };
}

/** Headers of every app:// answer: its type, never sniffed, and the page's CSP (the page's meta tag says the same but cannot carry frame-ancestors). */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

/** The protocol's handler: the file asked for with its headers, or an empty refusal. */
export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  const found = resolveAppRequest(request.method, request.url, rendererDir);
  if (!found.ok) return new Response(null, { status: found.status });
  let body: Buffer;
  try {
    body = await readFile(found.file);
  } catch {
    return new Response(null, { status: 404 });
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: appResponseHeaders(found.contentType) });
}
