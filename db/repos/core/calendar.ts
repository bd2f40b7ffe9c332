// The holiday calendar (法定节假日 休 and 调休 working weekends 班), editable by the administrator.
import type { Db } from '../../types.ts';
import type { CalendarDay, CalendarKind } from '../../../shared/core/calendar.ts';
import { holidayTable, type HolidayYear } from '../../../shared/kernel/workdays.ts';

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
  const rows = db.prepare('SELECT date, kind, name FROM holidays ORDER BY date').all() as CalendarDay[];
  return holidayTable(rows.map((r) => [r.date, r.kind, r.name] as const));
}
