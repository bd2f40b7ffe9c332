// The built interface the browser shell serves (dist/renderer): built with Vite when it is
// missing or older than its sources, so `lianqing serve` works on a fresh clone as `npm start` does.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT, RENDERER_DIR } from './paths.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path);
    newest = Math.max(newest, info.isDirectory() ? newestMtime(path) : info.mtimeMs);
  }
  return newest;
}

/** Whether dist/renderer is missing or older than anything under renderer/ or shared/. */
export function rendererIsStale(): boolean {
  const index = join(RENDERER_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return ['renderer', 'shared'].some((d) => newestMtime(join(PROJECT_ROOT, d)) > built);
}

/**
 * Builds the interface when needed. Progress goes to standard error, so that a host's first line
 * of standard output stays its address. Returns a message when the build could not be done.
 */
export function ensureRendererBuilt(): string | null {
  if (!rendererIsStale()) return null;
  const vite = join(PROJECT_ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
  if (!existsSync(vite)) {
    return existsSync(join(RENDERER_DIR, 'index.html')) ? null : '界面尚未构建，且找不到构建工具：请先在项目目录运行 npm install。';
  }
  process.stderr.write('正在构建界面……\n');
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, PATH: `${join(PROJECT_ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` },
    shell: process.platform === 'win32',
  });
  return result.status === 0 ? null : '界面构建失败，请查看上面的错误信息。';
}
