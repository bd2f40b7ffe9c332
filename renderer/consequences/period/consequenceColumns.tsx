// The columns of the period's list: the unit, the kind and why, where it stands, its deadline with
// 逾期, what it made (each a link), the flags and the closing mark, and the steps the person may take.
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import type { ConsequenceRow } from '../../../shared/consequences/index.ts';
import { ActionButtons, type ConsequenceActions } from '../actions/useConsequenceActions.tsx';
import { ClosedText, Flags, flagsOf, OverdueChip, StateChip } from '../common/Chips.tsx';
import { MadeLinks } from '../common/MadeLinks.tsx';
import { consequencePath, href } from '../common/routes.ts';

export function consequenceColumns(actions: ConsequenceActions): GridColDef<ConsequenceRow>[] {
  const columns: GridColDef<ConsequenceRow>[] = [
    {
      field: 'unitName',
      headerName: '单位',
      width: 150,
      renderCell: (p) => (
        // The row's click opens it (carrying the list); the link only shows where.
        <Link href={href(consequencePath(p.row.id))} underline="hover" tabIndex={p.tabIndex} onClick={(e) => e.preventDefault()}>
          {p.row.unitName}
        </Link>
      ),
    },
    { field: 'kind', headerName: '事项', width: 120 },
    { field: 'basis', headerName: '依据', flex: 1, minWidth: 140 },
    { field: 'state', headerName: '状态', width: 80, renderCell: (p) => <StateChip state={p.row.state} /> },
    {
      field: 'dueDate',
      headerName: '期限',
      width: 130,
      valueGetter: (_v, row) => `${row.dueDate ?? ''}${row.overdue ? ' 逾期' : ''}`,
      renderCell: (p) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <span>{p.row.dueDate ?? '—'}</span>
          {p.row.overdue ? <OverdueChip /> : null}
        </Stack>
      ),
    },
    { field: 'made', headerName: '办理情况', width: 160, renderCell: (p) => <MadeLinks row={p.row} /> },
    {
      field: 'flags',
      headerName: '提示',
      flex: 1,
      minWidth: 140,
      valueGetter: (_v, row) => [...flagsOf(row), row.closed ? `已关闭：${row.closed.reason}` : ''].filter(Boolean).join('；'),
      renderCell: (p) => (
        <Stack spacing={0.25}>
          <Flags row={p.row} />
          <ClosedText row={p.row} />
        </Stack>
      ),
    },
    { field: 'actions', headerName: '操作', width: 150, renderCell: (p) => <ActionButtons row={p.row} actions={actions} small /> },
  ];
  return columns.map((c) => ({ ...c, sortable: false }));
}
