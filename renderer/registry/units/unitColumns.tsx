// The columns of the unit list (field names are the service's sort fields).
import type { GridColDef } from '@mui/x-data-grid';
import type { UnitRow } from '../../../shared/registry/units.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { StatusChip } from '../../kit/StatusChip.tsx';

interface Actions {
  canEdit: boolean;
  edit(unit: UnitRow): void;
  toggleStatus(unit: UnitRow): void;
}

export function unitColumns({ canEdit, edit, toggleStatus }: Actions): GridColDef<UnitRow>[] {
  const columns: GridColDef<UnitRow>[] = [
    { field: 'name', headerName: '单位名称', flex: 2, minWidth: 200 },
    { field: 'type', headerName: '单位类型', width: 110 },
    { field: 'parentName', headerName: '上级单位', flex: 1.2, minWidth: 150, valueFormatter: (v: string | null) => v ?? '' },
    { field: 'headcount', headerName: '编制人数', width: 90, type: 'number', valueFormatter: (v: number | null) => (v === null ? '' : String(v)) },
    { field: 'leaderName', headerName: '主要负责人', width: 110 },
    { field: 'liaisonName', headerName: '联系干部', width: 110 },
    { field: 'peopleCount', headerName: '在职人数', width: 90, type: 'number' },
    { field: 'status', headerName: '状态', width: 90, renderCell: (p) => <StatusChip status={p.row.status} /> },
    { field: 'revokedDate', headerName: '撤销日期', width: 110, sortable: false, valueFormatter: (v: string | null) => v ?? '' },
  ];
  if (canEdit) {
    columns.push({
      field: 'actions',
      headerName: '操作',
      width: 150,
      sortable: false,
      renderCell: (p) => (
        <>
          <RowButton onClick={() => edit(p.row)}>编辑</RowButton>
          <RowButton color={p.row.status === '正常' ? 'error' : 'primary'} onClick={() => toggleStatus(p.row)}>
            {p.row.status === '正常' ? '撤销单位' : '恢复单位'}
          </RowButton>
        </>
      ),
    });
  }
  return columns;
}
