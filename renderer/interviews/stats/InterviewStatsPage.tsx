// 谈话函询统计 (#/interviews/stats): the talks and letters counted by 类别 and by 结果 per month,
// quarter or year (interviews.stats) — two tables with 合计 and a chart (one stacked bar per
// period, a colour per 类别); 导出Excel saves the same counts (interviews.exportStats). The years
// offered count back from the office's today.
import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { INTERVIEW_PERIODS, type InterviewPeriod, type InterviewStats, type InterviewStatsRow } from '../../../shared/interviews/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { useToday } from '../../app/session.ts';
import { BarChart, type BarChartOption } from '../../kit/BarChart.tsx';
import { downloadFile } from '../../kit/download.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { useInterviewNav } from '../ledger/interviewRoute.ts';

const PERIOD_LABELS: Record<InterviewPeriod, string> = { month: '按月', quarter: '按季', year: '按年' };

type Line = Omit<InterviewStatsRow, 'key' | 'label'> & { key: string; label: string };

/** The period's lines and 合计 as one table: a column per value, then 合计. */
function table(stats: InterviewStats, by: 'byType' | 'byOutcome', values: readonly string[]): { columns: Column<Line>[]; rows: Line[] } {
  const columns: Column<Line>[] = [
    { header: stats.period === 'year' ? '年度' : stats.period === 'quarter' ? '季度' : '月份', cell: (r) => r.label, width: 120 },
    ...values.map((v): Column<Line> => ({ header: v, cell: (r) => r[by][v] ?? 0, width: 80 })),
    {
      header: '合计',
      cell: (r) => <strong>{values.reduce((sum, v) => sum + (r[by][v] ?? 0), 0)}</strong>,
      width: 70,
    },
  ];
  return { columns, rows: [...stats.rows, { key: 'total', label: '合计', ...stats.totals }] };
}

function chartOption(stats: InterviewStats): BarChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 16, right: 16, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: stats.rows.map((r) => r.label) },
    yAxis: { type: 'value', minInterval: 1, name: '件数' },
    series: stats.types.map((t) => ({ type: 'bar', name: t, stack: '合计', data: stats.rows.map((r) => r.byType[t] ?? 0), barMaxWidth: 40 })),
  };
}

export function InterviewStatsPage() {
  const thisYear = Number(useToday().slice(0, 4));
  const years = useMemo(() => Array.from({ length: 10 }, (_, i) => thisYear - i), [thisYear]);
  const nav = useInterviewNav();
  const [year, setYear] = useState(thisYear);
  const [period, setPeriod] = useState<InterviewPeriod>('month');
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const notice = useNotice();

  const answer = useOp('interviews.stats', { year, period }, { keepPrevious: true });
  const stats = answer.data ?? null;
  const error = exportError ?? (answer.error ? messageOf(answer.error) : null);
  const option = useMemo(() => (stats ? chartOption(stats) : null), [stats]);
  const byType = stats ? table(stats, 'byType', stats.types) : null;
  const byOutcome = stats ? table(stats, 'byOutcome', stats.outcomes) : null;

  const exportStats = () => {
    setExporting(true);
    setExportError(null);
    api
      .call('interviews.exportStats', { year, period })
      .then((file) => {
        downloadFile(file);
        notice.show(`已生成“${file.fileName}”`);
      })
      .catch((e: unknown) => setExportError(messageOf(e)))
      .finally(() => setExporting(false));
  };

  const span = stats?.period === 'year' ? `${stats.year - 4}—${stats.year}年` : `${stats?.year ?? year}年`;
  return (
    <Box sx={{ overflow: 'auto' }}>
      <PageHeader title="谈话函询统计">
        <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={exportStats} disabled={exporting}>
          导出Excel
        </Button>
        <Button startIcon={<ArrowBackIcon />} onClick={() => nav.toLedger()}>
          返回谈话函询登记
        </Button>
      </PageHeader>
      <FilterBar>
        <TextField select label="年度" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }}>
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}年
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="统计周期"
          value={period}
          onChange={(e) => {
            const next = INTERVIEW_PERIODS.find((p) => p === e.target.value);
            if (next) setPeriod(next);
          }}
          sx={{ width: 120 }}
        >
          {INTERVIEW_PERIODS.map((p) => (
            <MenuItem key={p} value={p}>
              {PERIOD_LABELS[p]}
            </MenuItem>
          ))}
        </TextField>
      </FilterBar>
      <ErrorAlert error={error} />
      {answer.isFetching ? <LinearProgress aria-label="正在统计" sx={{ mb: 1 }} /> : null}
      {stats && byType && byOutcome ? (
        <>
          <Paper component="section" aria-label="按类别统计" variant="outlined" sx={{ p: 1.5, mb: 2, overflow: 'auto' }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              {span}谈话函询按类别统计（{PERIOD_LABELS[stats.period]}，单位：件）
            </Typography>
            <SimpleTable label="按类别统计" columns={byType.columns} rows={byType.rows} rowKey={(r) => r.key} empty="没有可统计的谈话函询。" />
          </Paper>
          <Paper component="section" aria-label="按结果统计" variant="outlined" sx={{ p: 1.5, mb: 2, overflow: 'auto' }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              {span}谈话函询按结果统计（按办结日期，单位：件）
            </Typography>
            <SimpleTable label="按结果统计" columns={byOutcome.columns} rows={byOutcome.rows} rowKey={(r) => r.key} empty="没有可统计的谈话函询。" />
          </Paper>
          <Paper component="section" aria-label="统计图" variant="outlined" sx={{ p: 2 }}>
            <Typography variant="subtitle2" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              统计图
            </Typography>
            {stats.totals.total === 0 || !option ? (
              <Typography color="text.secondary">{span}没有谈话函询，暂无图表。</Typography>
            ) : (
              <BarChart option={option} label={`${span}谈话函询按类别统计图`} />
            )}
          </Paper>
        </>
      ) : null}
      {notice.element}
    </Box>
  );
}
