// The tests' processes: ending a host they started (SIGTERM, then SIGKILL if it has not gone
// within 5 s), and running a `lianqing` command to its end.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** What a finished `lianqing` command printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const PROJECT = resolve(import.meta.dirname, '..', '..');

/** Runs `lianqing <args>` (electron/hosts/cli.ts) to its end; `env` adds to the test run's environment (a key folder of "another machine"). */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): CliRun {
  const result = spawnSync(process.execPath, ['electron/hosts/cli.ts', ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
