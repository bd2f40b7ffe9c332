// 用户管理 (系统管理员): accounts, roles, password resets, 停用/启用, 解除锁定.
import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import AddIcon from '@mui/icons-material/Add';
import type { UserRow } from '../../../shared/core/auth.ts';
import { api } from '../../api/client.ts';
import { ConfirmDialog, type ConfirmRequest } from '../../kit/ConfirmDialog.tsx';
import { LedgerPage } from '../../kit/ledger/LedgerPage.tsx';
import { useLedger } from '../../kit/ledger/useLedger.ts';
import { useSearchText } from '../../kit/ledger/useSearchText.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { SearchField } from '../../kit/SearchField.tsx';
import { useNotice } from '../../kit/useNotice.tsx';
import { ResetPasswordDialog } from './ResetPasswordDialog.tsx';
import { userColumns } from './userColumns.tsx';
import { UserFormDialog } from './UserFormDialog.tsx';

const USER_SORT_FIELDS = ['username', 'displayName', 'role', 'disabled', 'lastLoginAt'] as const;

export function UsersPage() {
  const grid = useLedger({
    op: 'users.list',
    sortFields: USER_SORT_FIELDS,
    defaultSort: { field: 'username', sort: 'asc' },
    filters: (value) => ({ q: value('q') || undefined }),
    load: (input) => api.call('users.list', input),
  });
  const [search, setSearch] = useSearchText(grid.params.value, grid.params.update);

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
    <LedgerPage<UserRow>
      header={
        <PageHeader title="用户管理">
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ user: null })}>
            新增用户
          </Button>
        </PageHeader>
      }
      filters={<SearchField label="搜索用户" value={search} onChange={setSearch} />}
      error={grid.error}
      label="用户列表"
      grid={{ columns, ...grid.gridProps }}
    >
      {editing ? (
        <UserFormDialog
          user={editing.user}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notice.show(editing.user ? `已保存“${saved.displayName}”` : `已新增用户“${saved.username}”，首次登录时须修改密码`);
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
    </LedgerPage>
  );
}
