// What people type is kept as they typed it. The only changes made before storing: line endings
// become LF (a letter pasted from Word or WPS arrives with CR LF), and a single-line value (a
// name, a number, a code) loses the spaces before and after it. Full-width punctuation, the
// full-width indent (U+3000) at a paragraph's start, blank lines and inner spacing all stay.
// Matching (is this the same name? does the text contain the query?) compares normalised keys
// (here: matchKey; names: shared/registry/nameKey.ts), never the stored value changed.

/** A multi-line text as typed, with CR LF and lone CR turned into LF. */
export function keepLines(value: string): string {
  return value.replace(/\r\n?/gu, '\n');
}

/** A single-line value as typed, without the white space before and after it. */
export function trimLine(value: string): string {
  return value.trim();
}

/** True when a value holds nothing but white space (including U+3000 and line breaks). */
export function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** True when a value holds a line break. */
export function hasLineBreak(value: string): boolean {
  return /[\n\r\u2028\u2029]/u.test(value);
}

/** Characters as a person counts them (an emoji or a rare character outside the BMP is one). */
export function charCount(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/**
 * The key two texts are compared by, never stored in place of the text: NFKC (full-width →
 * half-width, U+3000 → space), Latin in lower case, white space runs → one space, trimmed.
 */
export function matchKey(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** True when the text holds a control character (other than tab and line breaks). */
export function hasControlChars(value: string): boolean {
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(value);
}

/**
 * True when the text holds a character that shows nothing or changes how the text around it is
 * shown: format characters (zero-width spaces and joiners, bidirectional overrides and marks —
 * `invoice\u202Egpj.txt` reads as "invoicetxt.jpg" — the byte-order mark, soft hyphen) and the
 * Hangul fillers. Names and file names must read as what they are.
 */
export function hasInvisibleChars(value: string): boolean {
  return /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/u.test(value);
}

/** Parses a whole number written as digits, with full-width digits and stray spaces allowed. */
export function parseWholeNumber(value: string): number | null {
  const cleaned = matchKey(value).replace(/\s/g, '').replace(/人$/u, '');
  if (!/^\d{1,9}$/.test(cleaned)) return null;
  return Number(cleaned);
}
