// The choices above the statistics table: 年度, 统计周期 and 统计项目, in the office's words.
import { STAT_DIMENSIONS, STAT_DIMENSION_LABELS, STAT_PERIODS, type StatDimension, type StatPeriod } from '../../../shared/tips/stats.ts';

export const PERIOD_LABELS: Record<StatPeriod, string> = { month: '按月', quarter: '按季度', year: '按年' };

export const PERIOD_CHOICES = STAT_PERIODS.map((value) => ({ value, label: PERIOD_LABELS[value] }));
export const DIMENSION_CHOICES = STAT_DIMENSIONS.map((value) => ({ value, label: STAT_DIMENSION_LABELS[value] }));

/** This year and the nine before it, newest first. */
export function statYears(thisYear: number): number[] {
  return Array.from({ length: 10 }, (_, i) => thisYear - i);
}

export function isPeriod(value: string): value is StatPeriod {
  return (STAT_PERIODS as readonly string[]).includes(value);
}

export function isDimension(value: string): value is StatDimension {
  return (STAT_DIMENSIONS as readonly string[]).includes(value);
}

/** 件 for tips, 人次 for outcomes (one per person reported). */
export function statsUnit(dimension: StatDimension): '件' | '人次' {
  return dimension === 'outcome' ? '人次' : '件';
}

/** What a bar measures: 件数 or 人次. */
export function statsQuantity(dimension: StatDimension): '件数' | '人次' {
  return dimension === 'outcome' ? '人次' : '件数';
}
