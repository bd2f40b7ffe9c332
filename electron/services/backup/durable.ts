// Files that must be on the disk before the next step relies on them (a backup renamed into place,
// a restore's journal): written, flushed, and their folder flushed so the names are there too.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { OWNER_DIR, OWNER_FILE, restrict } from '../../../db/ownerOnly.ts';

/** Flushes a file's bytes to the disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (POSIX; Windows cannot open a folder, and flushes names with the files). */
export function fsyncFolder(path: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a new file (refused if it exists), owner-only, flushed. */
export function writeNewFileSync(path: string, data: Buffer | string): void {
  const fd = openSync(path, 'wx', OWNER_FILE);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The same, without holding the serving process while the bytes go to a slow drive. */
export async function writeNewFile(path: string, data: Buffer): Promise<void> {
  const handle = await open(path, 'wx', OWNER_FILE);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A folder readable by its user only (made with its parents if missing). */
export async function ownerFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: OWNER_DIR });
  restrict(path, OWNER_DIR);
}
