// A unit's trend (走势) over the quarters and years with a scheme: one line of quarter scores, the
// year scores as diamonds after each year's fourth quarter, on a 0–100 axis shaded by the colour
// thresholds (红 below 橙's line, 橙 below 绿's). ECharts with the SVG renderer, like BarChart; the
// same figures are listed in the table beside it (趋势数据), so the chart is never the only way.
import { useEffect, useMemo, useRef } from 'react';
import Box from '@mui/material/Box';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { LineChart, ScatterChart, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent,
  type GridComponentOption, type LegendComponentOption, type MarkAreaComponentOption, type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { fromHundredths, type TrendPoint } from '../../../shared/integrity/index.ts';
import { COLOUR_TONES } from './ColourMarks.tsx';

use([LineChart, ScatterChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<LineSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | MarkAreaComponentOption | TooltipComponentOption>;

/** The category of a point: 2026年一季度 … and 2026年度. */
export function trendLabel(p: { year: number; quarter: number }): string {
  return p.quarter === 0 ? `${p.year}年度` : `${p.year}年${['一', '二', '三', '四'][p.quarter - 1] ?? p.quarter}季度`;
}

function trendOption(points: readonly TrendPoint[], thresholds: { green: number; orange: number }): Option {
  const ordered = [...points].sort((a, b) => a.year - b.year || (a.quarter === 0 ? 5 : a.quarter) - (b.quarter === 0 ? 5 : b.quarter));
  const labels = ordered.map(trendLabel);
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 16, right: 24, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', min: 0, max: 100, name: '得分' },
    series: [
      {
        type: 'line',
        name: '季度得分',
        connectNulls: true,
        color: '#1f4e79',
        label: { show: true, formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? p.value.toFixed(2) : '') },
        data: ordered.map((p) => (p.quarter === 0 ? null : fromHundredths(p.score))),
        markArea: {
          silent: true,
          data: [
            [{ yAxis: 0, itemStyle: { color: COLOUR_TONES.红.background }, name: '红' }, { yAxis: thresholds.orange }],
            [{ yAxis: thresholds.orange, itemStyle: { color: COLOUR_TONES.橙.background }, name: '橙' }, { yAxis: thresholds.green }],
            [{ yAxis: thresholds.green, itemStyle: { color: COLOUR_TONES.绿.background }, name: '绿' }, { yAxis: 100 }],
          ],
          label: { position: 'insideRight', color: '#555' },
        },
      },
      {
        type: 'scatter',
        name: '年度得分',
        symbol: 'diamond',
        symbolSize: 12,
        color: '#8064a2',
        data: ordered.map((p) => (p.quarter === 0 ? fromHundredths(p.score) : null)),
      },
    ],
  };
}

interface Props {
  points: readonly TrendPoint[];
  thresholds: { green: number; orange: number };
  label: string;
}

export function TrendChart({ points, thresholds, label }: Props) {
  const box = useRef<HTMLDivElement | null>(null);
  const chart = useRef<EChartsType | null>(null);
  const option = useMemo(() => trendOption(points, thresholds), [points, thresholds]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg', locale: 'ZH' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);

  return <Box ref={box} role="img" aria-label={label} sx={{ width: '100%', height: 300 }} />;
}
