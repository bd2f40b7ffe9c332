// The holiday calendar (法定节假日 休 and 调休 working weekends 班), editable by the administrator.
import type { Db } from '../types.ts';
import type { CalendarDay, CalendarKind } from '../../shared/schemas/tips.ts';
import type { HolidayYear } from '../../shared/workdays.ts';

export function listCalendarYear(db: Db, year: number): CalendarDay[] {
  return db
    .prepare('SELECT date, kind, name FROM holidays WHERE date >= ? AND date < ? ORDER BY date')
    .all(`${year}-01-01`, `${year + 1}-01-01`) as CalendarDay[];
}

export function getCalendarDay(db: Db, date: string): CalendarDay | undefined {
  return db.prepare('SELECT date, kind, name FROM holidays WHERE date = ?').get(date) as CalendarDay | undefined;
}

export function setCalendarDay(db: Db, date: string, kind: CalendarKind | null, name: string): void {
  if (kind === null) db.prepare('DELETE FROM holidays WHERE date = ?').run(date);
  else {
    db.prepare('INSERT INTO holidays (date, kind, name) VALUES (?, ?, ?) ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name').run(
      date,
      kind,
      name,
    );
  }
}

/** The whole table in the shape WorkCalendar takes. */
export function calendarTable(db: Db): Record<string, HolidayYear> {
  const out: Record<string, HolidayYear> = {};
  const rows = db.prepare('SELECT date, kind, name FROM holidays ORDER BY date').all() as CalendarDay[];
  for (const r of rows) {
    const y = (out[r.date.slice(0, 4)] ??= { off: [], work: [] });
    (r.kind === '休' ? y.off : y.work).push([r.date, r.name]);
  }
  return out;
}
