// The Electron IPC host's logic, without Electron: only the app's own page may call, and
// calls from it reach the same dispatcher.
import { describe, it, expect, afterEach } from 'vitest';
import { createIpcHandler, isTrustedSender } from '../../electron/hosts/ipc.ts';
import { makeEnv, type TestEnv } from '../helpers/services.ts';
import { APP_INDEX_URL } from '../../electron/main/appProtocol.ts';

// The window's page, served from the app's own scheme (electron/main/appProtocol.ts).
const APP = APP_INDEX_URL;
let env: TestEnv | null = null;
afterEach(() => env?.close());

describe('IPC sender check', () => {
  it('trusts only the app page at app://lianqing/index.html, with any hash route', () => {
    expect(APP).toBe('app://lianqing/index.html');
    expect(isTrustedSender(APP, APP)).toBe(true);
    expect(isTrustedSender(`${APP}#/units`, APP)).toBe(true);
    expect(isTrustedSender(`${APP}#/tips/12?from=ledger`, APP)).toBe(true);
    expect(isTrustedSender(`${APP}?x=1`, APP)).toBe(true);
    // The page's old address, and every other page or origin.
    expect(isTrustedSender('file:///C:/Program%20Files/Lianqing/resources/app.asar/dist/renderer/index.html', APP)).toBe(false);
    expect(isTrustedSender('file:///C:/Users/x/Downloads/evil.html', APP)).toBe(false);
    expect(isTrustedSender('app://lianqing/assets/index.js', APP)).toBe(false);
    expect(isTrustedSender('app://lianqing/', APP)).toBe(false);
    expect(isTrustedSender('app://lianqing/index.html.evil', APP)).toBe(false);
    expect(isTrustedSender('app://lianqing/%69ndex.html', APP)).toBe(false);
    expect(isTrustedSender('app://evil/index.html', APP)).toBe(false);
    expect(isTrustedSender('app://lianqing.evil/index.html', APP)).toBe(false);
    expect(isTrustedSender('app://lianqing:8080/index.html', APP)).toBe(false);
    expect(isTrustedSender('app://someone@lianqing/index.html', APP)).toBe(false);
    expect(isTrustedSender('app://:pw@lianqing/index.html', APP)).toBe(false);
    expect(isTrustedSender('lianqing://lianqing/index.html', APP)).toBe(false);
    expect(isTrustedSender('https://lianqing/index.html', APP)).toBe(false);
    expect(isTrustedSender('https://example.org/', APP)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/index.html', APP)).toBe(false);
    expect(isTrustedSender('about:blank', APP)).toBe(false);
    expect(isTrustedSender('', APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
    expect(isTrustedSender('not a url', APP)).toBe(false);
  });

  it('refuses an untrusted frame before dispatching, and answers the app page', async () => {
    env = makeEnv();
    const handle = createIpcHandler(env.ctx, APP);
    const refused = await handle('https://example.org/', { op: 'auth.setupAdmin', input: { username: 'x', displayName: '某', password: 'Abcdefg123' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(env.db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
    expect(await handle(APP, { op: 'auth.status', input: {} })).toMatchObject({ ok: true, value: { setupRequired: true } });
  });
});
