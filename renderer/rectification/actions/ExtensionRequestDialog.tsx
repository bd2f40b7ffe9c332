// 申请延期: the later 整改时限 asked and the reason; a leader decides (both dates stay on record).
import { useState } from 'react';
import Typography from '@mui/material/Typography';
import { rectExtensionRequestInput, type RectDetail } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { deadlineText } from '../common/RectChips.tsx';
import type { ActionDialogProps } from './actionTypes.ts';

export function ExtensionRequestDialog({ item, onDone, onClose }: ActionDialogProps) {
  const [newDeadline, setNewDeadline] = useState('');
  const [reason, setReason] = useState('');
  const { busy, problem, setProblem, save } = useSave((d: RectDetail) => onDone(d, '已提交延期申请，等待领导审批'));

  const submit = () => {
    const checked = validate(rectExtensionRequestInput, { id: item.id, version: item.version, newDeadline, reason });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('rect.requestExtension', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="申请延期" submitLabel="提交申请" busy={busy} error={problem?.message} dirty={reason !== '' || newDeadline !== ''} onSubmit={submit} onClose={onClose}>
      <Typography variant="body2">
        当前整改时限：<b>{deadlineText(item.deadline, item.deadlineOriginal)}</b>
      </Typography>
      <DateInput label="延期后的整改时限" value={newDeadline} onChange={setNewDeadline} problem={f.newDeadline} min={item.deadline} required autoFocus width={220} />
      <FormTextField label="延期理由" value={reason} onChange={(e) => setReason(e.target.value)} required multiline minRows={3} problem={f.reason} maxChars={1000} />
    </FormDialog>
  );
}
