// Full-text search of tips, exact within one field. Every character of a field is its own token
// (compared as NFKC in lower case: full-width and half-width alike, Latin in lower case): letters and
// digits as themselves, any other character — punctuation, symbols, emoji — as a token naming
// its code point, and a run of white space as one token. A query is the phrase of its tokens, so
// it finds exactly the tips in which it occurs as typed; fields are kept apart by a token no
// query can produce, so a phrase never runs from one field into the next.
// Two columns: `meta` (number, 问题摘要, the people and units reported) and `content`
// (反映内容), searched only for roles allowed to read the content. Reporter data is never indexed.
import type { Db } from '../../types.ts';
import { ftsColumn, ftsPhrase } from '../kernel/charSearch.ts';

export { searchTokens, ftsColumn, ftsPhrase } from '../kernel/charSearch.ts';

export interface TipSearchText {
  number: string;
  summary: string;
  /** Names, units and posts of the people reported, and the units reported. */
  names: readonly string[];
  content: string;
}

export function indexTip(db: Db, id: number, text: TipSearchText): void {
  db.prepare('DELETE FROM tips_fts WHERE rowid = ?').run(id);
  db.prepare('INSERT INTO tips_fts (rowid, meta, content) VALUES (?, ?, ?)').run(
    id,
    ftsColumn([text.number, text.summary, ...text.names]),
    ftsColumn([text.content]),
  );
}

/** A whole tip number (XF-2026-0001, dashes optional), or null. */
export function wholeNumber(query: string): string | null {
  const m = /^XF-?(\d{4})-?(\d{4,6})$/i.exec(query.normalize('NFKC').trim());
  return m ? `XF-${m[1]}-${m[2]}` : null;
}

/**
 * The MATCH expression of a search: the phrase in any column when the caller may read 反映内容,
 * in `meta` only otherwise. Null when the query is empty.
 */
export function tipMatch(query: string, withContent: boolean): string | null {
  const phrase = ftsPhrase(query);
  if (phrase === null) return null;
  return withContent ? phrase : `meta : ${phrase}`;
}

/** A WHERE fragment (for the tips alias t) matching tips that contain the query, or null for none. */
export function tipSearchCondition(query: string, withContent: boolean): { sql: string; params: unknown[] } | null {
  // A whole number is looked up directly: digits alone are too common to search well.
  const number = wholeNumber(query);
  if (number) return { sql: 't.number = ?', params: [number] };
  const match = tipMatch(query, withContent);
  if (match === null) return null;
  return { sql: 't.id IN (SELECT rowid FROM tips_fts WHERE tips_fts MATCH ?)', params: [match] };
}
