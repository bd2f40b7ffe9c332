// 拟办: the disposal (one of the four ways), the handling room, the handler and the deadline,
// with the proposer's opinion; it then waits for a leader's 审批.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { DISPOSALS, HANDLING_DEPTS, type Disposal } from '../../../shared/tips/enums.ts';
import { tipProposeInput } from '../../../shared/tips/steps.ts';
import { type TipDetail } from '../../../shared/tips/ledger.ts';
import { TIP_HANDLERS } from '../../../shared/core/index.ts';
import { api } from '../../api/client.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { handlingDueProblems } from '../../../shared/tips/dayRules.ts';
import { validate } from '../../kit/forms/validate.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { useUserOptions } from '../common/useUserOptions.ts';
import type { ActionDialogProps } from './actionTypes.ts';
import { useToday } from '../../app/session.ts';

export function ProposeDialog({ tip, onDone, onClose }: ActionDialogProps) {
  const [disposal, setDisposal] = useState<Disposal | ''>(tip.disposal ?? '');
  const [dept, setDept] = useState(tip.handlingDept);
  const [handler, setHandler] = useState(tip.handlerUserId ? String(tip.handlerUserId) : '');
  const [due, setDue] = useState(tip.handlingDueOriginal ?? '');
  // The 承办时限 follows the 处置方式 (as the settings propose) until the person sets it.
  const [dueTouched, setDueTouched] = useState(tip.handlingDueOriginal !== null);
  // After a 退回 the dialog starts from the returned proposal, its opinion included.
  const [note, setNote] = useState(tip.returned?.proposalNote ?? '');
  const chooseDisposal = (d: Disposal | '') => {
    setDisposal(d);
    if (!dueTouched && d && tip.proposedDue) setDue(tip.proposedDue[d]);
  };
  const typeDue = (value: string) => {
    setDue(value);
    setDueTouched(true);
  };
  const today = useToday();
  const { users, error: usersError } = useUserOptions();
  const { busy, problem, setProblem, save } = useSave((d: TipDetail) => onDone(d, '已拟办，等待领导审批'));

  const submit = () => {
    const checked = validate(tipProposeInput, {
      id: tip.id,
      version: tip.version,
      disposal: disposal || undefined,
      handlingDept: dept,
      handlerUserId: handler ? Number(handler) : undefined,
      handlingDue: due,
      note,
    }, handlingDueProblems(due, today));
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('tips.propose', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="拟办" submitLabel="提交审批" busy={busy} error={problem?.message ?? usersError} onSubmit={submit} onClose={onClose}>
      {tip.returned ? (
        <Alert severity="warning">
          已被退回：{tip.returned.reason}（{tip.returned.returnedBy}）。以下为退回前的拟办，可修改后重新提交。
        </Alert>
      ) : null}
      <ChoiceField label="处置方式" value={disposal} choices={DISPOSALS} onChange={chooseDisposal} error={f.disposal} autoFocus />
      <Autocomplete<string, false, false, true>
        freeSolo
        options={HANDLING_DEPTS}
        inputValue={dept}
        onInputChange={(_, v) => setDept(v)}
        renderInput={(params) => (
          <TextField {...params} label="承办部门" required error={Boolean(f.handlingDept)} helperText={f.handlingDept ?? '可从列表选择，也可直接填写'} />
        )}
      />
      <FormTextField select required label="承办人" value={handler} onChange={(e) => setHandler(e.target.value)} problem={f.handlerUserId}>
        {users.filter((u) => (TIP_HANDLERS as readonly string[]).includes(u.role)).map((u) => (
          <MenuItem key={u.id} value={String(u.id)}>
            {u.displayName}（{u.role}）
          </MenuItem>
        ))}
      </FormTextField>
      <DateInput
        label="承办时限"
        value={due}
        onChange={typeDue}
        problem={f.handlingDue}
        hint={disposal && tip.proposedDue && due === tip.proposedDue[disposal] ? `按${disposal}的承办时限建议，可修改` : undefined}
        min={today}
        required
      />
      <FormTextField label="拟办意见" value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={3} problem={f.note} />
    </FormDialog>
  );
}
