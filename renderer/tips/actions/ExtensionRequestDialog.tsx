// 申请延期: a later deadline and the reason; a leader decides. Both dates stay on record.
import { useState } from 'react';
import Typography from '@mui/material/Typography';
import { extensionRequestInput } from '../../../shared/tips/steps.ts';
import { type TipDetail } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import type { ActionDialogProps } from './actionTypes.ts';

export function ExtensionRequestDialog({ tip, onDone, onClose }: ActionDialogProps) {
  const [newDue, setNewDue] = useState('');
  const [reason, setReason] = useState('');
  const { busy, problem, setProblem, save } = useSave((d: TipDetail) => onDone(d, '已提交延期申请，等待领导审批'));

  const submit = () => {
    const checked = validate(extensionRequestInput, { id: tip.id, version: tip.version, newDue, reason });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('tips.requestExtension', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="申请延期" submitLabel="提交申请" busy={busy} error={problem?.message} onSubmit={submit} onClose={onClose}>
      <Typography variant="body2">
        当前承办时限：<b>{tip.dueDate ?? '—'}</b>
        {tip.handlingDueOriginal && tip.handlingDueOriginal !== tip.dueDate ? `（原定 ${tip.handlingDueOriginal}）` : ''}
      </Typography>
      <DateInput label="延期至" value={newDue} onChange={setNewDue} problem={f.newDue} min={tip.dueDate ?? undefined} required autoFocus />
      <FormTextField label="延期理由" value={reason} onChange={(e) => setReason(e.target.value)} required multiline minRows={3} problem={f.reason} />
    </FormDialog>
  );
}
