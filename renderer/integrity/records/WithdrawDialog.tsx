// 作废 a finding or a bonus: the reason is required; the record stays, struck through with it, and
// no longer counts.
import { useState } from 'react';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';

interface Props {
  what: string;
  run(reason: string): Promise<unknown>;
  onDone(): void;
  onClose(): void;
}

export function WithdrawDialog({ what, run, onDone, onClose }: Props) {
  const [reason, setReason] = useState('');
  const { busy, problem, save } = useSave(onDone);
  return (
    <FormDialog open title="作废" submitLabel="作废" busy={busy} error={problem?.message} dirty={reason !== ''} onClose={onClose} onSubmit={() => save(run(reason))}>
      <DialogContentText>作废“{what}”后不再计分；记录仍保留，并显示作废理由。</DialogContentText>
      <TextField
        label="作废理由"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        autoFocus
        multiline
        minRows={2}
        error={Boolean(problem?.fields['reason'])}
        helperText={problem?.fields['reason']}
      />
    </FormDialog>
  );
}
