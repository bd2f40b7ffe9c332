// Search by every substring of one or more characters, through FTS5: every character of a field is
// its own token (compared as NFKC in lower case: full-width and half-width alike, Latin in lower
// case): letters and digits as themselves, every other character — punctuation, symbols, emoji — as
// a token naming its code point, and a run of white space as one token. A query is the phrase of
// its tokens, so it finds exactly the rows in which it occurs as typed; fields are kept apart by a
// token no query can produce, so a phrase never runs from one field into the next.
// Used by the tips (tips_fts) and the rectification items (rect_fts).

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Between two fields of one column: made of two letters, which no query token ever is. */
const FIELD_BREAK = 'zq';
/** A run of white space: "w" and a digit, which no query token of one character is. */
const SPACE_TOKEN = 'w0';

/** The tokens of a text: one per character, a white-space run as one. */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (SPACE.test(ch)) {
      if (out.length > 0 && out[out.length - 1] !== SPACE_TOKEN) out.push(SPACE_TOKEN);
    } else if (LETTER.test(ch)) {
      out.push(ch);
    } else {
      out.push(`u${(ch.codePointAt(0) as number).toString(16)}`);
    }
  }
  return out;
}

/** A column's indexed form: the fields' tokens separated by spaces, fields by FIELD_BREAK. */
export function ftsColumn(fields: readonly string[]): string {
  return fields
    .map((f) => searchTokens(f))
    .filter((ts) => ts.length > 0)
    .map((ts) => ts.join(' '))
    .join(` ${FIELD_BREAK} `);
}

/** The FTS5 phrase of a query (its surrounding spaces ignored), or null when it is empty. */
export function ftsPhrase(query: string): string | null {
  const ts = searchTokens(query.trim());
  if (ts.length === 0) return null;
  return `"${ts.join(' ')}"`;
}
