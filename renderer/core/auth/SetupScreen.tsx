// 首次设置: creates the system administrator (and, if asked, loads the demonstration data).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { PASSWORD_RULE, setupAdminInput, type LoginResult } from '../../../shared/core/auth.ts';
import { api } from '../../api/client.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

export function SetupScreen({ onDone }: { onDone(result: LoginResult): void }) {
  const [username, setUsername] = useState('admin');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [loadDemo, setLoadDemo] = useState(false);
  const { busy, problem, setProblem, save } = useSave(onDone);

  const submit = () => {
    if (busy) return;
    const checked = validate(setupAdminInput, { username, displayName, password, loadDemo });
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    if (password !== confirm) {
      setProblem({ message: '两次输入的密码不一致，请重新输入。', fields: { confirm: '两次输入的密码不一致' } });
      return;
    }
    save(api.call('auth.setupAdmin', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <AuthLayout heading="首次设置" intro="欢迎使用廉情。请先创建系统管理员账号，之后用它登录并为其他同事开设账号。" onSubmit={submit}>
      <ErrorAlert error={problem ? problem.message : null} sx={{}} />
      <FormTextField
        label="用户名"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        autoFocus
        autoComplete="username"
        problem={f.username}
        hint="3到32位字母、数字、下划线、点或连字符"
      />
      <FormTextField
        label="姓名"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        problem={f.displayName}
      />
      <FormTextField
        label="密码"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="new-password"
        problem={f.password}
        hint={PASSWORD_RULE}
      />
      <FormTextField
        label="确认密码"
        type="password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        autoComplete="new-password"
        problem={f.confirm}
      />
      <FormControlLabel
        control={<Checkbox checked={loadDemo} onChange={(e) => setLoadDemo(e.target.checked)} />}
        label="载入演示数据（约200个单位、2000名人员、一年的信访件和演示账号）"
      />
      <Button type="submit" variant="contained" size="large" disabled={busy} fullWidth>
        {busy ? (loadDemo ? '正在创建并载入演示数据…' : '正在创建…') : '创建管理员并进入系统'}
      </Button>
    </AuthLayout>
  );
}
