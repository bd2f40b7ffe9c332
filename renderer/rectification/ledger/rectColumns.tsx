// The columns of 整改台账 (field names are the service's sort fields where it sorts them).
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { RECT_SORT_FIELDS, type RectRow } from '../../../shared/rectification/index.ts';
import { rectPath } from '../common/rectRoute.ts';
import { deadlineText, StatusCell } from '../common/RectChips.tsx';
import { RemindTalkButton } from '../../interviews/index.ts';

const SORTABLE = new Set<string>(RECT_SORT_FIELDS);

const COLUMNS: GridColDef<RectRow>[] = [
  {
    field: 'number',
    headerName: '编号',
    width: 128,
    renderCell: (p) => (
      // The row's click opens the item (carrying the ledger's address); the link only shows where.
      <Link href={`#${rectPath(p.row.id)}`} underline="hover" tabIndex={p.tabIndex} onClick={(e) => e.preventDefault()}>
        {p.row.number}
      </Link>
    ),
  },
  { field: 'unitName', headerName: '单位', width: 150 },
  { field: 'source', headerName: '问题来源', width: 100 },
  { field: 'problem', headerName: '问题描述', flex: 1, minWidth: 220 },
  { field: 'category', headerName: '问题类别', width: 100 },
  { field: 'ownerName', headerName: '责任人', width: 90 },
  {
    field: 'deadline',
    headerName: '整改时限',
    width: 200,
    valueGetter: (_v, row) => deadlineText(row.deadline, row.deadlineOriginal),
  },
  {
    field: 'status',
    headerName: '状态',
    width: 170,
    renderCell: (p) => <StatusCell status={p.row.status} dueState={p.row.dueState} overdueDays={p.row.overdueDays} />,
  },
  { field: 'percent', headerName: '进展', width: 70, align: 'right', headerAlign: 'right', valueFormatter: (v: number) => `${v}%` },
  { field: 'closedOn', headerName: '销号日期', width: 110, valueFormatter: (v: string | null) => v ?? '' },
];

export const rectColumns: GridColDef<RectRow>[] = COLUMNS.map((c) => ({ ...c, sortable: SORTABLE.has(c.field) }));

/** On the 需督办 list: 约谈提醒 plans a 提醒谈话 about the item in one step. */
export const remindColumn: GridColDef<RectRow> = {
  field: 'remind',
  headerName: '操作',
  width: 110,
  sortable: false,
  renderCell: (p) => <RemindTalkButton item={p.row} />,
};
