// Exact decimal arithmetic for the index (DOMAIN.md: "never binary floating point"): every point,
// rate, multiplier and threshold is an integer count of hundredths. A person's 87.35 is 8735; a
// product is rounded half up to 0.01 once, at its line.

/** An integer number of hundredths (of a point, a percent, a yuan or a multiplier). */
export type Hundredths = number;

const DECIMAL = /^(-?)(\d{1,9})(?:\.(\d{1,2}))?$/;

/** The hundredths of a decimal with at most two places (a number's shortest form, or text); null if it has more. */
export function toHundredths(value: number | string): Hundredths | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const n = whole * 100 + frac;
  return m[1] === '-' && n !== 0 ? -n : n;
}

/** The number a person reads (87.35, -1.5, 40) for hundredths; exact, since its text is exact. */
export function fromHundredths(h: Hundredths): number {
  return Number(formatHundredths(h));
}

/** Two places always: 84.99, 85.00, -2.25. */
export function formatHundredths(h: Hundredths): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Short form for lines and tables: 40, 4.5, -2.25 (no trailing zeros). */
export function formatPoints(h: Hundredths): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}`;
  return frac % 10 === 0 ? `${sign}${whole}.${frac / 10}` : `${sign}${whole}.${String(frac).padStart(2, '0')}`;
}

/**
 * a / b rounded half up (away from zero) to an integer; b > 0. The one rounding of the index:
 * a product of hundredths is divided back to hundredths here, once.
 */
export function divRoundHalfUp(a: number, b: number): number {
  if (!(b > 0) || !Number.isSafeInteger(a) || !Number.isSafeInteger(b)) throw new Error(`divRoundHalfUp(${a}, ${b})`);
  const q = Math.floor((2 * Math.abs(a) + b) / (2 * b));
  return a < 0 ? -q : q;
}
