// Query codes are stored keyed: HMAC(codes key, sha256 of the code), the key kept outside the
// database — a copy of the file alone no longer lets anyone try the 40-bit codes offline. Codes
// stored before (a bare sha256) are keyed in place when their database is converted to the
// encrypted store, so every code handed out keeps working.
import { createHmac } from 'node:crypto';
import type { Db } from '../../types.ts';

export function keyedCodeHash(key: Buffer, codeSha256: string): string {
  return createHmac('sha256', key).update(`lianqing-query-code\n${codeSha256}`).digest('hex');
}

/** Keys every stored code (once, in the conversion's transaction); returns how many. */
export function keyQueryCodes(db: Db, key: Buffer): number {
  const rows = db.prepare('SELECT id, query_code_hash AS hash FROM tips WHERE query_code_hash IS NOT NULL').all() as Array<{ id: number; hash: string }>;
  const update = db.prepare('UPDATE tips SET query_code_hash = ? WHERE id = ?');
  for (const row of rows) update.run(keyedCodeHash(key, row.hash), row.id);
  return rows.length;
}
