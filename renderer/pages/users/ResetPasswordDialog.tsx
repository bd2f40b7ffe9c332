// 重置密码: the administrator sets a new password; the user must change it at next login.
import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { PASSWORD_RULE, userResetPasswordInput, type UserRow } from '../../../shared/schemas/auth.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../forms/FormDialog.tsx';
import { problemOf } from '../../forms/problem.ts';
import { validate, type FormProblem } from '../../forms/validate.ts';

export function ResetPasswordDialog({ user, onSaved, onClose }: { user: UserRow; onSaved(user: UserRow): void; onClose(): void }) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const submit = () => {
    const checked = validate(userResetPasswordInput, { id: user.id, password });
    if (!checked.ok) return setProblem(checked.problem);
    setBusy(true);
    setProblem(null);
    api
      .call('users.resetPassword', checked.data)
      .then((saved) => {
        setBusy(false);
        onSaved(saved);
      })
      .catch((e: unknown) => {
        setBusy(false);
        setProblem(problemOf(e));
      });
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
