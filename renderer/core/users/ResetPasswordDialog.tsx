// 重置密码: the administrator sets a new password; the user must change it at next login.
import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { PASSWORD_RULE, userResetPasswordInput, type UserRow } from '../../../shared/core/auth.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';

export function ResetPasswordDialog({ user, onSaved, onClose }: { user: UserRow; onSaved(user: UserRow): void; onClose(): void }) {
  const [password, setPassword] = useState('');
  const { busy, problem, setProblem, save } = useSave(onSaved);

  const submit = () => {
    const checked = validate(userResetPasswordInput, { id: user.id, password });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('users.resetPassword', checked.data));
  };

  return (
    <FormDialog open title="重置密码" submitLabel="重置密码" busy={busy} error={problem?.message} maxWidth="xs" onSubmit={submit} onClose={onClose}>
      <Typography variant="body2">
        为“{user.displayName}”（{user.username}）设置新密码。该用户已登录的会话将失效，下次登录时须修改密码。
      </Typography>
      <TextField
        label="新密码"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        autoFocus
        autoComplete="new-password"
        error={Boolean(problem?.fields.password)}
        helperText={problem?.fields.password ?? PASSWORD_RULE}
        fullWidth
      />
    </FormDialog>
  );
}
