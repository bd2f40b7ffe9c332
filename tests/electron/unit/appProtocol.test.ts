// The app:// protocol the window's page is served from: which file each URL maps to, every way
// out of the renderer folder refused, the content types, and the CSP on the answers — on real
// files, with the handler main.ts registers, without Electron.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/services.ts';
import { PROJECT_ROOT } from '../../../electron/hosts/paths.ts';
import { CSP } from '../../../electron/hosts/http.ts';
import {
  APP_INDEX_URL,
  APP_SCHEME_DECLARATION,
  appResponseHeaders,
  resolveAppRequest,
  serveAppRequest,
} from '../../../electron/main/appProtocol.ts';

let root: string;
let renderer: string;
const SECRET = 'SECRET-OUTSIDE-RENDERER';

beforeAll(() => {
  root = tempDir('lianqing-protocol-');
  renderer = join(root, 'app', 'dist', 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>廉情</title>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'export const x = 1;');
  writeFileSync(join(renderer, 'assets', 'index-abc.js.map'), '{}');
  writeFileSync(join(renderer, 'assets', 'style.css'), 'body{}');
  mkdirSync(join(renderer, 'assets', 'folder.js'));
  // What must never be served: files beside and above the renderer folder, and one in a
  // folder whose name begins with the renderer folder's.
  writeFileSync(join(root, 'app', 'dist', 'secret.js'), SECRET);
  writeFileSync(join(root, 'app', 'package.json'), SECRET);
  mkdirSync(join(root, 'app', 'dist', 'renderer-evil'));
  writeFileSync(join(root, 'app', 'dist', 'renderer-evil', 'x.js'), SECRET);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the app scheme', () => {
  it('is registered standard and secure, readable by no other origin, under the CSP', () => {
    expect(APP_INDEX_URL).toBe('app://lianqing/index.html');
    expect(APP_SCHEME_DECLARATION).toEqual({
      scheme: 'app',
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
    });
  });
});

