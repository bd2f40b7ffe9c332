// Substring search for short texts (names) of any length ≥ 1: every 1- and 2-character piece
// of a name is indexed; a query looks up one piece and checks the whole query with instr.

import { matchKey } from '../../../shared/kernel/text.ts';
import type { Db } from '../../types.ts';
import { cached } from '../../statements.ts';

export type SearchKind = 'unit' | 'person' | 'user';

/** The characters compared: full-width and half-width alike (NFKC), Latin in lower case. */
function chars(text: string): string[] {
  return Array.from(matchKey(text));
}

export function gramsOf(text: string): string[] {
  const cs = chars(text).filter((c) => c.trim() !== '');
  const grams = new Set<string>();
  for (let i = 0; i < cs.length; i++) {
    grams.add(cs[i] as string);
    if (i + 1 < cs.length) grams.add((cs[i] as string) + (cs[i + 1] as string));
  }
  return [...grams];
}

export function indexText(db: Db, kind: SearchKind, ref: number, text: string): void {
  cached(db, 'DELETE FROM search_grams WHERE kind = ? AND ref = ?').run(kind, ref);
  const insert = cached(db, 'INSERT OR IGNORE INTO search_grams (kind, gram, ref) VALUES (?, ?, ?)');
  for (const gram of gramsOf(text)) insert.run(kind, gram, ref);
}

/**
 * A WHERE fragment matching rows whose text column contains the query (case-insensitive for
 * Latin letters). The caller adds it with AND.
 */
export function searchCondition(kind: SearchKind, idColumn: string, textColumn: string, query: string): { sql: string; params: unknown[] } {
  const q = matchKey(query).replace(/\s+/g, '');
  const cs = chars(q);
  if (cs.length === 0) return { sql: '1 = 1', params: [] };
  const probe = cs.length === 1 ? (cs[0] as string) : (cs[0] as string) + (cs[1] as string);
  const sub = `${idColumn} IN (SELECT ref FROM search_grams WHERE kind = ? AND gram = ?)`;
  if (cs.length <= 2) return { sql: sub, params: [kind, probe] };
  return { sql: `${sub} AND instr(lower(replace(${textColumn}, ' ', '')), ?) > 0`, params: [kind, probe, q] };
}
