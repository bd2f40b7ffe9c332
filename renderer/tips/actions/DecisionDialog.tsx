// A leader's decision on a request (拟办审批, 延期审批): what is asked, the 审批意见, and two
// answers. Refusing needs a reason, which the service checks as well.
import { useState, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { TipDetail } from '../../../shared/tips/ledger.ts';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import type { FormProblem } from '../../kit/forms/validate.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

interface Props {
  title: string;
  /** What is being decided, shown above the opinion. */
  children: ReactNode;
  approveLabel: string;
  refuseLabel: string;
  decide(approved: boolean, note: string): Promise<TipDetail> | FormProblem;
  onDone(tip: TipDetail, approved: boolean): void;
  onClose(): void;
}

export function DecisionDialog({ title, children, approveLabel, refuseLabel, decide, onDone, onClose }: Props) {
  const [note, setNote] = useState('');
  const { busy, problem, setProblem, save } = useSave((r: { tip: TipDetail; approved: boolean }) => onDone(r.tip, r.approved));

  const answer = (yes: boolean) => {
    const result = decide(yes, note);
    if ('then' in result) save(result.then((tip) => ({ tip, approved: yes })));
    else setProblem(result);
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="decision-title">
      <DialogTitle id="decision-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <ErrorAlert error={problem ? problem.message : null} sx={{}} />
          {children}
          <FormTextField
            label="审批意见"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={3}
            autoFocus
            problem={problem?.fields.note}
            hint={`选择“${refuseLabel}”时须填写理由`}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          取消
        </Button>
        <Button color="error" variant="outlined" onClick={() => answer(false)} disabled={busy}>
          {refuseLabel}
        </Button>
        <Button variant="contained" onClick={() => answer(true)} disabled={busy}>
          {approveLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
