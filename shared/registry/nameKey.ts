// The key two names are compared by when an import matches its rows with the registry (and when
// namesakes in one unit are found): never stored as the name, which stays exactly as typed.
// Full-width and half-width forms alike (NFKC), no white space at all, Latin letters in lower
// case: "张 三", "张三" and "张　三" are the same person's name; "Li Ming" and "liming" too.
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/**
 * The key units are told apart and looked up by (a parent named in an import, a duplicate under
 * one parent): the name without spaces, full-width spaces and tabs ("城关  镇" is 城关镇). Units
 * keep no key column, so the database computes the same key in SQL (db/repos/registry/nameKey.ts):
 * hence no NFKC here, which SQL cannot do. Both sides change together.
 */
export function unitNameKey(name: string): string {
  return name.replace(/[ \u3000\t]/gu, '');
}
