// Calendar arithmetic for the holiday page: weekdays, the days of a month, the years offered.
// Dates are YYYY-MM-DD calendar days (no time zone).

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** 2027-01-01 → 星期五 */
export function weekdayName(date: string): string {
  return `星期${WEEKDAYS[weekdayOf(date)] ?? ''}`;
}

export function isWeekend(date: string): boolean {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The dates of a month (month 1–12) and how many blank cells precede the 1st in a week starting on Monday. */
export function monthDays(year: number, month: number): { lead: number; dates: string[] } {
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const dates = Array.from({ length: count }, (_, i) => isoDate(year, month, i + 1));
  const first = weekdayOf(dates[0] ?? isoDate(year, month, 1));
  return { lead: (first + 6) % 7, dates };
}

/** The years offered: from 2025 (the first built-in table) or two years back, to two years ahead. */
export function calendarYears(thisYear: number): number[] {
  const from = Math.min(2025, thisYear - 2);
  return Array.from({ length: thisYear + 2 - from + 1 }, (_, i) => from + i);
}

/** The last year with a built-in official table. */
export const LAST_BUILT_IN_YEAR = 2026;
