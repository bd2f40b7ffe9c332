// Where backups are kept: the data folder's backups/ (beside the database and its attachments)
// and, when set, 第二备份位置. Listing them reads each backup's manifest; a folder being
// written (.partial-…) is never listed, and the sweep removes one whose writer is gone.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseBackupName, partialOf, type BackupEntry, type BackupPlace } from '../../../shared/backup/index.ts';
import { readManifest, type Manifest } from './manifest.ts';

/** The data folder's own backups: `<folder of the database>/backups`. */
export function backupsFolder(dbFile: string): string {
  return join(dirname(dbFile), 'backups');
}

export interface Place {
  folder: string;
  place: BackupPlace;
}

/** The places backups are kept: the data folder's, and the second one when set. */
export function backupPlaces(dbFile: string, secondFolder: string): Place[] {
  const places: Place[] = [{ folder: backupsFolder(dbFile), place: '数据文件夹' }];
  if (secondFolder) places.push({ folder: secondFolder, place: '第二备份位置' });
  return places;
}

/** A backup as listed, from its folder and manifest. */
export async function entryOf(folder: string, name: string, place: BackupPlace, manifest: Manifest): Promise<BackupEntry> {
  let bytes = 0;
  try {
    bytes = (await stat(join(folder, 'lianqing.sqlite'))).size;
  } catch {
    // listed with what its manifest says; 查看 tells what is wrong
  }
  bytes += manifest.attachments.reduce((n, a) => n + a.bytes, 0);
  return { folder, name, place, kind: manifest.kind, madeAt: manifest.madeAt, madeAtLocal: manifest.madeAtLocal, counts: manifest.counts, bytes };
}

/** The folders of one place named as backups (never a partial one); none when the place is not there. */
export function backupFolderNames(parent: string): string[] {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  return names.filter((name) => parseBackupName(name) !== null && isFolder(join(parent, name)));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The backups of the places whose manifest can be read, newest first. */
export async function listBackups(places: readonly Place[]): Promise<BackupEntry[]> {
  const out: BackupEntry[] = [];
  for (const { folder: parent, place } of places) {
    for (const name of backupFolderNames(parent)) {
      const folder = join(parent, name);
      const read = await readManifest(folder);
      if (read.ok) out.push(await entryOf(folder, name, place, read.manifest));
    }
  }
  return out.sort((a, b) => b.madeAt.localeCompare(a.madeAt) || b.name.localeCompare(a.name));
}

/** How long a partial backup of a process still running is left alone (a backup to a slow drive). */
const PARTIAL_GRACE_MS = 6 * 3_600_000;

function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the partial backups left in the places by a writer that is gone (killed, the machine
 * switched off, a drive pulled): they were never backups. One of a process still running is kept
 * (another 廉情 process may be writing it) unless it is hours old — measured against `nowMs`, in the
 * file system's (real) time, since that is what stamps the folder. Returns how many were removed.
 */
export function sweepPartialBackups(places: readonly Place[], nowMs: number): number {
  let removed = 0;
  for (const { folder: parent } of places) {
    if (!existsSync(parent)) continue;
    let names: string[];
    try {
      names = readdirSync(parent);
    } catch {
      continue;
    }
    for (const name of names) {
      const partial = partialOf(name);
      if (!partial) continue;
      const path = join(parent, name);
      let age = 0;
      try {
        age = nowMs - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      if (running(partial.pid) && age < PARTIAL_GRACE_MS) continue;
      try {
        rmSync(path, { recursive: true, force: true });
        removed++;
      } catch {
        // left for the next sweep (a drive pulled meanwhile)
      }
    }
  }
  return removed;
}
