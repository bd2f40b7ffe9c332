// Who does what with the index, and the small pure rules of periods: a quarter's first and last
// day, whether a unit is scored in a quarter, the scheme in force. The services ask these; the
// renderer asks the same to show what may be done.
import type { Role } from '../core/index.ts';

/** Who sees scores, inputs and publications. */
export const INDEX_READERS: readonly Role[] = ['信访室', '监督检查室', '案件监督管理室', '领导', '只读'];
/** Who enters inputs (checklists, surveys, costs, findings, bonuses, decisions made elsewhere). */
export const INDEX_INPUT_WRITERS: readonly Role[] = ['监督检查室', '案件监督管理室'];
/** Who edits and enables a year's scheme (DOMAIN: 案件监督管理室 and the administrator). */
export const SCHEME_EDITORS: readonly Role[] = ['案件监督管理室', '系统管理员'];
/** Who reads the schemes (the editors and every reader of scores). */
export const SCHEME_READERS: readonly Role[] = ['信访室', '监督检查室', '案件监督管理室', '领导', '只读', '系统管理员'];
/** Who publishes (发布) a quarter or a year, and republishes with a reason. */
export const INDEX_PUBLISHERS: readonly Role[] = ['案件监督管理室', '领导'];

export const MIN_INDEX_YEAR = 2000;
export const MAX_INDEX_YEAR = 2100;

/** A quarter's first and last day (YYYY-MM-DD); quarter 0 is the whole year. */
export function periodRange(year: number, quarter: number): { from: string; to: string } {
  if (quarter === 0) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${String(firstMonth).padStart(2, '0')}-01`, to: `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}` };
}

/** The quarter (1–4) a date falls in. */
export function quarterOf(date: string): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}

/** A scheme version as people name it: 2026年度第2版. */
export function schemeVersionLabel(s: { year: number; version: number }): string {
  return `${s.year}年度第${s.version}版`;
}

/** 2026年第3季度, 2026年度. */
export function periodLabel(year: number, quarter: number): string {
  return quarter === 0 ? `${year}年度` : `${year}年第${quarter}季度`;
}

/**
 * DOMAIN: a unit is scored in a quarter when it was set up on or before the quarter's last day
 * and not 撤销 before the quarter's first day.
 */
export function scoredIn(unit: { establishedDate: string; revokedDate: string | null }, year: number, quarter: number): boolean {
  const { from, to } = periodRange(year, quarter);
  return unit.establishedDate <= to && (unit.revokedDate === null || unit.revokedDate >= from);
}
