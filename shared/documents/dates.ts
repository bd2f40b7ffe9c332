// 成文日期 and 印发日期 as GB/T 9704-2012 writes them: Arabic numerals, the full year, no padding
// (2026年11月5日). The pre-2012 rule used Chinese numerals (二〇二六年十一月五日); not here.
import { isIsoDate } from '../kernel/dates.ts';

/** 2026-11-05 → 2026年11月5日; an invalid date is an error, never printed as it came. */
export function officialDate(iso: string): string {
  if (!isIsoDate(iso)) throw new Error(`成文日期应为 YYYY-MM-DD 格式的有效日期，而不是“${iso}”`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}
