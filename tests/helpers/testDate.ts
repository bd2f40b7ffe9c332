// The tests' "today": 2026-11-21 unless LIANQING_TEST_TODAY names another date, so the whole
// suite can be run as if on any day (npm test runs the date-sensitive suites a second time on
// another date; README: how to run everything on a date of your choice). Times are the
// office's (Asia/Shanghai), whatever the time zone of the machine running the tests.
import { DEFAULT_OFFICE_TIME_ZONE, dateInZone, instantInZone, isIsoDate } from '../../shared/kernel/dates.ts';
import { addDays } from '../../shared/kernel/workdays.ts';

export const DEFAULT_TEST_TODAY = '2026-11-21';

function fromEnv(): string {
  const value = process.env.LIANQING_TEST_TODAY?.trim();
  if (!value) return DEFAULT_TEST_TODAY;
  if (!isIsoDate(value)) throw new Error(`LIANQING_TEST_TODAY should be a date like 2026-12-31, not "${value}"`);
  return value;
}

export const TEST_TODAY = fromEnv();
export const TEST_TIME_ZONE = DEFAULT_OFFICE_TIME_ZONE;

/** The moment the office's clocks show `time` (HH:mm) on `day`. */
export function officeInstant(day: string, time = '09:00'): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return instantInZone(day, h * 60 + m, TEST_TIME_ZONE);
}

/** The tests' "now": TEST_TODAY at 09:00 in the office. */
export const TEST_NOW = officeInstant(TEST_TODAY);

/** TEST_TODAY moved by whole days, YYYY-MM-DD. */
export function testDay(days = 0): string {
  return addDays(TEST_TODAY, days);
}

/** The office's date of an instant. */
export function officeDate(instant: Date): string {
  return dateInZone(instant, TEST_TIME_ZONE);
}
