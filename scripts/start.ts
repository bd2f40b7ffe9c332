// npm start: the Electron window where an Electron runtime exists; otherwise, in one line,
// why not, and the same app as a browser shell on 127.0.0.1 (its URL printed).
import { spawn } from 'node:child_process';
import { PROJECT_ROOT, defaultDbPath } from '../electron/hosts/paths.ts';
import { ensureRendererBuilt } from '../electron/hosts/renderer.ts';
import { env, run } from './lib/run.ts';
import { electronBinary } from './lib/electron.ts';

function buildRenderer(): void {
  const problem = ensureRendererBuilt();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

const electron = electronBinary();
if (electron) {
  buildRenderer();
  if (run('vite', ['build', '--config', 'vite.electron.config.ts', '--logLevel', 'warn']) !== 0) process.exit(1);
  const child = spawn(electron, ['.'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: env() });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('未找到 Electron 运行时（本机不能联网下载），改为启动浏览器版：请用浏览器打开下面以 http://127.0.0.1 开头的地址。');
  // serve builds the interface itself when it is missing or stale.
  const { main } = await import('../electron/hosts/cli.ts');
  await main(['serve', '--db', process.env.LIANQING_DB ?? defaultDbPath()]);
}
