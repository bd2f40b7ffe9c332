// The browser shell's host: the built renderer and the one API endpoint, on 127.0.0.1 only.
// Every API request must carry the random token made at start (printed in the URL); one
// without it gets 401 and does nothing. Host headers other than loopback are refused, so a
// web page elsewhere cannot reach the services through DNS rebinding.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ServiceContext } from '../services/kernel/context.ts';
import { dispatch } from '../services/dispatch.ts';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MAX_BODY = 16 * 1024 * 1024;

/** The content type of each kind of file the built renderer holds (the window's app:// protocol serves no other kind). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        // Keep reading and dropping the rest, so the 413 answer reaches the caller.
        tooLarge = true;
        chunks = [];
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tokenMatches(given: string | string[] | undefined, token: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const buf = Buffer.from(given);
  return buf.length === token.length && timingSafeEqual(buf, token);
}

async function serveStatic(res: ServerResponse, root: string, urlPath: string): Promise<void> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    send(res, 400, 'Bad Request', 'text/plain; charset=utf-8');
    return;
  }
  const rel = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
  const file = join(root, rel);
  if (!file.startsWith(root + sep) || rel.includes('\0')) {
    send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    send(res, 200, body, type, type.startsWith('text/html') ? { 'Content-Security-Policy': CSP } : {});
  } catch {
    send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
  }
}

export function startHttpHost(ctx: ServiceContext, options: { staticDir: string; port?: number }): Promise<HttpHost> {
  const tokenText = randomBytes(24).toString('base64url');
  const token = Buffer.from(tokenText);
  const root = resolve(options.staticDir);
  let port = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
        return;
      }
      const url = req.url ?? '/';
      if (url === '/api' || url.startsWith('/api?')) {
        if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'BAD_REQUEST', message: '请求方法不正确。' } });
        if (!tokenMatches(req.headers['x-lianqing-token'], token)) {
          return sendJson(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: '访问凭据无效。' } });
        }
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return sendJson(res, 415, { ok: false, error: { code: 'BAD_REQUEST', message: '请求格式不正确。' } });
        }
        const body = await readBody(req);
        if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'BAD_REQUEST', message: '请求内容过大（上限16MB）。' } });
        let text: string;
        try {
          // Strictly: bytes that are not UTF-8 are refused, never stored as U+FFFD.
          text = new TextDecoder('utf-8', { fatal: true }).decode(body);
        } catch {
          return sendJson(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: '请求内容不是有效的 UTF-8 文本，未做任何改动。' } });
        }
        let envelope: unknown;
        try {
          envelope = JSON.parse(text);
        } catch {
          return sendJson(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: '请求格式不正确。' } });
        }
        return sendJson(res, 200, await dispatch(ctx, envelope));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8');
      await serveStatic(res, root, url);
    })().catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error', 'text/plain; charset=utf-8');
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/#token=${tokenText}`,
        port,
        token: tokenText,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
