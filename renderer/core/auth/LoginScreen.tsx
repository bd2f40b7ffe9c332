// 登录: the service's message is shown as it comes (wrong password, tries left, locked).
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { LoginResult } from '../../../shared/core/auth.ts';
import { api } from '../../api/client.ts';
import { problemOf } from '../../kit/forms/problem.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

interface Props {
  notice: string | null;
  onDone(result: LoginResult): void;
}

export function LoginScreen({ notice, onDone }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (busy) return;
    if (!username.trim() || !password) {
      setError(!username.trim() ? '请填写用户名' : '请填写密码');
      return;
    }
    setBusy(true);
    setError(null);
    api
      .call('auth.login', { username, password })
      .then(onDone)
      .catch((e: unknown) => {
        setError(problemOf(e).message);
        setPassword('');
        setBusy(false);
      });
  };

  return (
    <AuthLayout heading="登录" onSubmit={submit}>
      {notice && !error ? <Alert severity="warning">{notice}</Alert> : null}
      <ErrorAlert error={error} sx={{}} />
      <TextField label="用户名" value={username} onChange={(e) => setUsername(e.target.value)} autoFocus autoComplete="username" fullWidth />
      <TextField
        label="密码"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        fullWidth
      />
      <Button type="submit" variant="contained" size="large" disabled={busy} fullWidth>
        {busy ? '正在登录…' : '登录'}
      </Button>
    </AuthLayout>
  );
}
