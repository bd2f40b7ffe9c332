// 重新启用 (领导): an archived tip is closed; to change anything on it a leader returns it to 待归档,
// saying why. The reason stays in the tip's history and the audit trail.
import { useState } from 'react';
import Typography from '@mui/material/Typography';
import { tipReopenInput } from '../../../shared/tips/steps.ts';
import { type TipDetail } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import type { ActionDialogProps } from './actionTypes.ts';

export function ReopenDialog({ tip, onDone, onClose }: ActionDialogProps) {
  const [reason, setReason] = useState('');
  const { busy, problem, setProblem, save } = useSave((d: TipDetail) => onDone(d, '已重新启用，本件回到待归档'));

  const submit = () => {
    const checked = validate(tipReopenInput, { id: tip.id, version: tip.version, reason });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('tips.reopen', checked.data));
  };

  return (
    <FormDialog open title="重新启用" submitLabel="重新启用" busy={busy} error={problem?.message} onSubmit={submit} onClose={onClose} dirty={reason !== ''}>
      <Typography variant="body2">{tip.number} 已归档。重新启用后本件回到“待归档”，可补充附件或更正关联，之后须重新归档。理由将记入办理过程和审计日志。</Typography>
      <FormTextField label="重新启用理由" value={reason} onChange={(e) => setReason(e.target.value)} multiline minRows={2} problem={problem?.fields.reason} autoFocus required />
    </FormDialog>
  );
}
