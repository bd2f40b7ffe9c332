// The daily backups past keeping (settings.backupKeepDays) are removed — only folders this app
// made as automatic backups, by their name and by their manifest; a manual or 恢复前 backup is
// never removed. A backup is first renamed to a partial name, so one cut off while being removed
// is never taken for a backup (the sweep finishes it).
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { autoBackupsPastKeeping, parseBackupName, partialName } from '../../../shared/backup/index.ts';
import { readManifest } from './manifest.ts';
import { backupFolderNames } from './places.ts';

/** Whether the place holds an automatic backup made on the office's `today`. */
export function hasAutoBackupOf(parent: string, today: string): boolean {
  return backupFolderNames(parent).some((name) => {
    const parsed = parseBackupName(name);
    return parsed?.kind === 'auto' && parsed.date === today;
  });
}

export async function pruneAutoBackups(parent: string, today: string, keepDays: number): Promise<number> {
  const autos: Array<{ name: string; date: string }> = [];
  for (const name of backupFolderNames(parent)) {
    const parsed = parseBackupName(name);
    if (parsed?.kind !== 'auto') continue;
    const read = await readManifest(join(parent, name));
    if (read.ok && read.manifest.kind === 'auto') autos.push({ name, date: parsed.date });
  }
  let removed = 0;
  for (const name of autoBackupsPastKeeping(autos, today, keepDays)) {
    try {
      const doomed = join(parent, partialName(name, process.pid));
      renameSync(join(parent, name), doomed);
      rmSync(doomed, { recursive: true, force: true });
      removed++;
    } catch {
      // left for the next day
    }
  }
  return removed;
}
