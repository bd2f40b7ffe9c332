// Electron main process: thin. It hands Electron the window's checklist (windowPolicy.ts), the
// app:// protocol the page is served from (appProtocol.ts) and the viewer's private folder
// (viewerFolder.ts) — each decided in those pure modules, where tests/electron/unit proves them
// without Electron — takes the single-instance lock, opens the store and serves the one IPC channel.
// Started with --cli (commandLine.ts) it is the command line instead: no window, no lock.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, type WebContents } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServiceContext, systemClock } from '../services/kernel/context.ts';
import { openStore } from '../services/kernel/keys/store.ts';
import { keyFileIn } from '../hosts/paths.ts';
import { runCli } from '../hosts/cli.ts';
import { desktopProtector } from './keyProtector.ts';
import { cliArguments, desktopDbFile, desktopKeysDir } from './commandLine.ts';
import { sweepAttachments } from '../services/tips/index.ts';
import { resumeRestore } from '../services/backup/index.ts';
import { startDailyBackups, sweepBackups } from '../hosts/dailyBackups.ts';
import { createIpcHandler, IPC_CHANNEL } from '../hosts/ipc.ts';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_DECLARATION, serveAppRequest } from './appProtocol.ts';
import { bringToFront, mayAttachWebview, mayGrantPermission, mayNavigate, mayRedirect, windowOpenResponse, windowOptions } from './windowPolicy.ts';
import { emptyViewerFolder, viewerFolderPath } from './viewerFolder.ts';
import { viewerOpener } from './openFile.ts';

const appDir = app.getAppPath();
const rendererDir = join(appDir, 'dist', 'renderer');
const commandLine = cliArguments(process.argv);

if (!commandLine) {
  // Before ready, and only once: the app scheme's privileges; and every renderer sandboxed,
  // whatever options a window is given.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_DECLARATION]);
  app.enableSandbox();
} else {
  // Nothing is drawn: no GPU process to start.
  app.disableHardwareAcceleration();
}

// Tests point the app at a throw-away data folder. Before the lock: the lock is the data folder's.
if (process.env.LIANQING_USER_DATA) app.setPath('userData', process.env.LIANQING_USER_DATA);

let mainWindow: BrowserWindow | null = null;

/** Every web contents, the window's or any other, gets the same refusals. */
function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(() => windowOpenResponse());
  contents.on('will-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!mayRedirect(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    if (!mayAttachWebview()) event.preventDefault();
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(appDir, 'dist-electron', 'preload.cjs')));
  // A form with unsaved changes holds a reload or closing (beforeunload); ask the person, as a
  // browser would (Electron shows nothing by itself and would simply stay).
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['离开', '继续填写'],
      defaultId: 1,
      cancelId: 1,
      title: '廉情',
      message: '填写的内容尚未保存，离开后将不会保留。确定离开吗？',
    });
    if (choice === 0) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/** Emptying the viewer folder is tidying: a failure must not keep the app from starting or quitting. */
function tidyViewerFolder(dir: string): void {
  try {
    emptyViewerFolder(dir);
  } catch {
    // Left for the next start or quit.
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(mayGrantPermission(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => mayGrantPermission(permission));
  ses.setDevicePermissionHandler((details) => mayGrantPermission(details.deviceType));
  // Exports arrive as blob downloads: ask where to save, starting in the Downloads folder.
  ses.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: '保存文件', defaultPath: join(app.getPath('downloads'), item.getFilename()) });
  });
  // The page and its files, with the CSP on every answer (appResponseHeaders).
  ses.protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));

  const dataDir = app.getPath('userData');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Copies opened in the viewer: emptied now (what the last run could not delete) and at quit.
  // Safe to empty here: the single-instance lock means no other window of this data folder uses it.
  const viewerDir = viewerFolderPath(dataDir);
  tidyViewerFolder(viewerDir);
  app.on('will-quit', () => tidyViewerFolder(viewerDir));

  const file = desktopDbFile(dataDir);
  let opened;
  try {
    // The key files live beside the data folder, not in it (a copy of the folder carries no key).
    const keyFile = keyFileIn(desktopKeysDir(dataDir), file);
    // A restore cut short is finished or undone before the file is opened.
    resumeRestore(file);
    opened = openStore({ dbFile: file, keyFile, protector: desktopProtector(), create: true, now: () => systemClock.now() });
  } catch (error) {
    dialog.showErrorBox('廉情无法打开数据库', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const ctx = createServiceContext(opened);
  sweepAttachments(ctx);
  sweepBackups(ctx);
  ctx.openFile = viewerOpener(viewerDir);
  const handle = createIpcHandler(ctx, APP_INDEX_URL);
  ipcMain.handle(IPC_CHANNEL, (event, envelope: unknown) => handle(event.senderFrame?.url, envelope));

  // Daily backups into the data folder's backups (and 第二备份位置); failures are in 审计日志.
  const daily = startDailyBackups(ctx, () => undefined);
  app.on('window-all-closed', () => {
    // ctx.db, not opened.db: a restore from 备份与恢复 replaced the connection. A backup under way ends first.
    const close = () => {
      ctx.db.close();
      app.quit();
    };
    const backingUp = daily.stop();
    if (backingUp) void backingUp.then(close);
    else close();
  });
  mainWindow = createWindow();
}

/** Waits until what was written to standard output and error has been handed on. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    try {
      stream.write('', () => resolve());
    } catch {
      resolve(); // no console to write to (started without one)
    }
  });
}

/**
 * `Lianqing --cli <command> …`: the command line's commands on the desktop's database and key
 * folder, its key unwrapped by the keystore (ready first: safeStorage needs it); then the exit code.
 */
async function runCommandLine(args: string[]): Promise<void> {
  // Output piped into a program that stops reading (… | more, then q): end quietly, as lianqing does.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') app.exit(0);
  });
  let code = 1;
  try {
    await app.whenReady();
    const dataDir = app.getPath('userData');
    code = await runCli(args, { protector: desktopProtector(), keysDir: desktopKeysDir(dataDir), defaultDb: desktopDbFile(dataDir), desktop: true });
  } catch (error) {
    process.stderr.write(`出错：${error instanceof Error ? error.message : String(error)}\n`);
  }
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  app.exit(Math.max(code, 0));
}

if (commandLine) {
  // No lock: the open app may be using the same database, and both may (SQLite's own locking).
  void runCommandLine(commandLine);
} else if (app.requestSingleInstanceLock()) {
  // A second start of the app (a double-click on the shortcut while it runs) brings this window
  // to the front; the second process ends by itself below.
  app.on('second-instance', () => bringToFront(mainWindow));
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  void start();
} else {
  // Another 廉情 already holds this data folder (and its database): it shows its window.
  app.quit();
}
