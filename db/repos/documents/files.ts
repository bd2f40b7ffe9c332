// Issued documents' bytes by SHA-256 (document_files): written once, never changed; the same bytes
// are handed back on every download.
import { createHash } from 'node:crypto';
import type { Db } from '../../types.ts';

export function putDocumentFile(db: Db, sha256: string, bytes: Uint8Array): void {
  db.prepare('INSERT INTO document_files (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(sha256, bytes.length, Buffer.from(bytes));
}

export function getDocumentFile(db: Db, sha256: string): Buffer | null {
  const r = db.prepare('SELECT bytes FROM document_files WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined;
  return r?.bytes ?? null;
}

/**
 * Issued documents whose frozen file is missing or whose bytes no longer hash to what was recorded
 * at issue (lianqing check): how many were checked, and the 文号 of each wrong one with what is wrong.
 */
export function frozenFileProblems(db: Db): { issued: number; problems: string[] } {
  const rows = db
    .prepare(
      `SELECT d.number, d.file_sha256 AS sha256, f.bytes
       FROM documents d LEFT JOIN document_files f ON f.sha256 = d.file_sha256
       WHERE d.status = 'issued' ORDER BY d.id`,
    )
    .all() as Array<{ number: string; sha256: string; bytes: Buffer | null }>;
  const problems: string[] = [];
  for (const r of rows) {
    if (r.bytes === null) problems.push(`${r.number}：定稿文件缺失`);
    else if (createHash('sha256').update(r.bytes).digest('hex') !== r.sha256) problems.push(`${r.number}：定稿文件与印发时不一致`);
  }
  return { issued: rows.length, problems };
}
