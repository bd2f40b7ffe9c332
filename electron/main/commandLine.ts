// `Lianqing.exe --cli <command> …`: the desktop executable as the command line. The packaged app's
// fuses forbid running it as plain Node, and the desktop keeps each database's key wrapped by the
// operating system's keystore (safeStorage), which only this executable, on this account, can
// unwrap — so `lianqing check`, `backup`… on the office PC go through it. It runs the same
// commands as electron/hosts/cli.ts, on the desktop's own data and key folders, without a window,
// the single-instance lock (the open app may be using the database: both may) or the viewer
// folder, and ends with the command's exit code. Decided here, without Electron, so
// tests/electron/unit proves it.
import { join, resolve } from 'node:path';

/** The switch that makes the desktop executable a command line. */
export const CLI_SWITCH = '--cli';

/** The command's words when the app was started with --cli (everything after it), else null. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_SWITCH);
  return at < 0 ? null : argv.slice(at + 1);
}

/** The desktop's database, in its data folder. */
export function desktopDbFile(userData: string): string {
  return join(userData, 'lianqing.sqlite');
}

/**
 * The desktop's folder of key files: beside the data folder, not in it (a copy of the data folder
 * carries no key); tests point it elsewhere with LIANQING_KEY_DIR.
 */
export function desktopKeysDir(userData: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.LIANQING_KEY_DIR ? resolve(env.LIANQING_KEY_DIR) : `${userData}-keys`;
}
