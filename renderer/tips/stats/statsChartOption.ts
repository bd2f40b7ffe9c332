// The chart of a statistics table: by month or quarter, one stacked bar per period (each value
// of the dimension a colour); for a whole year, one bar per value.
import type { TipStats } from '../../../shared/tips/stats.ts';
import type { BarChartOption } from '../../kit/BarChart.tsx';
import { statsQuantity } from './statsChoices.ts';

export function statsChartOption(stats: TipStats): BarChartOption {
  const rows = stats.rows.filter((r) => r.total > 0);
  if (stats.period === 'year') {
    const ordered = [...rows].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 16, right: 40, top: 16, bottom: 16, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: ordered.map((r) => r.label) },
      series: [{ type: 'bar', name: statsQuantity(stats.dimension), data: ordered.map((r) => r.total), barMaxWidth: 28, label: { show: true, position: 'right' } }],
    };
  }
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 16, right: 16, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: stats.columns },
    yAxis: { type: 'value', minInterval: 1, name: statsQuantity(stats.dimension) },
    series: rows.map((r) => ({ type: 'bar', name: r.label, stack: '合计', data: r.counts, barMaxWidth: 40 })),
  };
}

/** Tall enough for one bar per value in the whole-year view; a fixed height otherwise. */
export function statsChartHeight(stats: TipStats): number {
  if (stats.period !== 'year') return 320;
  return Math.max(160, 40 * stats.rows.filter((r) => r.total > 0).length + 60);
}
