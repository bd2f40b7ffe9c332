// Working days under the official holiday table: 法定节假日 are off, 调休 weekend days are
// worked. Dates are YYYY-MM-DD strings (calendar days, no time zone).
import { isIsoDate } from './dates.ts';

export interface HolidayYear {
  off: Array<[string, string]>;
  work: Array<[string, string]>;
}

/** Rows of the holiday table (休 = a day off, 班 = a worked weekend day), grouped by year. */
export function holidayTable(rows: Iterable<readonly [date: string, kind: '休' | '班', name: string]>): Record<string, HolidayYear> {
  const out: Record<string, HolidayYear> = {};
  for (const [date, kind, name] of rows) {
    const y = (out[date.slice(0, 4)] ??= { off: [], work: [] });
    (kind === '休' ? y.off : y.work).push([date, name]);
  }
  return out;
}

export class WorkCalendar {
  private readonly off: Set<string>;
  private readonly work: Set<string>;
  readonly years: ReadonlySet<number>;

  constructor(table: Record<string, HolidayYear>) {
    this.off = new Set();
    this.work = new Set();
    const years = new Set<number>();
    for (const [year, y] of Object.entries(table)) {
      years.add(Number(year));
      for (const [d] of y.off) this.off.add(d);
      for (const [d] of y.work) this.work.add(d);
    }
    this.years = years;
  }

  isWorkday(date: string): boolean {
    if (this.work.has(date)) return true;
    if (this.off.has(date)) return false;
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    return dow !== 0 && dow !== 6;
  }

  /** The date n working days after start (start itself not counted). */
  addWorkdays(start: string, n: number): string {
    if (!isIsoDate(start)) throw new Error(`not a date: ${start}`);
    let date = start;
    let left = n;
    while (left > 0) {
      date = addDays(date, 1);
      if (this.isWorkday(date)) left--;
    }
    return date;
  }

  /** The working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workdaysBetween(from: string, to: string): number {
    if (!isIsoDate(from) || !isIsoDate(to)) throw new Error(`not a date: ${from} / ${to}`);
    const days = daysBetween(from, to);
    if (days <= 0) return 0;
    // Weekdays by arithmetic (whole weeks, then the few days left), then the holiday table's days in
    // the range: a 休 on a weekday takes one away, a 班 on a weekend adds one — the same count as
    // asking isWorkday of each day, without walking years of days for a deadline long past.
    let count = Math.floor(days / 7) * 5;
    const rest = days % 7;
    const firstDow = (new Date(`${from}T00:00:00Z`).getUTCDay() + 1) % 7;
    for (let k = 0; k < rest; k++) {
      const dow = (firstDow + k) % 7;
      if (dow !== 0 && dow !== 6) count++;
    }
    const weekend = (date: string) => {
      const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
      return dow === 0 || dow === 6;
    };
    for (const date of this.off) if (date > from && date <= to && !this.work.has(date) && !weekend(date)) count--;
    for (const date of this.work) if (date > from && date <= to && weekend(date)) count++;
    return count;
  }
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `months` later (earlier when negative), clamped to the month's end (08-31 + 6 → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type DueStatus = '正常' | '即将到期' | '逾期';

/** 逾期 once the due date has passed; 即将到期 when due within soonDays (default 5). */
export function dueStatus(due: string, today: string, soonDays = 5): DueStatus {
  const left = daysBetween(today, due);
  if (left < 0) return '逾期';
  if (left <= soonDays) return '即将到期';
  return '正常';
}
