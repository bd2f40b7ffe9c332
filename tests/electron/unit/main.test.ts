// main.ts wires the policy modules to Electron. Here it runs against a stand-in for the
// `electron` module (this machine has no Electron binary), so the wiring itself is proven: what
// happens before ready and in which order, the single-instance lock, the window's options and
// address, the refusals every web contents gets, the permission handlers, the app:// handler, the
// IPC sender check and the viewer folder emptied at start and quit; and started with --cli, the
// command line on the desktop's database and key (safeStorage), with no window and no lock. That
// the real Electron obeys them is what tests/electron/app.spec.ts checks where the binary exists.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../helpers/services.ts';
import { CSP } from '../../../electron/hosts/http.ts';
import { APP_INDEX_URL, APP_SCHEME_DECLARATION } from '../../../electron/main/appProtocol.ts';
import { windowOptions } from '../../../electron/main/windowPolicy.ts';
import { cliArguments, desktopDbFile, desktopKeysDir } from '../../../electron/main/commandLine.ts';
import { keyFileIn } from '../../../electron/hosts/paths.ts';
import { headFileFor } from '../../../electron/services/kernel/keys/outsideHead.ts';
import { formatRecoveryKey } from '../../../electron/services/kernel/keys/recoveryKey.ts';

type Listener = (...args: unknown[]) => unknown;
interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

const fake = vi.hoisted(() => {
  class Emitter {
    readonly listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
    count(event: string): number {
      return this.listeners.get(event)?.length ?? 0;
    }
  }

  const state = {
    log: [] as string[],
    lock: true,
    appDir: '',
    paths: {} as Record<string, string>,
    windows: [] as FakeWindow[],
    ipc: new Map<string, Listener>(),
    schemes: new Map<string, (request: Request) => Promise<Response> | Response>(),
    privileged: [] as unknown[],
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    devicePermission: null as Listener | null,
    opened: [] as string[],
  };

  class FakeWebContents extends Emitter {
    windowOpenHandler: Listener | null = null;
    setWindowOpenHandler(handler: Listener): void {
      this.windowOpenHandler = handler;
    }
  }

  class FakeApp extends Emitter {
    getAppPath(): string {
      return state.appDir;
    }
    getPath(name: string): string {
      return state.paths[name] ?? join(state.appDir, name);
    }
    setPath(name: string, path: string): void {
      state.log.push(`setPath ${name}`);
      state.paths[name] = path;
    }
    enableSandbox(): void {
      state.log.push('enableSandbox');
    }
    disableHardwareAcceleration(): void {
      state.log.push('disableHardwareAcceleration');
    }
    requestSingleInstanceLock(): boolean {
      state.log.push('requestSingleInstanceLock');
      return state.lock;
    }
    whenReady(): Promise<void> {
      state.log.push('whenReady');
      return Promise.resolve();
    }
    quit(): void {
      state.log.push('quit');
    }
    exit(code: number): void {
      state.log.push(`exit ${code}`);
    }
  }
  const app = new FakeApp();

  class FakeWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    readonly calls: string[] = [];
    loaded: string | null = null;
    minimized = false;
    readonly options: unknown;
    constructor(options: unknown) {
      super();
      this.options = options;
      state.windows.push(this);
      // As in Electron: the window's web contents is announced when it is made.
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string): Promise<void> {
      state.log.push('loadURL');
      this.loaded = url;
      return Promise.resolve();
    }
    loadFile(path: string): Promise<void> {
      this.loaded = `loadFile ${path}`;
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.calls.push('restore');
    }
    show(): void {
      this.calls.push('show');
    }
    focus(): void {
      this.calls.push('focus');
    }
  }

  const defaultSession = Object.assign(new Emitter(), {
    setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
    setDevicePermissionHandler: (handler: Listener) => void (state.devicePermission = handler),
    protocol: {
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
        state.log.push(`handle ${scheme}`);
        state.schemes.set(scheme, handler);
      },
    },
  });

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.log.push('registerSchemesAsPrivileged');
        state.privileged = schemes;
      },
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(`wrapped:${text}`),
      decryptString: (data: Buffer) => data.toString().slice('wrapped:'.length),
    },
    ipcMain: { handle: (channel: string, handler: Listener) => void state.ipc.set(channel, handler) },
    dialog: { showMessageBoxSync: () => 1, showErrorBox: (title: string) => void state.log.push(`error ${title}`) },
    shell: {
      openPath: (path: string) => {
        state.opened.push(path);
        return Promise.resolve('');
      },
    },
  };
  return { state, app, electron, FakeWebContents };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;
