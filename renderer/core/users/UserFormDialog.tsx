// 新增用户 (用户名, 姓名, 角色, 初始密码 — the new user must change it at first login) and
// 编辑用户 (姓名, 角色); 机关主要领导 for a 领导 account.
import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { ROLES, type Role } from '../../../shared/core/roles.ts';
import { PASSWORD_RULE, userCreateInput, userUpdateInput, type UserRow } from '../../../shared/core/auth.ts';
import { api } from '../../api/client.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';

interface Props {
  user: UserRow | null;
  onSaved(user: UserRow): void;
  onClose(): void;
}

export function UserFormDialog({ user, onSaved, onClose }: Props) {
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role | ''>(user?.role ?? '');
  const [password, setPassword] = useState('');
  const [mainLeader, setMainLeader] = useState(user?.mainLeader ?? false);
  const { busy, problem, setProblem, save } = useSave(onSaved);

  const submit = () => {
    let saving: Promise<UserRow>;
    if (user) {
      const checked = validate(userUpdateInput, { id: user.id, version: user.version, displayName, role, mainLeader });
      if (!checked.ok) return setProblem(checked.problem);
      saving = api.call('users.update', checked.data);
    } else {
      const checked = validate(userCreateInput, { username, displayName, role, password, mainLeader });
      if (!checked.ok) return setProblem(checked.problem);
      saving = api.call('users.create', checked.data);
    }
    save(saving);
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title={user ? '编辑用户' : '新增用户'} busy={busy} error={problem?.message} onSubmit={submit} onClose={onClose}>
      {user ? (
        <TextField label="用户名" value={user.username} disabled fullWidth />
      ) : (
        <FormTextField
          label="用户名"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
          autoFocus
          autoComplete="off"
          problem={f.username}
          hint="3到32位字母、数字、下划线、点或连字符，用于登录"
        />
      )}
      <FormTextField
        label="姓名"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        required
        autoFocus={Boolean(user)}
        problem={f.displayName}
      />
      <ChoiceField label="角色" value={role} choices={ROLES} onChange={setRole} error={f.role} />
      <FormControlLabel
        control={<Checkbox checked={mainLeader} onChange={(e) => setMainLeader(e.target.checked)} />}
        label="机关主要领导"
      />
      <FormHelperText error={Boolean(f.mainLeader)} sx={{ mt: -1 }}>
        {f.mainLeader ?? '仅领导账号可设；下一级党委主要负责人的谈话函询方案须由机关主要领导审批'}
      </FormHelperText>
      {user ? null : (
        <FormTextField
          label="初始密码"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          autoComplete="new-password"
          problem={f.password}
          hint={`${PASSWORD_RULE}。首次登录时须修改。`}
        />
      )}
    </FormDialog>
  );
}
