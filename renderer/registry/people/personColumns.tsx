// The columns of the people list (field names are the service's sort fields).
import type { GridColDef } from '@mui/x-data-grid';
import type { PersonRow } from '../../../shared/registry/people.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { StatusChip } from '../../kit/StatusChip.tsx';

interface Actions {
  canEdit: boolean;
  edit(person: PersonRow): void;
  /** 处理记录, for those who may read them. */
  showEvents?: ((person: PersonRow) => void) | undefined;
  toggleStatus(person: PersonRow): void;
}

export function personColumns({ canEdit, edit, toggleStatus, showEvents }: Actions): GridColDef<PersonRow>[] {
  const columns: GridColDef<PersonRow>[] = [
    { field: 'name', headerName: '姓名', width: 120 },
    { field: 'unitName', headerName: '所在单位', flex: 1.5, minWidth: 180 },
    { field: 'idNumber', headerName: '身份证号', width: 180, sortable: false },
    { field: 'post', headerName: '职务', flex: 1, minWidth: 140 },
    { field: 'rank', headerName: '职级', width: 120 },
    { field: 'partyMember', headerName: '是否中共党员', width: 110, valueFormatter: (v: boolean) => (v ? '是' : '否') },
    { field: 'category', headerName: '身份类别', width: 100 },
    { field: 'status', headerName: '状态', width: 90, renderCell: (p) => <StatusChip status={p.row.status} /> },
  ];
  if (canEdit || showEvents) {
    columns.push({
      field: 'actions',
      headerName: '操作',
      width: canEdit && showEvents ? 210 : 140,
      sortable: false,
      renderCell: (p) => (
        <>
          {canEdit ? <RowButton onClick={() => edit(p.row)}>编辑</RowButton> : null}
          {canEdit ? (
            <RowButton color={p.row.status === '在职' ? 'error' : 'primary'} onClick={() => toggleStatus(p.row)}>
              {p.row.status === '在职' ? '离任' : '恢复在职'}
            </RowButton>
          ) : null}
          {showEvents ? <RowButton onClick={() => showEvents(p.row)}>处理记录</RowButton> : null}
        </>
      ),
    });
  }
  return columns;
}
