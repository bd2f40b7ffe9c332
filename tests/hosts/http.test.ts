// The browser shell's host, started for real on a free port: the token, the Host check, the
// static files (with CSP, no way out of the folder) and the limits of the one API endpoint.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { fingerprint, makeEnv, PASSWORD, type TestEnv } from '../helpers/services.ts';
import { CSP, startHttpHost, type HttpHost } from '../../electron/hosts/http.ts';

const INDEX_HTML = '<!doctype html><html><head><title>廉情</title></head><body>LIANQING-INDEX</body></html>';
const SECRET = 'SECRET-OUTSIDE-STATIC';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with exactly this path and these headers (fetch would normalise both). */
function raw(port: number, options: { method?: string; path: string; headers?: OutgoingHttpHeaders; body?: Buffer | string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function userCount(env: TestEnv): number {
  return (env.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

/** Resolves true when a TCP connection to host:port is accepted. */
function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const SETUP = { op: 'auth.setupAdmin', input: { username: 'intruder', displayName: '入侵者', password: PASSWORD, loadDemo: false } };

describe('HTTP host', () => {
  let env: TestEnv;
  let host: HttpHost;
  let base: string;
  let staticDir: string;

  beforeEach(async () => {
    env = makeEnv();
    staticDir = join(env.dir, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app");');
    writeFileSync(join(env.dir, 'secret.txt'), SECRET); // next to the static folder, must never be served
    mkdirSync(join(env.dir, 'static-evil'));
    writeFileSync(join(env.dir, 'static-evil', 'x.txt'), SECRET);
    host = await startHttpHost(env.ctx, { staticDir });
    base = `http://127.0.0.1:${host.port}`;
  });

  afterEach(async () => {
    await host.close();
    env.close();
  });

  function api(body: unknown, token: string | null = host.token, extra: Record<string, string> = {}): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
    if (token !== null) headers['x-lianqing-token'] = token;
    return fetch(`${base}/api`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  }

  it('listens on 127.0.0.1 only, with the token in the URL fragment', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    expect(await canConnect('127.0.0.1', host.port)).toBe(true);
    // Another loopback address and every outside address of this machine are not listened on.
    expect(await canConnect('127.0.0.2', host.port)).toBe(false);
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
      .map((a) => a?.address ?? '');
    for (const address of outside) expect(await canConnect(address, host.port)).toBe(false);
  });

  it('a token is made anew for each start', async () => {
    const other = await startHttpHost(env.ctx, { staticDir });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
      const res = await fetch(`http://127.0.0.1:${other.port}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lianqing-token': host.token },
        body: JSON.stringify({ op: 'auth.status', input: {} }),
      });
      expect(res.status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('POST /api without the token: 401 and nothing done', async () => {
    const before = fingerprint(env.db);
    const res = await api(SETUP, null);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '访问凭据无效。' } });
    expect(userCount(env)).toBe(0);
    expect(fingerprint(env.db)).toBe(before);
  });

  it('POST /api with a wrong token (also one of the right length, or in another header): 401', async () => {
    const before = fingerprint(env.db);
    const sameLength = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    for (const token of ['wrong', sameLength, '', `${host.token}x`]) {
      const res = await api(SETUP, token);
      expect(res.status).toBe(401);
    }
    const inAuthorization = await api(SETUP, null, { authorization: `Bearer ${host.token}` });
    expect(inAuthorization.status).toBe(401);
    const inQuery = await fetch(`${base}/api?token=${host.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(SETUP),
    });
    expect(inQuery.status).toBe(401);
    expect(userCount(env)).toBe(0);
    expect(fingerprint(env.db)).toBe(before);
  });

  it('POST /api with the token works', async () => {
    const res = await api({ op: 'auth.status', input: {} });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { ok: boolean; value: { setupRequired: boolean; user: unknown } };
    expect(body).toMatchObject({ ok: true, value: { setupRequired: true, user: null } });

    // The same setup refused above goes through with the token.
    const setup = await api(SETUP);
    expect(setup.status).toBe(200);
    const setupBody = (await setup.json()) as { ok: boolean; value: { token: string } };
    expect(setupBody.ok).toBe(true);
    expect(userCount(env)).toBe(1);
    const me = await api({ op: 'auth.me', input: {}, session: setupBody.value.token });
    expect(await me.json()).toMatchObject({ ok: true, value: { username: 'intruder', role: '系统管理员' } });
  });

  it('a service refusal is still HTTP 200 with ok:false', async () => {
    const res = await api({ op: 'units.list', input: {} });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const unknown = await api({ op: 'nope.nope', input: {} });
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('a Host header other than 127.0.0.1:port or localhost:port: 403, even with the token', async () => {
    const port = host.port;
    const before = fingerprint(env.db);
    const bad = ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `127.0.0.1:${port}.evil.example`, `[::1]:${port}`, `0.0.0.0:${port}`, `LOCALHOST.evil:${port}`];
    for (const hostHeader of bad) {
      const page = await raw(port, { path: '/', headers: { host: hostHeader } });
      expect(page.status, hostHeader).toBe(403);
      expect(page.body).not.toContain('LIANQING-INDEX');
      const call = await raw(port, {
        method: 'POST',
        path: '/api',
        headers: { host: hostHeader, 'content-type': 'application/json', 'x-lianqing-token': host.token },
        body: JSON.stringify(SETUP),
      });
      expect(call.status, hostHeader).toBe(403);
    }
    expect(userCount(env)).toBe(0);
    expect(fingerprint(env.db)).toBe(before);

    for (const hostHeader of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const page = await raw(port, { path: '/', headers: { host: hostHeader } });
      expect(page.status, hostHeader).toBe(200);
    }
  });

  it('GET / serves index.html with a Content-Security-Policy', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy');
    expect(csp).toBe(CSP);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');

    const same = await fetch(`${base}/index.html`);
    expect(same.headers.get('content-security-policy')).toBe(CSP);
    const js = await fetch(`${base}/assets/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app");');
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });

  it('path traversal out of the static folder: 404', async () => {
    const paths = [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/../../secret.txt',
      '/..%5csecret.txt',
      '/../static-evil/x.txt',
      '//etc/passwd',
      '/%2F..%2F..%2Fetc%2Fpasswd',
      '/index.html%00.js',
    ];
    for (const path of paths) {
      const res = await raw(host.port, { path, headers: { host: `127.0.0.1:${host.port}` } });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain(SECRET);
      expect(res.body, path).not.toContain('root:');
    }
    const badEscape = await raw(host.port, { path: '/%E0%A4%A', headers: { host: `127.0.0.1:${host.port}` } });
    expect([400, 404]).toContain(badEscape.status);
  });

  it('a body over 16 MB: 413, and the host keeps serving', async () => {
    const before = fingerprint(env.db);
    const pad = 'x'.repeat(16 * 1024 * 1024 + 1024);
    const body = JSON.stringify({ ...SETUP, pad });
    const res = await raw(host.port, {
      method: 'POST',
      path: '/api',
      headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'x-lianqing-token': host.token, 'content-length': String(Buffer.byteLength(body)) },
      body,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(userCount(env)).toBe(0);
    expect(fingerprint(env.db)).toBe(before);
    expect((await api({ op: 'auth.status', input: {} })).status).toBe(200);
  });

  it('a large body under 16 MB is still read', async () => {
    const pad = 'x'.repeat(15 * 1024 * 1024);
    const res = await api(JSON.stringify({ op: 'auth.status', input: {}, pad }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { setupRequired: true } });
  });

  it('invalid JSON: 400; a body that is not JSON: 415', async () => {
    const before = fingerprint(env.db);
    const broken = await api('{"op":"auth.setupAdmin", input: }');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const empty = await api('');
    expect(empty.status).toBe(400);
    const form = await fetch(`${base}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-lianqing-token': host.token },
      body: 'op=auth.setupAdmin',
    });
    expect(form.status).toBe(415);
    expect(fingerprint(env.db)).toBe(before);
  });

  it('bytes that are not UTF-8: 400 and nothing stored (never U+FFFD in place of what was sent)', async () => {
    const before = fingerprint(env.db);
    const json = Buffer.from(JSON.stringify({ ...SETUP, input: { ...SETUP.input, displayName: '入侵者X' } }), 'utf8');
    const at = json.indexOf(Buffer.from('X'));
    json[at] = 0xff; // a lone byte that no UTF-8 text holds
    const res = await raw(host.port, { method: 'POST', path: '/api', headers: { 'content-type': 'application/json', 'x-lianqing-token': host.token }, body: json });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '请求内容不是有效的 UTF-8 文本，未做任何改动。' } });
    expect(fingerprint(env.db)).toBe(before);
    // Half a surrogate pair written as a JSON escape: refused by the dispatcher alike.
    const lone = await api(`{"op":"auth.setupAdmin","input":{"username":"admin","displayName":"\\ud800甲","password":"${PASSWORD}","loadDemo":false}}`);
    expect(await lone.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '请求中含有无效的字符（不完整的 Unicode 字符），未做任何改动。' } });
    expect(userCount(env)).toBe(0);
  });

  it('GET /api: 405, and other methods on pages: 405', async () => {
    const get = await fetch(`${base}/api`, { headers: { 'x-lianqing-token': host.token } });
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect((await fetch(`${base}/api?op=auth.status`)).status).toBe(405);
    expect((await fetch(`${base}/api`, { method: 'PUT', headers: { 'x-lianqing-token': host.token } })).status).toBe(405);
    expect((await fetch(`${base}/index.html`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/`, { method: 'DELETE' })).status).toBe(405);
  });
});
