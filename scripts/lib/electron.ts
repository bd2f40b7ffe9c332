// Where the Electron binary is, if it is on this machine — found without requiring the
// `electron` package, whose index.js tries to download the binary when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/hosts/paths.ts';

const defaultName: Record<string, string> = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' };

export function electronBinary(): string | null {
  const pkg = join(PROJECT_ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (defaultName[process.platform] ?? 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, name) : join(pkg, 'dist', name);
  return existsSync(candidate) ? candidate : null;
}