describe('resolveAppRequest', () => {
  const ok = (file: string, contentType: string) => ({ ok: true, file: join(renderer, file), contentType });

  it('maps the page and its files, with their content types', () => {
    expect(resolveAppRequest('GET', APP_INDEX_URL, renderer)).toEqual(ok('index.html', 'text/html; charset=utf-8'));
    expect(resolveAppRequest('GET', 'app://lianqing/', renderer)).toEqual(ok('index.html', 'text/html; charset=utf-8'));
    expect(resolveAppRequest('GET', 'app://lianqing', renderer)).toEqual(ok('index.html', 'text/html; charset=utf-8'));
    expect(resolveAppRequest('GET', `${APP_INDEX_URL}#/tips/3`, renderer)).toEqual(ok('index.html', 'text/html; charset=utf-8'));
    expect(resolveAppRequest('GET', 'app://lianqing/assets/index-abc.js', renderer)).toEqual(ok('assets/index-abc.js', 'text/javascript; charset=utf-8'));
    expect(resolveAppRequest('HEAD', 'app://lianqing/assets/style.css?v=1', renderer)).toEqual(ok('assets/style.css', 'text/css; charset=utf-8'));
    expect(resolveAppRequest('GET', 'app://lianqing/assets/%E5%9B%BE.svg', renderer)).toEqual(ok('assets/图.svg', 'image/svg+xml'));
    expect(resolveAppRequest('GET', 'app://lianqing/a.png', renderer)).toMatchObject({ contentType: 'image/png' });
    expect(resolveAppRequest('GET', 'app://lianqing/a.ico', renderer)).toMatchObject({ contentType: 'image/x-icon' });
    expect(resolveAppRequest('GET', 'app://lianqing/a.woff2', renderer)).toMatchObject({ contentType: 'font/woff2' });
    expect(resolveAppRequest('GET', 'app://lianqing/a.json', renderer)).toMatchObject({ contentType: 'application/json; charset=utf-8' });
    expect(resolveAppRequest('GET', 'app://lianqing/A.JS', renderer)).toMatchObject({ contentType: 'text/javascript; charset=utf-8' });
  });

  it('never names a file outside the renderer folder, however the way out is written', () => {
    const js = 'text/javascript; charset=utf-8';
    // `..` and `%2e%2e` are resolved by the URL parser (Chromium's too, before the handler
    // sees the URL) against the folder's root: they land inside it, naming no file there.
    expect(resolveAppRequest('GET', 'app://lianqing/../secret.js', renderer)).toEqual(ok('secret.js', js));
    expect(resolveAppRequest('GET', 'app://lianqing/%2e%2e/%2E%2e/secret.js', renderer)).toEqual(ok('secret.js', js));
    expect(resolveAppRequest('GET', 'app://lianqing/.%2e/secret.js', renderer)).toEqual(ok('secret.js', js));
    expect(resolveAppRequest('GET', 'app://lianqing/assets/../../secret.js', renderer)).toEqual(ok('secret.js', js));
    expect(resolveAppRequest('GET', 'app://lianqing/%2e%2e', renderer)).toEqual(ok('index.html', 'text/html; charset=utf-8'));
    expect(resolveAppRequest('GET', 'app://lianqing/../../etc/passwd', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('GET', 'app://lianqing/../renderer-evil/x.js', renderer)).toEqual(ok('renderer-evil/x.js', js));
    // What would still lead out once decoded — an encoded slash or backslash, a backslash, a
    // drive or stream colon, NUL, an empty segment (an absolute path) — is refused outright.
    for (const url of [
      'app://lianqing/..%2fsecret.js',
      'app://lianqing/..%2Fsecret.js',
      'app://lianqing/%2e%2e%2fsecret.js',
      'app://lianqing/%2e%2e%2frenderer-evil%2fx.js',
      'app://lianqing/..%5csecret.js',
      'app://lianqing/..%5C..%5Cpackage.json',
      'app://lianqing/..\\secret.js',
      'app://lianqing/..\\..\\package.json',
      'app://lianqing/assets\\..\\..\\secret.js',
      'app://lianqing/%2fetc%2fpasswd.js',
      'app://lianqing//etc/passwd.js',
      'app://lianqing/assets//index-abc.js',
      'app://lianqing/C:%5cWindows%5cwin.ini.js',
      'app://lianqing/C:/Windows/win.ini.js',
      'app://lianqing/index.html:stream.js',
      'app://lianqing/index.html%00.js',
    ]) {
      expect(resolveAppRequest('GET', url, renderer), url).toMatchObject({ ok: false });
    }
  });

  it('answers only the app host, GET and HEAD, and known kinds of file', () => {
    expect(resolveAppRequest('POST', APP_INDEX_URL, renderer)).toEqual({ ok: false, status: 405 });
    expect(resolveAppRequest('PUT', APP_INDEX_URL, renderer)).toEqual({ ok: false, status: 405 });
    expect(resolveAppRequest('GET', 'app://evil/index.html', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('GET', 'app://lianqing:81/index.html', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('GET', 'app://x@lianqing/index.html', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('GET', 'app:///index.html', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('GET', 'file:///index.html', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('GET', 'not a url', renderer)).toEqual({ ok: false, status: 400 });
    expect(resolveAppRequest('GET', 'app://lianqing/%E0%A4%A.js', renderer)).toEqual({ ok: false, status: 400 });
    // Source maps are not shipped (electron-builder leaves them out) and never served; nor a
    // file without a known kind.
    expect(resolveAppRequest('GET', 'app://lianqing/assets/index-abc.js.map', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('GET', 'app://lianqing/assets', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('GET', 'app://lianqing/notes.txt', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest('GET', 'app://lianqing/lianqing.sqlite', renderer)).toEqual({ ok: false, status: 404 });
  });
});

describe('serveAppRequest (the handler main.ts registers)', () => {
  const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), renderer);

  it('serves the page with its type, no sniffing and the CSP', async () => {
    const res = await get(APP_INDEX_URL);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('<!doctype html><title>廉情</title>');
  });

  it('serves a module script as JavaScript, and HEAD without a body', async () => {
    const js = await get('app://lianqing/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('export const x = 1;');
    const head = await get('app://lianqing/assets/index-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers a refusal or a missing file with an empty status and nothing from outside', async () => {
    for (const url of [
      'app://lianqing/../secret.js',
      'app://lianqing/%2e%2e/%2e%2e/package.json',
      'app://lianqing/..%2fsecret.js',
      'app://lianqing/..%5c..%5cpackage.json',
      'app://lianqing/%2e%2e%2frenderer-evil%2fx.js',
      'app://lianqing/missing.js',
      'app://lianqing/assets/folder.js',
      'app://evil/index.html',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(await res.text(), url).toBe('');
    }
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
  });

  it('keeps the built page’s meta CSP the same policy as the header (less frame-ancestors, which a meta tag cannot carry)', () => {
    expect(appResponseHeaders('text/html')['Content-Security-Policy']).toBe(CSP);
    const html = readFileSync(join(PROJECT_ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CSP.replace(/; frame-ancestors 'none'$/, ''));
  });
});
