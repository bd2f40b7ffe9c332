// What an edit changed, for the audit summary: { field: [before, after] } of changed fields.

export function changes<T extends object>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    const a = before[key];
    const b = after[key];
    if (b !== undefined && JSON.stringify(a) !== JSON.stringify(b)) out[String(key)] = [a ?? null, b];
  }
  return out;
}
