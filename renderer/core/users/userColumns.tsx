// The columns of the user list.
import type { GridColDef } from '@mui/x-data-grid';
import type { UserRow } from '../../../shared/core/auth.ts';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { RowButton } from '../../kit/RowButton.tsx';
import { StatusChip } from '../../kit/StatusChip.tsx';

/** Locked now (by the browser's clock, which the page keeps in step with the office's). */
export function isLocked(user: UserRow, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

interface Actions {
  edit(user: UserRow): void;
  resetPassword(user: UserRow): void;
  toggleDisabled(user: UserRow): void;
  unlock(user: UserRow): void;
}

export function userColumns({ edit, resetPassword, toggleDisabled, unlock }: Actions): GridColDef<UserRow>[] {
  return [
    { field: 'username', headerName: '用户名', width: 130 },
    { field: 'displayName', headerName: '姓名', width: 110 },
    { field: 'role', headerName: '角色', width: 130 },
    {
      field: 'mainLeader',
      headerName: '机关主要领导',
      width: 110,
      sortable: false,
      valueFormatter: (v: boolean) => (v ? '是' : ''),
    },
    {
      field: 'disabled',
      headerName: '状态',
      width: 90,
      renderCell: (p) => <StatusChip status={p.row.disabled ? '停用' : '启用'} />,
    },
    {
      field: 'lockedUntil',
      headerName: '锁定至',
      width: 150,
      sortable: false,
      valueFormatter: (v: string | null) => (v ? formatTimestamp(v) : ''),
    },
    {
      field: 'failedCount',
      headerName: '锁定原因',
      width: 150,
      sortable: false,
      valueGetter: (_v: number, row: UserRow) => (isLocked(row) ? `密码连续错误 ${row.failedCount} 次` : ''),
    },
    {
      field: 'lastLoginAt',
      headerName: '最近登录',
      width: 150,
      valueFormatter: (v: string | null) => (v ? formatTimestamp(v) : '从未登录'),
    },
    {
      field: 'actions',
      headerName: '操作',
      flex: 1,
      minWidth: 260,
      sortable: false,
      renderCell: (p) => (
        <>
          <RowButton onClick={() => edit(p.row)}>编辑</RowButton>
          <RowButton onClick={() => resetPassword(p.row)}>重置密码</RowButton>
          <RowButton color={p.row.disabled ? 'primary' : 'error'} onClick={() => toggleDisabled(p.row)}>
            {p.row.disabled ? '启用' : '停用'}
          </RowButton>
          {isLocked(p.row) ? <RowButton onClick={() => unlock(p.row)}>解除锁定</RowButton> : null}
        </>
      ),
    },
  ];
}
