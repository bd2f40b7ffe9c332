// The days of the agenda's week (Monday to Sunday) and month around a date, on ISO dates
// (YYYY-MM-DD) — computed from the date given, never from the wall clock.
import { addDays } from '../../../shared/kernel/workdays.ts';

export { addDays, addMonths } from '../../../shared/kernel/workdays.ts';
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

function parse(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}
function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** 周一 … 周日. */
export function weekdayOf(iso: string): string {
  return `周${WEEKDAYS[parse(iso).getUTCDay()]}`;
}

export type AgendaView = 'week' | 'month';

/** The first and last day of the week (Monday first) or month holding the date. */
export function rangeOf(view: AgendaView, iso: string): { from: string; to: string } {
  const d = parse(iso);
  if (view === 'week') {
    const back = (d.getUTCDay() + 6) % 7;
    const from = addDays(iso, -back);
    return { from, to: addDays(from, 6) };
  }
  const from = format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)));
  const to = format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
  return { from, to };
}

/** Every day from `from` to `to`. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}

/** 2026年11月16日—22日 (a week) or 2026年11月 (a month). */
export function rangeTitle(view: AgendaView, from: string, to: string): string {
  const [y, m, d] = [from.slice(0, 4), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  if (view === 'month') return `${y}年${m}月`;
  const [m2, d2] = [Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  return m2 === m ? `${y}年${m}月${d}日—${d2}日` : `${y}年${m}月${d}日—${m2}月${d2}日`;
}
