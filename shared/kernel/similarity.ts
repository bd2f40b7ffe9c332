// Text similarity for repeat detection: the share of 2-character pieces two texts have in common
// (Dice coefficient over letters and digits), which works for Chinese without word splitting.

function letters(text: string): string[] {
  return Array.from(text.normalize('NFKC').toLowerCase()).filter((c) => /[\p{L}\p{N}]/u.test(c));
}

export function bigrams(text: string): Set<string> {
  const cs = letters(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < cs.length; i++) out.add(`${cs[i]}${cs[i + 1]}`);
  return out;
}

/** 0 (nothing in common) … 1 (the same pieces). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Months before a date (YYYY-MM-DD), clamped to the month's end. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
