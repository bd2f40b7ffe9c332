// 修改密码 from the title bar, at any time.
import { useState } from 'react';
import Snackbar from '@mui/material/Snackbar';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useChangePassword } from './ChangePasswordForm.tsx';

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const [done, setDone] = useState(false);
  return (
    <>
      {open ? (
        <Inner
          onClose={onClose}
          onDone={() => {
            setDone(true);
            onClose();
          }}
        />
      ) : null}
      <Snackbar open={done} autoHideDuration={4000} onClose={() => setDone(false)} message="密码已修改，下次登录请使用新密码。" />
    </>
  );
}

function Inner({ onClose, onDone }: { onClose(): void; onDone(): void }) {
  const form = useChangePassword(onDone);
  return (
    <FormDialog open title="修改密码" submitLabel="修改密码" busy={form.busy} error={form.problem?.message} maxWidth="xs" onSubmit={form.submit} onClose={onClose}>
      {form.fields}
    </FormDialog>
  );
}
