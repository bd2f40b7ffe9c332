// Where things live: the default database (the same folder Electron's userData uses for an
// app named Lianqing) and the built renderer.
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not `new URL('../..', import.meta.url)`: Vite takes that form for an asset to bundle, and in
// main.cjs it inlined a file of the previous build's output, growing the bundle at every build.
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
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

/**
 * The folder of the key files (electron/services/kernel/keys): in the user's config folder, but
 * not the data folder — a copy of the data folder (or a backup) does not carry the key. Tests
 * point it elsewhere with LIANQING_KEY_DIR.
 */
export function keysDir(): string {
  if (process.env.LIANQING_KEY_DIR) return resolve(process.env.LIANQING_KEY_DIR);
  return `${userDataDir()}-keys`;
}

/**
 * A database's key file: --key-file, else LIANQING_KEY_FILE, else one per database path in the
 * folder of key files — `dir` (the desktop executable's own, beside its data folder) or keysDir().
 */
export function keyFileFor(dbFile: string, given?: string, dir?: string): string {
  const chosen = given ?? process.env.LIANQING_KEY_FILE;
  if (chosen) return resolve(chosen);
  return keyFileIn(dir ?? keysDir(), dbFile);
}

/** The key file of a database in a folder of key files: named for the database's path. */
export function keyFileIn(dir: string, dbFile: string): string {
  const path = resolve(dbFile);
  const name = basename(path).replace(/[^\p{L}\p{N}._-]/gu, '_').slice(0, 60);
  return join(dir, `${name}-${createHash('sha256').update(path).digest('hex').slice(0, 12)}.key`);
}
