// The idle lock: a screen over the whole window (the page and any open dialog stay as they are
// underneath, hidden and out of reach) that keeps the user's name; the password signs the same
// person in again and brings them back to where they were, drafts included. 退出登录 instead
// discards what was not saved, after asking.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import LockOutlined from '@mui/icons-material/LockOutlined';
import type { LoginResult, SessionUser } from '../../../shared/core/auth.ts';
import { api } from '../../api/client.ts';
import { TITLE_BAR_RED } from '../../app/theme.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

interface Props {
  open: boolean;
  user: SessionUser;
  /** Why the window locked (the idle minutes), shown above the password. */
  reason: string;
  onUnlocked(result: LoginResult): void;
  onSignOut(): void;
}

export function LockScreen({ open, user, reason, onUnlocked, onSignOut }: Props) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!password) return setError('请填写密码');
    setBusy(true);
    setError(null);
    api
      .call('auth.login', { username: user.username, password })
      .then((result) => {
        setPassword('');
        setBusy(false);
        onUnlocked(result);
      })
      .catch((e: unknown) => {
        setError(messageOf(e));
        setPassword('');
        setBusy(false);
      });
  };

  return (
    <Dialog
      open={open}
      fullScreen
      aria-labelledby="lock-title"
      slotProps={{ paper: { sx: { bgcolor: 'background.default', display: 'flex', alignItems: 'center', justifyContent: 'center' } } }}
    >
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 420, p: 4, borderTop: `4px solid ${TITLE_BAR_RED}` }}>
        <Box component="form" onSubmit={submit} noValidate>
          <Stack spacing={2}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <LockOutlined />
              <Typography id="lock-title" variant="h6" component="h1">
                已锁定
              </Typography>
            </Stack>
            <Alert severity="warning">{reason}</Alert>
            <TextField label="用户" value={`${user.displayName}（${user.username}）`} slotProps={{ htmlInput: { readOnly: true } }} fullWidth />
            <ErrorAlert error={error} sx={{}} />
            <TextField
              label="密码"
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              autoFocus
              fullWidth
            />
            <Button type="submit" variant="contained" size="large" disabled={busy} fullWidth>
              {busy ? '正在解锁…' : '解锁'}
            </Button>
            {leaving ? (
              <Alert
                severity="info"
                action={
                  <Button color="inherit" size="small" onClick={onSignOut}>
                    确定退出
                  </Button>
                }
              >
                退出登录将放弃尚未保存的内容。
              </Alert>
            ) : (
              <Button onClick={() => setLeaving(true)}>退出登录</Button>
            )}
          </Stack>
        </Box>
      </Paper>
    </Dialog>
  );
}
