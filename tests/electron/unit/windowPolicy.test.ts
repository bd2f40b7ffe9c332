// The window's security checklist, item by item, against the pure policy main.ts hands to
// Electron — provable here, where no Electron binary exists (tests/electron/app.spec.ts checks
// the same in the running window where one does).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from 'electron';
import { importsOf } from '../../../scripts/lib/layers.ts';
import { PROJECT_ROOT } from '../../../electron/hosts/paths.ts';
import { APP_INDEX_URL } from '../../../electron/main/appProtocol.ts';
import {
  bringToFront,
  mayAttachWebview,
  mayGrantPermission,
  mayNavigate,
  mayRedirect,
  webPreferences,
  windowOpenResponse,
  windowOptions,
  type FocusableWindow,
} from '../../../electron/main/windowPolicy.ts';

describe('the window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security, no webview, no insecure content', () => {
    const prefs = webPreferences('/app/dist-electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    // Nothing that would weaken it is set at all.
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'plugins'] as const) {
      expect(prefs[key]).toBeUndefined();
    }
  });

  it('uses exactly those preferences and stays hidden until its page is ready', () => {
    const options = windowOptions('/p.cjs');
    expect(options.webPreferences).toEqual(webPreferences('/p.cjs'));
    expect(options.show).toBe(false);
    expect(options.title).toBe('廉情');
  });

  it('navigates only to the app page (its hash routes included), never elsewhere', () => {
    expect(mayNavigate(APP_INDEX_URL)).toBe(true);
    expect(mayNavigate(`${APP_INDEX_URL}#/tips/3`)).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/index.html',
      'file:///C:/Program%20Files/Lianqing/resources/app.asar/dist/renderer/index.html',
      'file:///etc/passwd',
      'app://lianqing/assets/index.js',
      'app://evil/index.html',
      'app://user@lianqing/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'blob:app://lianqing/0c4a6b1e-0000-4000-8000-000000000000',
      'about:blank',
      'mailto:someone@example.org',
      '',
    ]) {
      expect(mayNavigate(url), url).toBe(false);
    }
  });

  it('follows no redirect, opens no new window, attaches no webview', () => {
    expect(mayRedirect(APP_INDEX_URL)).toBe(false);
    expect(mayRedirect('https://example.org/')).toBe(false);
    expect(windowOpenResponse()).toEqual({ action: 'deny' });
    expect(mayAttachWebview()).toBe(false);
  });

  it('grants no permission, of every kind Electron 45 asks about', () => {
    type Permission = Parameters<Parameters<Session['setPermissionCheckHandler']>[0] & object>[1];
    const all: Permission[] = [
      'ar', 'automatic-fullscreen', 'background-fetch', 'background-sync', 'captured-surface-control', 'clipboard-read',
      'clipboard-sanitized-write', 'deprecated-sync-clipboard-read', 'display-capture', 'fileSystem', 'fullscreen',
      'geolocation', 'geolocation-approximate', 'hand-tracking', 'hid', 'idle-detection', 'keyboardLock', 'local-fonts',
      'local-network', 'local-network-access', 'loopback-network', 'media', 'mediaKeySystem', 'midi', 'midiSysex', 'nfc',
      'notifications', 'openExternal', 'payment-handler', 'periodic-background-sync', 'persistent-storage', 'pointerLock',
      'screen-wake-lock', 'sensors', 'serial', 'smart-card', 'speaker-selection', 'storage-access', 'system-wake-lock',
      'top-level-storage-access', 'usb', 'vr', 'web-app-installation', 'web-printing', 'window-management', 'unknown',
    ];
    for (const permission of all) expect(mayGrantPermission(permission), permission).toBe(false);
    // Device choosers (HID, serial, USB) ask by device type.
    for (const device of ['hid', 'serial', 'usb']) expect(mayGrantPermission(device)).toBe(false);
  });
});

describe('a second start', () => {
  function fakeWindow(state: { minimized: boolean; destroyed?: boolean }): FocusableWindow & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      isDestroyed: () => state.destroyed ?? false,
      isMinimized: () => state.minimized,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
  }

  it('brings the first window to the front, restored when minimised', () => {
    const minimised = fakeWindow({ minimized: true });
    bringToFront(minimised);
    expect(minimised.calls).toEqual(['restore', 'show', 'focus']);
    const behind = fakeWindow({ minimized: false });
    bringToFront(behind);
    expect(behind.calls).toEqual(['show', 'focus']);
  });

  it('does nothing before the window exists or after it is gone', () => {
    expect(() => bringToFront(null)).not.toThrow();
    const gone = fakeWindow({ minimized: true, destroyed: true });
    bringToFront(gone);
    expect(gone.calls).toEqual([]);
  });
});

describe('the policy modules', () => {
  it('load no Electron (its types only), so these tests prove them without the binary', () => {
    for (const file of ['windowPolicy.ts', 'appProtocol.ts', 'viewerFolder.ts', 'commandLine.ts']) {
      const imports = importsOf(readFileSync(join(PROJECT_ROOT, 'electron', 'main', file), 'utf8'));
      const electron = imports.filter((i) => i.spec === 'electron');
      expect(electron.every((i) => i.typeOnly), file).toBe(true);
    }
  });
});
