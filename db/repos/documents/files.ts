// Issued documents' bytes by SHA-256 (document_files): written once, never changed; the same bytes
// are handed back on every download.
import type { Db } from '../../types.ts';

export function putDocumentFile(db: Db, sha256: string, bytes: Uint8Array): void {
  db.prepare('INSERT INTO document_files (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(sha256, bytes.length, Buffer.from(bytes));
}

export function getDocumentFile(db: Db, sha256: string): Buffer | null {
  const r = db.prepare('SELECT bytes FROM document_files WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined;
  return r?.bytes ?? null;
}
