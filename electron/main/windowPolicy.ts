// The window's security checklist as data and plain decisions, without Electron: main.ts only
// hands these to Electron, so tests/electron/unit proves every item where no Electron binary
// exists (Electron's own types are imported as types only and vanish when the file runs).
import type { BrowserWindowConstructorOptions, WebPreferences, WindowOpenHandlerResponse } from 'electron';
import { isTrustedSender } from '../hosts/ipc.ts';
import { APP_INDEX_URL } from './appProtocol.ts';

/**
 * The page's preferences. Each is Electron's default today except webviewTag and spellcheck;
 * they are written out so a change of default, or of this file, is caught by the test.
 */
export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
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
    spellcheck: false,
  };
}

export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return { width: 1440, height: 900, title: '廉情', show: false, webPreferences: webPreferences(preload) };
}

/**
 * Whether a frame may go to `url`: only to the app's own page (its hash routes included).
 * The same rule as the IPC sender check, so a page the window may show is exactly a page the
 * bridge answers.
 */
export function mayNavigate(url: string): boolean {
  return isTrustedSender(url, APP_INDEX_URL);
}

/** The app's files never redirect; a redirect can only be something else's doing. */
export function mayRedirect(_url: string): boolean {
  return false;
}

/** window.open and target=_blank links open nothing: the app has one window. */
export function windowOpenResponse(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** No permission (camera, notifications, clipboard, geolocation, …) is ever granted; the app asks for none. */
export function mayGrantPermission(_permission: string): boolean {
  return false;
}

/** No <webview> is ever attached. */
export function mayAttachWebview(): boolean {
  return false;
}

/** What a second start does to the first window: shows it in front, restored if minimised. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function bringToFront(win: FocusableWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
