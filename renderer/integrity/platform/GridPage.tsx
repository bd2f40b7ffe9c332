// 展示平台 (#/index?year=2026): every unit × 第一季度…第四季度 and 年度 in 绿/橙/红 with the word
// and the score (paged, filtered and sorted by the service: integrity.grid), the distribution by
// unit type for a chosen period, the year's A/B/C table with its C units, and — for the roles that
// may — 发布, 导出廉情指数表 and 打印. Without an enabled scheme for the year it says so and points
// to 评分方案.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import PublishOutlined from '@mui/icons-material/PublishOutlined';
import { Link as RouterLink } from 'react-router';
import { GRID_SORTS, periodLabel, periodRange, quarterOf, schemeVersionLabel, type IndexGrid } from '../../../shared/integrity/index.ts';
import { api } from '../../api/client.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession, useToday } from '../../app/session.ts';
import { downloadFile } from '../../kit/download.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { useLedgerParams } from '../../kit/ledger/ledgerParams.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { IndexTabs } from '../IndexTabs.tsx';
import { DistributionSection } from './DistributionSection.tsx';
import { GradeSection } from './GradeSection.tsx';
import { GridFilters, gridFilters } from './GridFilters.tsx';
import { IndexGridTable, type GridSort } from './IndexGridTable.tsx';
import { NO_PRINT, PRINT_ROOT, PrintStyles } from './PrintStyles.tsx';
import { PublishDialog } from './PublishDialog.tsx';
import { useIndexYear } from './useIndexYear.ts';

/** The period 发布 offers first: the earliest finished quarter not yet published; 全年 when all four are. */
function firstToPublish(grid: IndexGrid | undefined, year: number, today: string): number {
  const published = new Set((grid?.published ?? []).map((p) => p.quarter));
  for (const q of [1, 2, 3, 4]) if (!published.has(q) && periodRange(year, q).to < today) return q;
  if ([1, 2, 3, 4].every((q) => published.has(q))) return 0;
  return today.startsWith(`${year}-`) ? quarterOf(today) : 1;
}

/** The period the distribution shows first: this quarter in the current year, else 全年. */
function defaultDistribution(year: number, today: string): number {
  return today.startsWith(`${year}-`) ? quarterOf(today) : 0;
}

export function GridPage() {
  const { user } = useSession();
  const today = useToday();
  const notice = useNotice();
  const { year, years, setYear } = useIndexYear();
  const params = useLedgerParams<GridSort>(GRID_SORTS, { field: 'name', sort: 'asc' });
  const filter = gridFilters(params.value);
  const answer = useOp('integrity.grid', { ...params.query, year, ...filter }, { keepPrevious: true });
  const grid = answer.data;
  const [publishing, setPublishing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const askedPeriod = Number(params.value('period'));
  const period = params.value('period') !== '' && [0, 1, 2, 3, 4].includes(askedPeriod) ? askedPeriod : defaultDistribution(year, today);

  const onSort = (field: GridSort) => {
    const dir = params.query.sortField === field && params.query.sortDir === 'asc' ? 'desc' : 'asc';
    params.update(field === 'name' && dir === 'asc' ? { sort: undefined, dir: undefined } : { sort: field, dir });
  };
  const onPage = (page: number, pageSize: number) =>
    params.update({ page: page > 0 ? page + 1 : undefined, size: pageSize === 25 ? undefined : pageSize }, pageSize === params.query.pageSize);

  const exportTable = () => {
    setExporting(true);
    setActionError(null);
    api
      .call('integrity.export', { year })
      .then((file) => {
        downloadFile(file);
        notice.show(`已生成“${file.fileName}”`);
      })
      .catch((e: unknown) => setActionError(messageOf(e)))
      .finally(() => setExporting(false));
  };

  const noScheme = grid !== undefined && grid.scheme === null;
  return (
    <Box className={PRINT_ROOT} sx={{ overflow: 'auto' }}>
      <PrintStyles />
      <IndexTabs />
      <PageHeader title="廉情指数">
        <Box className={NO_PRINT} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {canCall(user.role, 'integrity.publish') ? (
            <Button variant="contained" startIcon={<PublishOutlined />} disabled={!grid || noScheme} onClick={() => setPublishing(true)}>
              发布
            </Button>
          ) : null}
          {canCall(user.role, 'integrity.export') ? (
            <Button variant="outlined" startIcon={<FileDownloadIcon />} disabled={exporting || noScheme} onClick={exportTable}>
              导出廉情指数表
            </Button>
          ) : null}
          <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()}>
            打印
          </Button>
        </Box>
      </PageHeader>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {periodLabel(year, 0)}廉情指数展示平台
        {grid?.scheme ? `（评分方案：${schemeVersionLabel(grid.scheme)}）` : ''}
      </Typography>
      <FilterBar>
        <GridFilters year={year} years={years} onYear={setYear} value={params.value} update={params.update} />
      </FilterBar>
      <ErrorAlert error={actionError ?? answer.error} />
      {noScheme ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {year}年度尚未启用评分方案，无法计算廉情指数。
          {canCall(user.role, 'integrity.schemes') ? (
            <>
              请先在
              <Link component={RouterLink} to="/schemes">
                评分方案
              </Link>
              中新建并启用本年度方案。
            </>
          ) : (
            '请联系案件监督管理室启用本年度评分方案。'
          )}
        </Alert>
      ) : null}
      {answer.isFetching ? <LinearProgress aria-label="正在加载廉情指数" sx={{ mb: 1 }} /> : null}
      {grid && !noScheme ? (
        <>
          <IndexGridTable
            year={year}
            rows={grid.rows}
            total={grid.total}
            page={params.query.page}
            pageSize={params.query.pageSize}
            sortField={params.query.sortField}
            sortDir={params.query.sortDir}
            onSort={onSort}
            onPage={onPage}
          />
          <Box sx={{ mt: 2 }}>
            <DistributionSection year={year} quarter={period} onQuarter={(q) => params.update({ period: q }, true)} />
            <GradeSection year={year} />
          </Box>
        </>
      ) : null}
      {publishing ? (
        <PublishDialog
          year={year}
          initialQuarter={firstToPublish(grid, year, today)}
          onClose={() => setPublishing(false)}
          onPublished={(p) => {
            setPublishing(false);
            notice.show(`已发布${periodLabel(p.year, p.quarter)}廉情指数`);
          }}
        />
      ) : null}
      {notice.element}
    </Box>
  );
}
