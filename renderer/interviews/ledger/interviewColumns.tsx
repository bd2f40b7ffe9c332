// The columns of 谈话函询登记 (field names are the service's sort fields where it sorts them).
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { INTERVIEW_SORT_FIELDS, type InterviewRow } from '../../../shared/interviews/index.ts';
import { interviewPath } from './interviewRoute.ts';
import { DueCell, dueText, InterviewStatusChip } from './InterviewChips.tsx';

const SORTABLE = new Set<string>(INTERVIEW_SORT_FIELDS);

/** 事由 as the ledger reads it: the record it names and the words added, or the text. */
export function causeText(row: InterviewRow): string {
  const { label, text } = row.cause;
  if (label && text && label !== text) return `${label}：${text}`;
  return label || text || row.cause.kind;
}

const COLUMNS: GridColDef<InterviewRow>[] = [
  {
    field: 'number',
    headerName: '编号',
    width: 128,
    renderCell: (p) => (
      // The row's click opens it; the link only shows where.
      <Link href={`#${interviewPath(p.row.id)}`} underline="hover" tabIndex={p.tabIndex} onClick={(e) => e.preventDefault()}>
        {p.row.number}
      </Link>
    ),
  },
  { field: 'typeLabel', headerName: '类别', width: 110 },
  { field: 'personName', headerName: '对象', width: 100 },
  { field: 'unitName', headerName: '单位', width: 150 },
  { field: 'post', headerName: '职务', width: 120 },
  { field: 'cause', headerName: '事由', flex: 1, minWidth: 180, valueGetter: (_v, row) => causeText(row) },
  { field: 'interviewerNames', headerName: '谈话人', width: 140 },
  { field: 'ledgerDate', headerName: '日期', width: 110 },
  { field: 'place', headerName: '地点', width: 120 },
  { field: 'status', headerName: '状态', width: 100, renderCell: (p) => <InterviewStatusChip status={p.row.status} /> },
  { field: 'dueDate', headerName: '期限', width: 250, valueGetter: (_v, row) => dueText(row), renderCell: (p) => <DueCell row={p.row} /> },
  { field: 'outcome', headerName: '结果', width: 100, valueFormatter: (v: string | null) => v ?? '' },
];

export const interviewColumns: GridColDef<InterviewRow>[] = COLUMNS.map((c) => ({ ...c, sortable: SORTABLE.has(c.field) }));
