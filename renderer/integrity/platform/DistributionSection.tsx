// 结果分布: for the chosen period (a quarter or 全年), the units of each type by colour (绿/橙/红)
// or by grade (A/B/C) — a stacked bar per type (ECharts, each bar labelled with its count) and the
// same counts as a table, so the chart is never the only way to read them.
import { useMemo } from 'react';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { COLOURS, GRADES, periodLabel, type DistributionView } from '../../../shared/integrity/index.ts';
import { useOp } from '../../api/query.ts';
import { BarChart, type BarChartOption } from '../../kit/BarChart.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { COLOUR_TONES } from './ColourMarks.tsx';
import { periodName } from './indexWords.ts';

const GRADE_COLOURS: Record<string, string> = { A: COLOUR_TONES.绿.swatch, B: COLOUR_TONES.橙.swatch, C: COLOUR_TONES.红.swatch };
const COLOUR_OF: Record<string, string> = { ...GRADE_COLOURS, 绿: COLOUR_TONES.绿.swatch, 橙: COLOUR_TONES.橙.swatch, 红: COLOUR_TONES.红.swatch };

type Row = DistributionView['rows'][number];

function chartOption(view: DistributionView, keys: readonly string[]): BarChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 16, right: 16, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: view.rows.map((r) => r.unitType), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, name: '单位数' },
    series: keys.map((k) => ({
      type: 'bar',
      name: view.quarter === 0 ? `${k}级` : k,
      stack: '合计',
      itemStyle: { color: COLOUR_OF[k] },
      label: { show: true, formatter: (p: { value?: unknown }) => (Number(p.value) > 0 ? String(p.value) : '') },
      data: view.rows.map((r) => r.counts[k] ?? 0),
      barMaxWidth: 48,
    })),
  };
}

interface Props {
  year: number;
  quarter: number;
  onQuarter(quarter: number): void;
}

export function DistributionSection({ year, quarter, onQuarter }: Props) {
  const answer = useOp('integrity.distribution', { year, quarter }, { keepPrevious: true });
  const view = answer.data ?? null;
  const keys: readonly string[] = quarter === 0 ? GRADES : COLOURS;
  const option = useMemo(() => (view ? chartOption(view, view.quarter === 0 ? GRADES : COLOURS) : null), [view]);
  const columns: Column<Row>[] = [
    { header: '单位类型', cell: (r) => r.unitType, width: 110 },
    ...keys.map((k): Column<Row> => ({ header: quarter === 0 ? `${k}级` : k, cell: (r) => r.counts[k] ?? 0, width: 60 })),
    { header: '合计', cell: (r) => <strong>{r.total}</strong>, width: 60 },
  ];
  const title = `${periodLabel(year, quarter)}结果分布`;
  return (
    <Paper component="section" aria-label="结果分布" variant="outlined" sx={{ p: 1.5, mb: 2 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {title}（按单位类型）
        </Typography>
        <TextField select label="分布期间" value={quarter} onChange={(e) => onQuarter(Number(e.target.value))} sx={{ width: 130 }} className="lq-no-print">
          {[1, 2, 3, 4, 0].map((q) => (
            <MenuItem key={q} value={q}>
              {periodName(q)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <ErrorAlert error={answer.error} />
      {view ? (
        <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
          <div style={{ flex: '1 1 50%', minWidth: 0 }}>
            <SimpleTable label={`${title}表`} columns={columns} rows={view.rows} rowKey={(r) => r.unitType} empty="本期间没有参评单位。" />
          </div>
          <div style={{ flex: '1 1 50%', minWidth: 0 }}>
            {option && view.rows.length > 0 ? <BarChart option={option} label={`${title}图`} height={260} /> : null}
          </div>
        </Stack>
      ) : null}
    </Paper>
  );
}
