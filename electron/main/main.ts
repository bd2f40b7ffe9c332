// Electron main process: thin. Opens the store, serves the one IPC channel, and locks the
// window down (context isolation, sandbox, no node, CSP, no navigation, no new windows,
// no permissions).
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../db/open.ts';
import { createServiceContext } from '../services/kernel/context.ts';
import { createIpcHandler, IPC_CHANNEL } from '../hosts/ipc.ts';
import { CSP } from '../hosts/http.ts';
import { openInViewer } from './openFile.ts';

const rendererIndex = join(app.getAppPath(), 'dist', 'renderer', 'index.html');
const appIndexUrl = pathToFileURL(rendererIndex).toString();

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    title: '廉情',
    show: false,
    webPreferences: {
      preload: join(app.getAppPath(), 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (url !== appIndexUrl) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event) => event.preventDefault());
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
  void win.loadFile(rendererIndex);
  return win;
}

// Tests point the app at a throw-away data folder.
if (process.env.LIANQING_USER_DATA) app.setPath('userData', process.env.LIANQING_USER_DATA);

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Exports arrive as blob downloads: ask where to save, starting in the Downloads folder.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: '保存文件', defaultPath: join(app.getPath('downloads'), item.getFilename()) });
  });
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });

  const dataDir = app.getPath('userData');
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'lianqing.sqlite');
  let opened;
  try {
    opened = openDatabase(file);
  } catch (error) {
    dialog.showErrorBox('廉情无法打开数据库', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const ctx = createServiceContext(opened.db, file);
  ctx.openFile = openInViewer;
  const handle = createIpcHandler(ctx, appIndexUrl);
  ipcMain.handle(IPC_CHANNEL, (event, envelope: unknown) => handle(event.senderFrame?.url, envelope));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => {
    opened.db.close();
    app.quit();
  });
  createWindow();
}

void start();
