// Full-text search of tips: every letter or digit is its own token, so any substring query of
// one character or more is an FTS5 phrase of single-character tokens. Reporter data is never
// indexed.
import type { Db } from '../../types.ts';

const TOKEN = /[\p{L}\p{N}]/u;

function tokens(text: string): string[] {
  return Array.from(text.normalize('NFKC').toLowerCase()).filter((c) => TOKEN.test(c));
}

/** The indexed form: characters separated by spaces (pieces of the tip joined by a break). */
export function ftsBody(parts: readonly string[]): string {
  return parts.map((p) => tokens(p).join(' ')).join(' \n ');
}

/** The MATCH expression for a query, or null when it holds nothing searchable. */
export function ftsPhrase(query: string): string | null {
  const ts = tokens(query);
  if (ts.length === 0) return null;
  return `"${ts.join(' ').replace(/"/g, '""')}"`;
}

export function indexTip(db: Db, id: number, parts: readonly string[]): void {
  db.prepare('DELETE FROM tips_fts WHERE rowid = ?').run(id);
  db.prepare('INSERT INTO tips_fts (rowid, body) VALUES (?, ?)').run(id, ftsBody(parts));
}

/** A WHERE fragment (for the tips alias t) matching tips that contain the query. */
/** A whole tip number (XF-2026-0001, dashes optional), or null. */
export function wholeNumber(query: string): string | null {
  const m = /^XF-?(\d{4})-?(\d{4,6})$/i.exec(query.normalize('NFKC').trim());
  return m ? `XF-${m[1]}-${m[2]}` : null;
}

export function tipSearchCondition(query: string): { sql: string; params: unknown[] } | null {
  // A whole number is looked up directly: digits alone are too common to search well.
  const number = wholeNumber(query);
  if (number) return { sql: 't.number = ?', params: [number] };
  const phrase = ftsPhrase(query);
  if (phrase === null) return null;
  return { sql: 't.id IN (SELECT rowid FROM tips_fts WHERE tips_fts MATCH ?)', params: [phrase] };
}
