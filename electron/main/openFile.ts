// Opening an attachment in the system's viewer: a copy under the temp folder with its own
// (allowed) extension, handed to the shell's default application — never run as a program.
import { shell } from 'electron';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const VIEWABLE = new Set(['.pdf', '.jpg', '.jpeg', '.png', '.docx', '.xlsx', '.txt']);

export async function openInViewer(path: string, fileName: string): Promise<boolean> {
  const ext = extname(fileName).toLowerCase();
  if (!VIEWABLE.has(ext)) return false;
  const dir = mkdtempSync(join(tmpdir(), 'lianqing-open-'));
  const copy = join(dir, fileName.replace(/[\\/<>:"|?*\u0000-\u001f]/g, '_'));
  copyFileSync(path, copy);
  return (await shell.openPath(copy)) === '';
}
