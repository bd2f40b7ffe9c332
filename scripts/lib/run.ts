// Running the project's own tools from scripts, with node_modules/.bin first on PATH.
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/hosts/paths.ts';

export const BIN = join(PROJECT_ROOT, 'node_modules', '.bin');

export function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`, ...extra };
}

/** Runs a command in the project folder, output to this terminal; returns the exit code. */
export function run(command: string, args: string[], extra: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: env(extra), shell: process.platform === 'win32' });
  return result.status ?? 1;
}
