// 修改密码 before anything else, when the account was created or reset by the administrator.
import Button from '@mui/material/Button';
import { useSession } from '../../app/session.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { useChangePassword } from './ChangePasswordForm.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

export function ChangePasswordScreen({ onDone }: { onDone(): void }) {
  const { user, signOut } = useSession();
  const form = useChangePassword(onDone);
  return (
    <AuthLayout
      heading="修改密码"
      intro={`${user.displayName}，您的密码由系统管理员设置，请先修改为只有您知道的新密码，然后继续使用。`}
      onSubmit={form.submit}
    >
      <ErrorAlert error={form.problem ? form.problem.message : null} sx={{}} />
      {form.fields}
      <Button type="submit" variant="contained" size="large" disabled={form.busy} fullWidth>
        修改密码并继续
      </Button>
      <Button onClick={() => signOut()} fullWidth>
        退出登录
      </Button>
    </AuthLayout>
  );
}