let root: string;
let dataDir: string;

beforeEach(() => {
  vi.resetModules();
  root = tempDir('lianqing-main-');
  state.appDir = join(root, 'app');
  dataDir = join(root, 'data');
  mkdirSync(join(state.appDir, 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(state.appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>廉情</title>');
  writeFileSync(join(state.appDir, 'package.json'), 'SECRET');
  // What the last run left in the viewer folder.
  mkdirSync(join(dataDir, 'viewer', 'open-old'), { recursive: true });
  writeFileSync(join(dataDir, 'viewer', 'open-old', '举报信.pdf'), 'letter');
  Object.assign(state, { log: [], lock: true, paths: {}, windows: [], privileged: [], opened: [] });
  state.ipc.clear();
  state.schemes.clear();
  state.permissionRequest = state.permissionCheck = state.devicePermission = null;
  fake.app.listeners.clear();
  process.env.LIANQING_USER_DATA = dataDir;
});

afterEach(() => {
  // Closes the store as the app does when its window is closed.
  fake.app.emit('window-all-closed');
  delete process.env.LIANQING_USER_DATA;
  rmSync(root, { recursive: true, force: true });
});

async function startMain(): Promise<(typeof state.windows)[number]> {
  await import('../../../electron/main/main.ts');
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));
  return state.windows[0] as (typeof state.windows)[number];
}

function navigationEvent(url: string): NavigationEvent & { prevented: boolean } {
  const event = { url, prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

describe('main.ts, wired to a stand-in Electron', () => {
  it('registers the app scheme and the sandbox before ready, and takes the lock for the data folder it was given', async () => {
    await startMain();
    expect(state.privileged).toEqual([APP_SCHEME_DECLARATION]);
    const at = (entry: string) => state.log.indexOf(entry);
    expect(at('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(at('registerSchemesAsPrivileged')).toBeLessThan(at('whenReady'));
    expect(at('enableSandbox')).toBeLessThan(at('whenReady'));
    expect(at('setPath userData')).toBeLessThan(at('requestSingleInstanceLock'));
    expect(at('requestSingleInstanceLock')).toBeLessThan(at('whenReady'));
    expect(state.log.filter((e) => e === 'registerSchemesAsPrivileged')).toHaveLength(1);
    expect(state.log).not.toContain('disableHardwareAcceleration');
  });

  it('opens one window with the policy’s options, on app://lianqing/index.html — never file://', async () => {
    const win = await startMain();
    expect(win.options).toEqual(windowOptions(join(state.appDir, 'dist-electron', 'preload.cjs')));
    expect(win.loaded).toBe(APP_INDEX_URL);
    // The scheme is handled before the page is asked for.
    expect(state.log).toContain('handle app');
    expect(state.log.indexOf('handle app')).toBeLessThan(state.log.indexOf('loadURL'));
  });

  it('gives every web contents the refusals: new windows, navigation away, redirects, webviews', async () => {
    const win = await startMain();
    const other = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, other);
    for (const contents of [win.webContents, other]) {
      expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
      for (const event of ['will-navigate', 'will-frame-navigate']) {
        const away = navigationEvent('https://example.org/');
        contents.emit(event, away);
        expect(away.prevented, event).toBe(true);
        const file = navigationEvent('file:///etc/passwd');
        contents.emit(event, file);
        expect(file.prevented, event).toBe(true);
        const home = navigationEvent(`${APP_INDEX_URL}#/tips`);
        contents.emit(event, home);
        expect(home.prevented, event).toBe(false);
      }
      const redirect = navigationEvent(APP_INDEX_URL);
      contents.emit('will-redirect', redirect);
      expect(redirect.prevented).toBe(true);
      const webview = navigationEvent('');
      contents.emit('will-attach-webview', webview, {}, {});
      expect(webview.prevented).toBe(true);
    }
  });

  it('denies every permission request, check and device', async () => {
    await startMain();
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      state.permissionRequest?.({}, permission, (granted: boolean) => answers.push(granted), {});
      answers.push(state.permissionCheck?.({}, permission, APP_INDEX_URL, {}) as boolean);
    }
    answers.push(state.devicePermission?.({ deviceType: 'usb', origin: 'app://lianqing' }) as boolean);
    expect(answers).toHaveLength(11);
    expect(answers.every((a) => a === false)).toBe(true);
  });

  it('serves the page over app:// with the CSP, and nothing outside the renderer folder', async () => {
    await startMain();
    const handler = state.schemes.get('app');
    expect(handler).toBeDefined();
    const page = await handler?.(new Request(APP_INDEX_URL));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(CSP);
    expect(await page?.text()).toBe('<!doctype html><title>廉情</title>');
    for (const url of ['app://lianqing/../../package.json', 'app://lianqing/%2e%2e/%2e%2e/package.json', 'app://lianqing/..%2f..%2fpackage.json']) {
      const res = await handler?.(new Request(url));
      expect(res?.status, url).toBe(404);
      expect(await res?.text()).toBe('');
    }
  });

  it('answers the bridge only from the app page', async () => {
    await startMain();
    const invoke = state.ipc.get('lianqing:invoke');
    const status = { op: 'auth.status', input: {} };
    expect(await invoke?.({ senderFrame: { url: `${APP_INDEX_URL}#/` } }, status)).toMatchObject({ ok: true, value: { setupRequired: true } });
    for (const senderFrame of [{ url: 'file:///x/dist/renderer/index.html' }, { url: 'https://example.org/' }, null]) {
      expect(await invoke?.({ senderFrame }, status)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('empties the viewer folder at start and at quit', async () => {
    await startMain();
    const viewer = join(dataDir, 'viewer');
    expect(readdirSync(viewer)).toEqual([]);
    writeFileSync(join(viewer, 'opened-meanwhile.pdf'), 'x');
    fake.app.emit('will-quit', {});
    expect(readdirSync(viewer)).toEqual([]);
  });

  it('brings its window to the front when the app is started again', async () => {
    const win = await startMain();
    win.minimized = true;
    fake.app.emit('second-instance', {}, ['lianqing'], process.cwd(), {});
    expect(win.calls).toEqual(['restore', 'show', 'focus']);
    expect(state.windows).toHaveLength(1);
  });

  it('quits at once, touching nothing, when another instance holds the data folder', async () => {
    state.lock = false;
    await import('../../../electron/main/main.ts');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.log).toContain('quit');
    expect(state.log).not.toContain('whenReady');
    expect(state.windows).toHaveLength(0);
    expect(state.ipc.size).toBe(0);
    expect(fake.app.count('second-instance')).toBe(0);
    // The first instance's viewer copies and database are left alone.
    expect(readdirSync(join(dataDir, 'viewer'))).toEqual(['open-old']);
    expect(existsSync(join(dataDir, 'lianqing.sqlite'))).toBe(false);
  });
});

describe('openFile.ts', () => {
  it('hands the system viewer a private copy, and nothing for a kind that could run', async () => {
    const { viewerOpener } = await import('../../../electron/main/openFile.ts');
    const stored = Buffer.from('CONTENT');
    const viewer = join(dataDir, 'viewer');
    const open = viewerOpener(viewer);
    expect(await open(stored, '线索.pdf')).toBe(true);
    expect(state.opened).toHaveLength(1);
    const copy = state.opened[0] as string;
    expect(relative(viewer, copy).startsWith('..')).toBe(false);
    expect(copy.endsWith('线索.pdf')).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe('CONTENT');
    expect(await open(stored, 'setup.exe')).toBe(false);
    expect(state.opened).toHaveLength(1);
  });
});

describe('main.ts --cli: the command line through the desktop executable', () => {
  const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
    vi.restoreAllMocks();
  });

  /** Output written to a stream while the command runs (the write's callback called, as a flush). */
  function capture(stream: NodeJS.WriteStream, into: string[]) {
    return vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      (rest.find((r) => typeof r === 'function') as (() => void) | undefined)?.();
      return true;
    }) as typeof stream.write);
  }

  /** Starts main.ts as `Lianqing --cli …` and waits for it to end; its exit code and output. */
  async function desktopCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    vi.resetModules();
    Object.assign(state, { log: [], windows: [], privileged: [] });
    state.ipc.clear();
    state.schemes.clear();
    fake.app.listeners.clear();
    const out: string[] = [];
    const err: string[] = [];
    const spies = [capture(process.stdout, out), capture(process.stderr, err)];
    process.argv = [process.execPath, state.appDir, '--cli', ...args];
    try {
      await import('../../../electron/main/main.ts');
      await vi.waitFor(() => expect(state.log.find((e) => e.startsWith('exit '))).toBeDefined(), { timeout: 30_000 });
    } finally {
      for (const spy of spies) spy.mockRestore();
      process.argv = argv;
    }
    const exit = state.log.find((e) => e.startsWith('exit ')) as string;
    return { code: Number(exit.slice('exit '.length)), out: out.join(''), err: err.join('') };
  }

  /** The desktop makes its database (the stand-in safeStorage wraps the key) and an administrator; then its window is closed. */
  async function desktopDatabase(): Promise<{ file: string; keyFile: string }> {
    await startMain();
    const invoke = state.ipc.get('lianqing:invoke');
    const setup = { op: 'auth.setupAdmin', input: { username: 'admin', displayName: '系统管理员', password: 'Admin12345', loadDemo: false } };
    expect(await invoke?.({ senderFrame: { url: APP_INDEX_URL } }, setup)).toMatchObject({ ok: true });
    fake.app.emit('window-all-closed');
    const file = desktopDbFile(dataDir);
    return { file, keyFile: keyFileIn(desktopKeysDir(dataDir), file) };
  }

  it('takes the words after --cli, and only with it', () => {
    expect(cliArguments(['Lianqing.exe', '--cli', 'check', '--db', 'x.sqlite'])).toEqual(['check', '--db', 'x.sqlite']);
    expect(cliArguments(['electron', '/app', '--cli'])).toEqual([]);
    expect(cliArguments(['Lianqing.exe'])).toBeNull();
    expect(cliArguments(['Lianqing.exe', 'check'])).toBeNull();
    expect(desktopKeysDir('/u/Lianqing', {})).toBe('/u/Lianqing-keys');
    expect(desktopKeysDir('/u/Lianqing', { LIANQING_KEY_DIR: '/k' })).toBe(resolve('/k'));
  });

  it('checks the desktop’s database with the keystore’s key, prints the report and exits with its code — no window, no lock, no viewer folder', async () => {
    const { file, keyFile } = await desktopDatabase();
    // The key the desktop wrote is wrapped by its keystore (the stand-in marks it 'wrapped:').
    const content = JSON.parse(readFileSync(keyFile, 'utf8')) as { protection: string; secret: string };
    expect(content.protection).toBe('safeStorage');
    const wrapped = Buffer.from(content.secret, 'base64').toString('utf8');
    expect(wrapped.startsWith('wrapped:')).toBe(true);
    expect(Buffer.from(wrapped.slice('wrapped:'.length), 'base64')).toHaveLength(32);
    mkdirSync(join(dataDir, 'viewer', 'open-held'), { recursive: true });

    for (const args of [['check', '--db', file], ['check']]) {
      const run = await desktopCli(...args);
      expect(run.code, run.err).toBe(0);
      expect(run.out).toContain(`[通过] 数据库加密：已加密，密钥文件 ${keyFile}`);
      expect(run.out).toMatch(/\[通过\] 审计日志：审计日志完整，共 \d+ 条，签名与密钥相符/);
      expect(run.out).toContain('检查通过。');
      expect(state.log.indexOf('disableHardwareAcceleration')).toBeGreaterThanOrEqual(0);
      expect(state.log.indexOf('disableHardwareAcceleration')).toBeLessThan(state.log.indexOf('whenReady'));
      expect(state.log.indexOf('whenReady')).toBeLessThan(state.log.indexOf('exit 0'));
      for (const never of ['requestSingleInstanceLock', 'registerSchemesAsPrivileged', 'enableSandbox', 'loadURL', 'quit']) expect(state.log).not.toContain(never);
      expect(state.windows).toHaveLength(0);
      expect(state.ipc.size).toBe(0);
      expect(state.schemes.size).toBe(0);
      expect(fake.app.count('second-instance')).toBe(0);
      expect(readdirSync(join(dataDir, 'viewer'))).toEqual(['open-held']);
    }

    // A failing check is the command's exit code: the audit head kept outside is gone.
    rmSync(headFileFor(keyFile));
    const failed = await desktopCli('check', '--db', file);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('[失败] 审计日志：库外保存的审计日志头文件不见了');
    expect(failed.out).toContain('检查未通过。');
    const missing = await desktopCli('check', '--db', join(root, 'none.sqlite'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('数据库文件不存在');
  });

  it('serves nothing: serve is refused with its own exit code', async () => {
    const run = await desktopCli('serve');
    expect(run.code).toBe(2);
    expect(run.err).toContain('桌面程序的命令行不提供 serve');
    expect(run.out).toBe('');
    expect(existsSync(desktopDbFile(dataDir))).toBe(false);
    const help = await desktopCli('--help');
    expect(help.code).toBe(0);
    expect(help.out.startsWith('用法：Lianqing --cli <命令>')).toBe(true);
  });

  it('the plain Node command line refuses the desktop’s key file, naming Lianqing --cli and the recovery key; given the recovery key it checks', async () => {
    const { file, keyFile } = await desktopDatabase();
    // Spawned as `lianqing` is run, with the same key folder (LIANQING_KEY_DIR, as vitest sets it).
    const node = (...args: string[]) => spawnSync(process.execPath, ['electron/hosts/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LIANQING_KEY_DIR: desktopKeysDir(dataDir) } });
    const refused = node('check', '--db', file);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(`[失败] 密钥：密钥文件 ${keyFile} 由桌面版在本机的系统密钥库中保管：请用桌面程序执行该命令（Lianqing --cli …），或用 --recovery-key 给出恢复密钥。`);
    const listed = node('units', 'list', '--db', file);
    expect(listed.status).toBe(1);
    expect(listed.stderr).toContain('由桌面版在本机的系统密钥库中保管');
    expect(listed.stderr).toContain('数据库未做任何改动');

    // The recovery key (the master the stand-in keystore wrapped) opens it without the key file.
    const content = JSON.parse(readFileSync(keyFile, 'utf8')) as { secret: string };
    const master = Buffer.from(Buffer.from(content.secret, 'base64').toString('utf8').slice('wrapped:'.length), 'base64');
    const recoveryKey = formatRecoveryKey(master);
    const checked = node('check', '--db', file, '--recovery-key', recoveryKey);
    expect(checked.stdout).toContain('[通过] 数据库加密：已加密，用恢复密钥打开');
    expect(checked.stdout).toContain('检查通过。');
    expect(checked.status).toBe(0);
    const units = node('units', 'list', '--db', file, '--json', '--recovery-key', recoveryKey.toLowerCase());
    expect(units.status, units.stderr).toBe(0);
    expect(JSON.parse(units.stdout)).toEqual([]);
    const short = node('check', '--db', file, '--recovery-key', recoveryKey.slice(1));
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('恢复密钥应为 55 个字符');
    expect(short.stdout).toBe('');
    // The desktop's key file is as it was.
    expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toEqual(content);
  });
});
