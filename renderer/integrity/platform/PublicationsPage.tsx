// 发布记录 (#/index/publications?year=2026): every publication of the year, newest first — the
// period, the scheme version it was frozen with, who published it and when, the result's
// distribution, the reason of a republication, and whether it is 现行 or 已被替代 (on which date).
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { COLOURS, GRADES, periodLabel, schemeVersionLabel, type PublicationRow } from '../../../shared/integrity/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { StatusChip } from '../../kit/StatusChip.tsx';
import { IndexTabs } from '../IndexTabs.tsx';
import { countsText } from './indexWords.ts';
import { useIndexYear } from './useIndexYear.ts';
import { YearSelect } from './YearSelect.tsx';

const GRADE_ORDER = [...GRADES, ...GRADES.map((g) => `${g}级`)];

const COLUMNS: Column<PublicationRow>[] = [
  { header: '期间', cell: (p) => periodLabel(p.year, p.quarter), width: 130 },
  { header: '评分方案版本', cell: (p) => schemeVersionLabel(p.scheme), width: 110 },
  { header: '发布人', cell: (p) => p.publishedByName, width: 90 },
  { header: '发布时间', cell: (p) => formatTimestamp(p.publishedAt), width: 140 },
  { header: '参评单位', cell: (p) => p.units, width: 70 },
  { header: '结果分布', cell: (p) => countsText(p.counts, p.quarter === 0 ? GRADE_ORDER : COLOURS) },
  { header: '理由', cell: (p) => p.reason || '首次发布' },
  {
    header: '状态',
    cell: (p) => (p.supersededAt === null ? <StatusChip status="现行" /> : `已被替代（${formatTimestamp(p.supersededAt).slice(0, 10)}）`),
    width: 150,
  },
];

export function PublicationsPage() {
  const { year, years, setYear } = useIndexYear();
  const answer = useOp('integrity.publications', { year }, { keepPrevious: true });
  const rows = [...(answer.data ?? [])].sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : b.id - a.id));
  return (
    <Box sx={{ overflow: 'auto' }}>
      <IndexTabs />
      <PageHeader title="发布记录" />
      <FilterBar>
        <YearSelect year={year} years={years} onChange={setYear} />
      </FilterBar>
      <ErrorAlert error={answer.error} />
      {answer.isFetching ? <LinearProgress aria-label="正在加载发布记录" sx={{ mb: 1 }} /> : null}
      {answer.data ? (
        <SimpleTable label="发布记录" columns={COLUMNS} rows={rows} rowKey={(p) => p.id} empty={`${year}年度尚未发布廉情指数。`} />
      ) : null}
    </Box>
  );
}
