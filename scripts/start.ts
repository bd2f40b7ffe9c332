// npm start: the Electron window where an Electron runtime exists; otherwise, in one line,
// why not, and the same app as a browser shell on 127.0.0.1 (its URL printed).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { PROJECT_ROOT, RENDERER_DIR, defaultDbPath } from '../electron/hosts/paths.ts';
import { env, run } from './lib/run.ts';
import { electronBinary } from './lib/electron.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path);
    newest = Math.max(newest, info.isDirectory() ? newestMtime(path) : info.mtimeMs);
  }
  return newest;
}

function rendererIsStale(): boolean {
  const index = join(RENDERER_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return ['renderer', 'shared'].some((d) => newestMtime(join(PROJECT_ROOT, d)) > built);
}

function buildRenderer(): void {
  if (!rendererIsStale()) return;
  console.log('正在构建界面……');
  if (run('vite', ['build', '--logLevel', 'warn']) !== 0) process.exit(1);
}

const electron = electronBinary();
if (electron) {
  buildRenderer();
  if (run('vite', ['build', '--config', 'vite.electron.config.ts', '--logLevel', 'warn']) !== 0) process.exit(1);
  const child = spawn(electron, ['.'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: env() });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('未找到 Electron 运行时（本机不能联网下载），改为启动浏览器版：请用浏览器打开下面以 http://127.0.0.1 开头的地址。');
  buildRenderer();
  const { main } = await import('../electron/hosts/cli.ts');
  await main(['serve', '--db', process.env.LIANQING_DB ?? defaultDbPath()]);
}
