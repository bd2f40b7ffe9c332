// The key two names are compared by when an import matches its rows with the registry (and when
// namesakes in one unit are found): never stored as the name, which stays exactly as typed.
// Full-width and half-width forms alike (NFKC), no white space at all, Latin letters in lower
// case: "张 三", "张三" and "张　三" are the same person's name; "Li Ming" and "liming" too.
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}
