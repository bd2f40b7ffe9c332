// A bar chart drawn by ECharts with the SVG renderer (no GPU or canvas acceleration needed,
// text stays sharp when printed). Only the pieces a bar chart uses are bundled. The chart
// follows its box's size; the caller gives it a spoken name (aria-label).
import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { BarChart as BarSeries, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent, LegendComponent, TooltipComponent,
  type GridComponentOption, type LegendComponentOption, type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarSeries, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** Sober colours that stay apart when stacked (政务 blue first). */
export const CHART_COLORS = [
  '#1f4e79', '#c0504d', '#4f81bd', '#9bbb59', '#f79646', '#8064a2', '#4bacc6', '#7f7f7f', '#b8860b', '#2e8b57', '#a0522d', '#6a5acd',
];

interface Props {
  option: BarChartOption;
  label: string;
  height?: number;
}

export function BarChart({ option, label, height = 320 }: Props) {
  const box = useRef<HTMLDivElement | null>(null);
  const chart = useRef<EChartsType | null>(null);

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
    chart.current?.setOption({ color: CHART_COLORS, animation: false, ...option }, { notMerge: true });
  }, [option]);

  return <Box ref={box} role="img" aria-label={label} sx={{ width: '100%', height }} />;
}
