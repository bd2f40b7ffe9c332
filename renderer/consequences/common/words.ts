// How the closed loop's pages word a period, a result and where it came from, the same everywhere:
// 第三季度 / 全年, 红色 58.00分 / C级 55.10分, 由2026年第3季度廉情指数（某村，红色 58.00分）产生.
import { formatHundredths, periodLabel, type Colour, type Grade, type Hundredths } from '../../../shared/integrity/index.ts';

export const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;

/** 第三季度, or 全年 for quarter 0. */
export function periodName(quarter: number): string {
  return quarter === 0 ? '全年' : (QUARTER_NAMES[quarter - 1] ?? `第${quarter}季度`);
}

interface Result {
  colour: Colour | null;
  grade: Grade | null;
  score: Hundredths;
}

/** 红色 58.00分 (a quarter) or C级 55.10分 (a year): the word always with the score. */
export function resultText(r: Result): string {
  const score = `${formatHundredths(r.score)}分`;
  if (r.grade !== null) return `${r.grade}级 ${score}`;
  if (r.colour !== null) return `${r.colour}色 ${score}`;
  return score;
}

/** 由2026年第3季度廉情指数（某村，红色 58.00分）产生 */
export function originText(c: Result & { year: number; quarter: number; unitName: string }): string {
  return `由${periodLabel(c.year, c.quarter)}廉情指数（${c.unitName}，${resultText(c)}）产生`;
}

/** The item counts of an issued notice: 3项/已销号1/逾期1. */
export function itemsText(items: { total: number; closed: number; overdue: number }): string {
  return `${items.total}项/已销号${items.closed}/逾期${items.overdue}`;
}
