// Where things live: the default database (the same folder Electron's userData uses for an
// app named Lianqing) and the built renderer.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const RENDERER_DIR = join(PROJECT_ROOT, 'dist', 'renderer');

export function userDataDir(): string {
  const env = process.env;
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Lianqing');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Lianqing');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Lianqing');
}

export function defaultDbPath(): string {
  return join(userDataDir(), 'lianqing.sqlite');
}
