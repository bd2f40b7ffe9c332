// 信访统计: the year's tips counted by 来源渠道, 问题类别, 处置方式, 办理结果 or 处理, per month,
// quarter or the whole year — as a table with 合计 and as a chart; 导出统计表 saves the year's
// tables as an Excel workbook. 重复件 are counted once (with their original).
import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { STAT_DIMENSION_LABELS, type StatDimension, type StatPeriod, type TipStats } from '../../../shared/tips/stats.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { BarChart } from '../../kit/BarChart.tsx';
import { downloadFile } from '../../kit/download.ts';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { statsChartHeight, statsChartOption } from './statsChartOption.ts';
import { DIMENSION_CHOICES, PERIOD_CHOICES, PERIOD_LABELS, isDimension, isPeriod, statYears, statsUnit } from './statsChoices.ts';
import { StatsNotes } from './StatsNotes.tsx';
import { StatsTable } from './StatsTable.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { useToday } from '../../app/session.ts';

export function TipStatsPage() {
  const thisYear = Number(useToday().slice(0, 4));
  const years = useMemo(() => statYears(thisYear), [thisYear]);
  const [year, setYear] = useState(thisYear);
  const [period, setPeriod] = useState<StatPeriod>('month');
  const [dimension, setDimension] = useState<StatDimension>('channel');
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const notice = useNotice();

  // The table of the year, period and item chosen (the last one stays shown while the next loads).
  const answer = useOp('tips.stats', { year, period, dimension }, { keepPrevious: true });
  const stats: TipStats | null = answer.data ?? null;
  const loading = answer.isFetching;
  const error = exportError ?? (answer.error ? messageOf(answer.error) : null);

  const option = useMemo(() => (stats ? statsChartOption(stats) : null), [stats]);

  const exportTables = () => {
    setExporting(true);
    setExportError(null);
    api
      .call('tips.statsExport', { year })
      .then((file) => {
        downloadFile(file);
        notice.show(`已生成“${file.fileName}”`);
      })
      .catch((e: unknown) => setExportError(messageOf(e)))
      .finally(() => setExporting(false));
  };

  return (
    <Box sx={{ overflow: 'auto' }}>
      <PageHeader title="信访统计">
        <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={exportTables} disabled={exporting}>
          导出统计表
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
          onChange={(e) => isPeriod(e.target.value) && setPeriod(e.target.value)}
          sx={{ width: 120 }}
        >
          {PERIOD_CHOICES.map((c) => (
            <MenuItem key={c.value} value={c.value}>
              {c.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="统计项目"
          value={dimension}
          onChange={(e) => isDimension(e.target.value) && setDimension(e.target.value)}
          sx={{ width: 140 }}
        >
          {DIMENSION_CHOICES.map((c) => (
            <MenuItem key={c.value} value={c.value}>
              {c.label}
            </MenuItem>
          ))}
        </TextField>
      </FilterBar>
      <ErrorAlert error={error} />
      {loading ? <LinearProgress aria-label="正在统计" sx={{ mb: 1 }} /> : null}
      {stats ? (
        <>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            {stats.year}年信访举报{STAT_DIMENSION_LABELS[stats.dimension]}统计（{PERIOD_LABELS[stats.period]}，单位：{statsUnit(stats.dimension)}）
          </Typography>
          <StatsTable stats={stats} />
          <StatsNotes stats={stats} />
          <Paper component="section" aria-label="统计图" variant="outlined" sx={{ p: 2, mt: 2 }}>
            <Typography variant="subtitle2" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              统计图
            </Typography>
            {stats.grandTotal === 0 || !option ? (
              <Typography color="text.secondary">{stats.year}年没有可统计的信访举报，暂无图表。</Typography>
            ) : (
              <BarChart option={option} height={statsChartHeight(stats)} label={`${stats.year}年信访举报${STAT_DIMENSION_LABELS[stats.dimension]}统计图`} />
            )}
          </Paper>
        </>
      ) : null}
      {notice.element}
    </Box>
  );
}
