// The office's data is for the person running the app: the database, its WAL and shared-memory
// files, its backups and the data folders are made readable by that user only (POSIX modes; on
// Windows the user's own profile folder already keeps others out, and chmod changes nothing).
import { chmodSync, existsSync } from 'node:fs';

export const OWNER_FILE = 0o600;
export const OWNER_DIR = 0o700;

/** Owner-only modes for the database file and the files SQLite keeps beside it. */
export function restrictDatabaseFiles(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) restrict(path, OWNER_FILE);
}

export function restrict(path: string, mode: number): void {
  if (process.platform === 'win32' || !existsSync(path)) return;
  chmodSync(path, mode);
}
