// 用户管理 (系统管理员): accounts, roles, password resets, 停用/启用, 解除锁定.
import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import AddIcon from '@mui/icons-material/Add';
import type { UserRow } from '../../../shared/core/auth.ts';
import { api } from '../../api/client.ts';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { FilterBar } from '../../kit/FilterBar.tsx';
import { ListGrid } from '../../kit/ListGrid.tsx';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { useDebounced } from '../../kit/useDebounced.ts';
import { useNotice } from '../../kit/useNotice.tsx';
import { useServerGrid, type ListQuery } from '../../kit/useServerGrid.ts';
import { ResetPasswordDialog } from './ResetPasswordDialog.tsx';
import { userColumns } from './userColumns.tsx';
import { UserFormDialog } from './UserFormDialog.tsx';

const USER_SORT_FIELDS = ['username', 'displayName', 'role', 'disabled', 'lastLoginAt'] as const;

export function UsersPage() {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const load = useCallback(
    (query: ListQuery<(typeof USER_SORT_FIELDS)[number]>) => api.call('users.list', { ...query, q: q || undefined }),
    [q],
  );
  const grid = useServerGrid({ sortFields: USER_SORT_FIELDS, defaultSort: { field: 'username', sort: 'asc' }, filterKey: q, load });

  const [editing, setEditing] = useState<{ user: UserRow | null } | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const notice = useNotice();

  const columns = useMemo(
    () =>
      userColumns({
        edit: (user) => setEditing({ user }),
        resetPassword: setResetting,
        toggleDisabled: (user) =>
          setConfirm({
            title: user.disabled ? '启用账号' : '停用账号',
            message: user.disabled
              ? `确定启用“${user.displayName}”（${user.username}）的账号吗？`
              : `确定停用“${user.displayName}”（${user.username}）的账号吗？停用后该账号不能登录，已登录的会话立即失效。`,
            confirmLabel: user.disabled ? '启用' : '停用',
            danger: !user.disabled,
            run: () => api.call('users.setDisabled', { id: user.id, disabled: !user.disabled }),
          }),
        unlock: (user) =>
          setConfirm({
            title: '解除锁定',
            message: `确定解除“${user.displayName}”（${user.username}）的登录锁定吗？`,
            confirmLabel: '解除锁定',
            run: () => api.call('users.unlock', { id: user.id }),
          }),
      }),
    [],
  );

  return (
    <>
      <PageHeader title="用户管理">
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ user: null })}>
          新增用户
        </Button>
      </PageHeader>
      <FilterBar>
        <SearchField label="搜索用户" value={search} onChange={setSearch} />
      </FilterBar>
      {grid.error ? (
        <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
          {grid.error}
        </Alert>
      ) : null}
      <ListGrid<UserRow> label="用户列表" columns={columns} {...grid.gridProps} />
      {editing ? (
        <UserFormDialog
          user={editing.user}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notice.show(editing.user ? `已保存“${saved.displayName}”` : `已新增用户“${saved.username}”，首次登录时须修改密码`);
            grid.reload();
          }}
        />
      ) : null}
      {resetting ? (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onSaved={(saved) => {
            setResetting(null);
            notice.show(`已重置“${saved.displayName}”的密码，下次登录时须修改`);
            grid.reload();
          }}
        />
      ) : null}
      <ConfirmDialog
        request={confirm}
        onClose={() => setConfirm(null)}
        onDone={() => {
          setConfirm(null);
          grid.reload();
        }}
      />
      {notice.element}
    </>
  );
}
