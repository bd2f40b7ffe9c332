// The columns of 问题线索台账 (field names are the service's sort fields where it sorts them).
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { TIP_SORT_FIELDS, type TipRow } from '../../../shared/tips/ledger.ts';
import { type TipCategory } from '../../../shared/tips/enums.ts';
import { categoriesText } from '../common/categories.ts';
import { tipPath } from '../common/tipRoute.ts';
import { DueCell, RepeatMarker, TipStatusChip } from '../common/TipChips.tsx';

const SORTABLE = new Set<string>(TIP_SORT_FIELDS);

// The stage and the deadline come early so they stay in view on a narrow screen.
const COLUMNS: GridColDef<TipRow>[] = [
  {
    field: 'number',
    headerName: '编号',
    width: 132,
    renderCell: (p) => (
      // The row's click opens the tip (carrying the ledger's address); the link only shows where.
      <Link href={`#${tipPath(p.row.id)}`} underline="hover" tabIndex={p.tabIndex} onClick={(e) => e.preventDefault()}>
        {p.row.number}
      </Link>
    ),
  },
  { field: 'receivedDate', headerName: '收件日期', width: 110 },
  { field: 'status', headerName: '办理状态', width: 92, renderCell: (p) => <TipStatusChip status={p.row.status} /> },
  {
    field: 'dueDate',
    headerName: '时限',
    width: 168,
    renderCell: (p) => <DueCell dueDate={p.row.dueDate} dueState={p.row.dueState} />,
  },
  { field: 'peopleNames', headerName: '被反映人', width: 120 },
  { field: 'peopleUnits', headerName: '被反映人单位', width: 150 },
  { field: 'peoplePosts', headerName: '被反映人职务', width: 120 },
  { field: 'unitNames', headerName: '被反映单位', width: 150 },
  { field: 'summary', headerName: '问题摘要', flex: 1, minWidth: 200 },
  { field: 'categories', headerName: '问题类别', width: 130, valueFormatter: (v: TipCategory[]) => categoriesText(v) },
  { field: 'channel', headerName: '来源渠道', width: 100 },
  { field: 'mode', headerName: '反映方式', width: 76 },
  { field: 'disposal', headerName: '处置方式', width: 86, valueFormatter: (v: string | null) => v ?? '' },
  { field: 'handlerName', headerName: '承办人', width: 84 },
  {
    field: 'repeat',
    headerName: '重复件',
    width: 130,
    renderCell: (p) => <RepeatMarker repeatOfNumber={p.row.repeatOfNumber} repeatCount={p.row.repeatCount} />,
  },
];

export const tipColumns: GridColDef<TipRow>[] = COLUMNS.map((c) => ({ ...c, sortable: SORTABLE.has(c.field) }));
