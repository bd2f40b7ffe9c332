// The fields of 修改密码 and their submission, shared by the forced screen and the dialog.
import { useState, type ReactElement } from 'react';
import { changePasswordInput, PASSWORD_RULE } from '../../../shared/core/auth.ts';
import { api } from '../../api/client.ts';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate, type FormProblem } from '../../kit/forms/validate.ts';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';

export interface ChangePasswordState {
  fields: ReactElement;
  busy: boolean;
  problem: FormProblem | null;
  submit(): void;
}

export function useChangePassword(onDone: () => void): ChangePasswordState {
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { busy, problem, setProblem, save } = useSave<unknown>(onDone);

  const submit = () => {
    if (busy) return;
    const checked = validate(changePasswordInput, { oldPassword, newPassword });
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    if (newPassword !== confirm) {
      setProblem({ message: '两次输入的新密码不一致，请重新输入。', fields: { confirm: '两次输入的新密码不一致' } });
      return;
    }
    save(api.call('auth.changePassword', checked.data));
  };

  const f = problem?.fields ?? {};
  const fields = (
    <>
      <FormTextField
        label="原密码"
        type="password"
        value={oldPassword}
        onChange={(e) => setOldPassword(e.target.value)}
        autoFocus
        autoComplete="current-password"
        problem={f.oldPassword}
      />
      <FormTextField
        label="新密码"
        type="password"
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
        autoComplete="new-password"
        problem={f.newPassword}
        hint={PASSWORD_RULE}
      />
      <FormTextField
        label="确认新密码"
        type="password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        autoComplete="new-password"
        problem={f.confirm}
      />
    </>
  );
  return { fields, busy, problem, submit };
}
