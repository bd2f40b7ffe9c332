// The two checks every input of the index makes first: the period asked matches how the scheme in
// force enters that input (a yearly one as 全年, quarter 0; a quarterly one as quarter 1–4), and
// the unit is scored in that period (flow.ts scoredIn, the rule the SQL of the lists follows).
import { AppError } from '../../../../shared/kernel/errors.ts';
import { periodLabel, periodRange, scoredIn, type ImportKind, type MeasurePeriod, type SchemeContent } from '../../../../shared/integrity/index.ts';
import { getIndexUnit, type IndexUnit } from '../../../../db/repos/integrity/checks.ts';
import type { Db } from '../../../../db/types.ts';

/** How the scheme enters each kind of input: each quarter, or once a year. */
export function periodOf(scheme: SchemeContent, kind: ImportKind): MeasurePeriod {
  switch (kind) {
    case '控制性检查':
      return scheme.control.period;
    case '满意度调查':
      return scheme.participation.surveyPeriod;
    case '行政成本':
      return scheme.performance.period;
  }
}

/** Refuses a period that does not match the scheme's: it says which to choose. */
export function checkPeriod(scheme: SchemeContent, kind: ImportKind, year: number, quarter: number): void {
  const period = periodOf(scheme, kind);
  if (period === '年度' && quarter !== 0) {
    throw new AppError('VALIDATION', `${year}年度评分方案中${kind}按年度录入：请选择“全年”，不要选择季度。`, { quarter: '请选择全年' });
  }
  if (period === '季度' && quarter === 0) {
    throw new AppError('VALIDATION', `${year}年度评分方案中${kind}按季度录入：请选择第1至4季度。`, { quarter: '请选择季度' });
  }
}

/** Why a unit is not scored in the period ('' when it is). */
export function notScoredReason(unit: IndexUnit, year: number, quarter: number): string {
  const when = periodLabel(year, quarter);
  if (unit.establishedDate === null) return `单位“${unit.name}”没有设立日期，${when}不参加评价`;
  if (scoredIn({ establishedDate: unit.establishedDate, revokedDate: unit.revokedDate }, year, quarter)) return '';
  return unit.establishedDate > periodRange(year, quarter).to
    ? `单位“${unit.name}”设立于${unit.establishedDate}，${when}不参加评价`
    : `单位“${unit.name}”已于${unit.revokedDate ?? ''}撤销，${when}不参加评价`;
}

/** The unit, scored in the period, or a refusal naming why not. */
export function requireScoredUnit(db: Db, unitId: number, year: number, quarter: number): IndexUnit {
  const unit = getIndexUnit(db, unitId);
  if (!unit) throw new AppError('NOT_FOUND', '未找到该单位，请重新选择。');
  const reason = notScoredReason(unit, year, quarter);
  if (reason) throw new AppError('VALIDATION', `${reason}。`, { unitId: '该单位本期不参加评价' });
  return unit;
}
