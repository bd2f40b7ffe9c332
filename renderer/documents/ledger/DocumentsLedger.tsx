// 发文登记: every 公文 of the office, drafts and issued — 文号, 文种, 标题, 主送机关, 成文日期, 状态,
// 印发人 and 印发时间, 来源 and 更正 — filtered by 年度, 文种, 状态 and a search, sorted and paged by
// the service. 拟制通知 and 拟制预警告知书 for the roles that draft 公文 (a 预警建议书 is drafted from
// the year's 廉情指数 on the 预警闭环 page, a talk's or letter's notice from its record; all are
// listed, edited and issued here).
import Button from '@mui/material/Button';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import { DOC_KINDS, DOC_KIND_KEYS, DOC_SORT_FIELDS, DOC_STATUSES, type DocKind, type DocRow } from '../../../shared/documents/index.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { api } from '../../api/client.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession, useToday } from '../../app/session.ts';
import { ChoiceFilter } from '../../kit/ChoiceFilter.tsx';
import { LedgerPage } from '../../kit/ledger/LedgerPage.tsx';
import { pickChoice } from '../../kit/ledger/ledgerParams.ts';
import { useLedger } from '../../kit/ledger/useLedger.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { correctionText, DocStatusChip } from '../common/DocStatusChip.tsx';
import { useDocNav } from '../common/docRoute.ts';

const KIND_LABELS = DOC_KIND_KEYS.map((k) => DOC_KINDS[k]);
/** The years offered: this year and the ten before it. */
const YEARS_SHOWN = 11;

function kindOfLabel(label: string): DocKind | undefined {
  return DOC_KIND_KEYS.find((k) => DOC_KINDS[k] === label);
}

const COLUMNS: GridColDef<DocRow>[] = [
  { field: 'number', headerName: '文号', width: 190, valueFormatter: (v: string | null) => v ?? '（未印发）' },
  { field: 'kind', headerName: '文种', width: 80, valueGetter: (_v, row) => row.kindLabel },
  { field: 'title', headerName: '标题', flex: 1, minWidth: 220 },
  { field: 'recipients', headerName: '主送机关', width: 180, sortable: false },
  { field: 'date', headerName: '成文日期', width: 110 },
  { field: 'status', headerName: '状态', width: 90, renderCell: (p) => <DocStatusChip status={p.row.status} /> },
  { field: 'issuedByName', headerName: '印发人', width: 90, sortable: false },
  { field: 'issuedAt', headerName: '印发时间', width: 150, valueFormatter: (v: string | null) => (v ? formatTimestamp(v) : '') },
  { field: 'source', headerName: '来源', width: 140, sortable: false, valueGetter: (_v, row) => row.source?.label ?? '' },
  { field: 'replaces', headerName: '更正', width: 220, sortable: false, valueGetter: (_v, row) => correctionText(row) },
];

export function DocumentsLedger() {
  const { user } = useSession();
  const today = useToday();
  const nav = useDocNav();
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => String(thisYear - i));
  const ledger = useLedger({
    op: 'docs.list',
    sortFields: DOC_SORT_FIELDS,
    defaultSort: { field: 'issuedAt', sort: 'desc' },
    filters: (value) => {
      const year = pickChoice(years, value('year'));
      const status = pickChoice(DOC_STATUSES, value('status'));
      return {
        q: value('q') || undefined,
        kind: kindOfLabel(value('kind')),
        status: status || undefined,
        year: year ? Number(year) : undefined,
      };
    },
    load: (query) => api.call('docs.list', query),
  });
  const [search, setSearch] = useSearchText(ledger.params.value, ledger.params.update);
  const value = ledger.params.value;

  return (
    <LedgerPage<DocRow>
      header={
        <PageHeader title="发文登记">
          {canCall(user.role, 'docs.createDraft') ? (
            <>
              <Button variant="contained" startIcon={<PostAddOutlined />} onClick={() => nav.newDocument('notice')}>
                拟制通知
              </Button>
              <Button variant="outlined" startIcon={<PostAddOutlined />} onClick={() => nav.newDocument('warning')}>
                拟制预警告知书
              </Button>
            </>
          ) : null}
        </PageHeader>
      }
      filters={
        <>
          <SearchField label="搜索文号、标题、主送机关" value={search} onChange={setSearch} width={260} />
          <ChoiceFilter label="年度" value={pickChoice(years, value('year'))} choices={years} onChange={(v) => ledger.params.update({ year: v })} width={120} />
          <ChoiceFilter label="文种" value={pickChoice(KIND_LABELS, value('kind'))} choices={KIND_LABELS} onChange={(v) => ledger.params.update({ kind: v })} width={120} />
          <ChoiceFilter label="状态" value={pickChoice(DOC_STATUSES, value('status'))} choices={DOC_STATUSES} onChange={(v) => ledger.params.update({ status: v })} width={120} />
        </>
      }
      error={ledger.error}
      label="发文登记"
      grid={{ columns: COLUMNS, ...ledger.gridProps, onRowClick: (p) => nav.openDoc((p.row as DocRow).id) }}
    />
  );
}
