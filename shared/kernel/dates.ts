// Dates as the office writes them: 2026-11-21 in tables and forms, 2026年11月21日 in documents.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local calendar date of an instant as YYYY-MM-DD. */
export function toIsoDate(instant: Date): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The local date and time of an instant as YYYY-MM-DD HH:mm. */
export function toIsoDateTime(instant: Date): string {
  return `${toIsoDate(instant)} ${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** 2026-11-21 → 2026年11月21日 */
export function toChineseDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** An ISO timestamp (UTC, as stored) shown as local YYYY-MM-DD HH:mm. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : toIsoDateTime(d);
}

// ---- the office's time zone ----------------------------------------------------------------
// Every date the application computes ("today", a deadline, a stamp on an export) is the date in
// the office's time zone (a setting), never the zone of whatever process happens to run.

/** China Standard Time: the default office time zone. */
export const DEFAULT_OFFICE_TIME_ZONE = 'Asia/Shanghai';

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTime(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of zoneFormat(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
}

/** Whether the runtime knows this IANA time zone name (Asia/Shanghai, Asia/Urumqi …). */
export function isTimeZone(timeZone: string): boolean {
  try {
    zoneFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date of an instant in a time zone, YYYY-MM-DD. */
export function dateInZone(instant: Date, timeZone: string): string {
  const t = wallTime(instant, timeZone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

/** The date and time of an instant in a time zone, YYYY-MM-DD HH:mm. */
export function dateTimeInZone(instant: Date, timeZone: string): string {
  const t = wallTime(instant, timeZone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** The date and time of an instant in a time zone to the second, YYYY-MM-DD HH:mm:ss (backup names). */
export function secondInZone(instant: Date, timeZone: string): string {
  const t = wallTime(instant, timeZone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

/** The instant at which the clocks of a time zone show this date and minute of the day. */
export function instantInZone(date: string, minuteOfDay: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(y, m - 1, d, Math.floor(minuteOfDay / 60), minuteOfDay % 60);
  const offsetAt = (t: number): number => {
    const w = wallTime(new Date(t), timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - t;
  };
  // Two rounds settle the offset, also across a daylight-saving change.
  const first = wanted - offsetAt(wanted);
  return new Date(wanted - offsetAt(first));
}
