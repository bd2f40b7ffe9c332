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
