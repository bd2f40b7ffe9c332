// A new row's key: the first of item1, item2 … (or survey1 …) not yet used in its list; the
// person may change it (keys are kept from version to version, so an existing row's stays).
export function freshKey(prefix: string, used: ReadonlyArray<{ key: string }>): string {
  const taken = new Set(used.map((u) => u.key));
  for (let n = used.length + 1; ; n++) {
    const key = `${prefix}${n}`;
    if (!taken.has(key)) return key;
  }
}
