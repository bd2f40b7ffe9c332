// The engine's small arithmetic: a scheme's decimals as hundredths, a date within a period, and the
// exact comparisons and half-up divisions that may outgrow a double's safe integers (BigInt there).
import { formatPoints, toHundredths, type Hundredths } from '../decimal.ts';

/** A scheme number (validated to two places) as hundredths; a number with more places is a bug upstream. */
export function hu(value: number): Hundredths {
  if (Number.isSafeInteger(value) && Math.abs(value) < 1e7) return value * 100;
  const known = parsed.get(value);
  if (known !== undefined) return known;
  const h = toHundredths(value);
  if (h === null) throw new Error(`评分方案中的数值 ${value} 超过两位小数`);
  parsed.set(value, h);
  return h;
}
/** The few decimals a scheme holds (1.5, 0.5…), parsed once: hu is called for every line. */
const parsed = new Map<number, Hundredths>();

/** A date (YYYY-MM-DD, or longer text starting with it) within [from, to]. */
export function within(date: string, period: { from: string; to: string }): boolean {
  const day = date.length === 10 ? date : date.slice(0, 10);
  return day >= period.from && day <= period.to;
}

/** a / b rounded half up (away from zero) in BigInt; b > 0. For figures beyond safe integers. */
export function bigDivRoundHalfUp(a: bigint, b: bigint): bigint {
  const abs = a < 0n ? -a : a;
  const q = (2n * abs + b) / (2n * b);
  return a < 0n ? -q : q;
}

/** 4, 1.5, 87.35 — a scheme number or a figure in hundredths, as a person types it. */
export const pts = formatPoints;

/** Hundredths as text with two places (means and deviations shown on a line). */
export function two(h: Hundredths | bigint): string {
  const n = typeof h === 'bigint' ? h : BigInt(h);
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
