// 整改汇总 (#/rectification/summary): rect.summary by 单位 or by 问题来源 under the ledger's filters
// (kept in the address, like the ledger's); each figure with a ledger filter of its own links to
// the ledger showing exactly those items.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { RECT_SORT_FIELDS, RECT_SOURCES, type RectSummaryRow } from '../../../shared/rectification/index.ts';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { pickChoice, pickId, useLedgerParams } from '../../kit/ledger/ledgerParams.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { ledgerHref, useRectNav, type LedgerLink } from '../common/rectRoute.ts';
import { SimpleTable, type Column } from '../../kit/SimpleTable.tsx';
import { RectFilterBar } from './RectFilterBar.tsx';
import { rectQuery } from './rectFilters.ts';

const BY = ['unit', 'source'] as const;
type By = (typeof BY)[number];
const BY_LABEL: Record<By, string> = { unit: '按单位', source: '按问题来源' };

/** The ledger filter of a summary line (its unit or its source added to the page's filters). */
function lineFilter(by: By, row: RectSummaryRow, filter: LedgerLink): LedgerLink | null {
  if (by === 'unit') {
    const unitId = pickId(row.key);
    return unitId === undefined ? null : { ...filter, unitId, unitName: row.label };
  }
  const source = pickChoice(RECT_SOURCES, row.key) || pickChoice(RECT_SOURCES, row.label);
  return source === '' ? null : { ...filter, source };
}

function Figure({ value, href, label }: { value: number; href: string | null; label: string }) {
  if (href === null || value === 0) return <>{value}</>;
  return (
    <Link href={href} underline="hover" aria-label={`${label}：${value}`}>
      {value}
    </Link>
  );
}

export function RectSummaryPage() {
  const nav = useRectNav();
  const params = useLedgerParams(RECT_SORT_FIELDS, { field: 'deadline', sort: 'asc' });
  const by: By = pickChoice(BY, params.value('by')) || 'unit';
  const filter = rectQuery(params.value);
  const query = useOp('rect.summary', { by, ...filter }, { keepPrevious: true });
  const base: LedgerLink = { ...filter, unitName: params.value('unitName') || undefined, personName: params.value('personName') || undefined };

  const link = (row: RectSummaryRow, more: LedgerLink, what: string) => {
    const f = lineFilter(by, row, base);
    return { href: f ? ledgerHref({ ...f, ...more }) : null, label: `${row.label}${what}` };
  };
  const columns: Column<RectSummaryRow>[] = [
    { header: by === 'unit' ? '单位' : '问题来源', cell: (r) => r.label },
    { header: '总数', cell: (r) => <Figure value={r.total} {...link(r, {}, '总数')} />, width: 80 },
    { header: '未销号', cell: (r) => <Figure value={r.open} {...link(r, { open: true }, '未销号')} />, width: 80 },
    { header: '逾期', cell: (r) => <Figure value={r.overdue} {...link(r, { due: '逾期' }, '逾期')} />, width: 80 },
    { header: '按期销号', cell: (r) => r.closedOnTime, width: 90 },
    { header: '逾期销号', cell: (r) => r.closedLate, width: 90 },
    { header: '延期', cell: (r) => r.extended, width: 80 },
  ];

  return (
    <Box sx={{ overflow: 'auto', minHeight: 0 }}>
      <PageHeader title="整改汇总">
        <Button startIcon={<ArrowBackIcon />} onClick={() => nav.toLedger(base)}>
          返回整改台账
        </Button>
      </PageHeader>
      <FilterBar>
        <RectFilterBar value={params.value} update={params.update} compact />
      </FilterBar>
      <Tabs value={by} onChange={(_, next: By) => params.update({ by: next === 'unit' ? undefined : next })} aria-label="汇总方式" sx={{ mb: 1 }}>
        {BY.map((b) => (
          <Tab key={b} value={b} label={BY_LABEL[b]} />
        ))}
      </Tabs>
      <ErrorAlert error={query.error} />
      {query.isFetching ? <LinearProgress aria-label="正在汇总" /> : null}
      {query.data ? (
        <Paper variant="outlined" sx={{ p: 1 }}>
          <SimpleTable label={`整改汇总（${BY_LABEL[by]}）`} columns={columns} rows={query.data} rowKey={(r) => r.key} empty="没有符合条件的整改事项。" />
        </Paper>
      ) : null}
    </Box>
  );
}
