// 归档: closes the file on the tip; an optional note says what was filed.
import { useState } from 'react';
import Typography from '@mui/material/Typography';
import { tipArchiveInput } from '../../../shared/tips/steps.ts';
import { type TipDetail } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import type { ActionDialogProps } from './actionTypes.ts';

export function ArchiveDialog({ tip, onDone, onClose }: ActionDialogProps) {
  const [note, setNote] = useState('');
  const { busy, problem, setProblem, save } = useSave((d: TipDetail) => onDone(d, '已归档'));

  const submit = () => {
    const checked = validate(tipArchiveInput, { id: tip.id, version: tip.version, note });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('tips.archive', checked.data));
  };

  return (
    <FormDialog open title="归档" submitLabel="归档" busy={busy} error={problem?.message} onSubmit={submit} onClose={onClose}>
      <Typography variant="body2">归档后本件办理结束，不能再修改。</Typography>
      <FormTextField label="归档说明" value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} problem={problem?.fields.note} autoFocus />
    </FormDialog>
  );
}
