// The `files` table: one row per stored content (by SHA-256), whoever refers to it — a tip's
// attachment, a rectification item's 佐证材料. The start sweep keeps the contents recorded here.
import type { Db } from '../../types.ts';

export function insertFileRecord(db: Db, sha256: string, size: number, now: string): void {
  db.prepare('INSERT OR IGNORE INTO files (sha256, size, created_at) VALUES (?, ?, ?)').run(sha256, size, now);
}

export function isFileRecorded(db: Db, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM files WHERE sha256 = ?').get(sha256) !== undefined;
}
