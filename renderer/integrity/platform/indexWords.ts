// The words and small formats the platform's pages share: the quarters' names, a period's name,
// signed points, the counts of a result distribution — so every page reads the same.
import { formatPoints, type Hundredths } from '../../../shared/integrity/index.ts';

export const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;

/** 第三季度, or 全年 for quarter 0. */
export function periodName(quarter: number): string {
  return quarter === 0 ? '全年' : (QUARTER_NAMES[quarter - 1] ?? `第${quarter}季度`);
}

/** A line's points with its sign: +5, -2, 0. */
export function signedPoints(points: Hundredths): string {
  return points > 0 ? `+${formatPoints(points)}` : formatPoints(points);
}

/** 绿 30 · 橙 5 · 红 1 (in the order given), or 无 when nothing was counted. */
export function countsText(counts: Record<string, number>, order: readonly string[]): string {
  const keys = [...order, ...Object.keys(counts).filter((k) => !order.includes(k))];
  const parts = keys.filter((k) => (counts[k] ?? 0) > 0).map((k) => `${k} ${counts[k] ?? 0}`);
  return parts.length > 0 ? parts.join(' · ') : '无';
}
