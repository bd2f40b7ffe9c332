// 审批谈话函询方案 (a leader; a 机关主要领导 when the plan needs one): 审批意见, 同意 or 退回 (退回 needs the reason).
import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { planDecideInput, type TipInterviewPlan } from '../../../shared/interviews/index.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';

export function DecidePlan({ view, onDone }: { view: TipInterviewPlan; onDone(view: TipInterviewPlan, message: string): void }) {
  const [note, setNote] = useState('');
  const [approving, setApproving] = useState(true);
  const { busy, problem, setProblem, save } = useSave((v: TipInterviewPlan) => onDone(v, approving ? '方案已批准，已生成谈话函询' : '方案已退回'));
  const decide = (approved: boolean) => {
    setApproving(approved);
    const checked = validate(planDecideInput, { tipId: view.tipId, version: view.plan?.version ?? 0, approved, note });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('interviews.decidePlan', checked.data));
  };
  return (
    <Stack spacing={1.5} sx={{ mt: 1.5 }}>
      <ErrorAlert error={problem?.message} sx={{}} />
      <FormTextField label="审批意见" value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} problem={problem?.fields?.note} hint="退回时必填" maxChars={1000} />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={busy} onClick={() => decide(true)}>
          同意
        </Button>
        <Button variant="outlined" color="warning" disabled={busy} onClick={() => decide(false)}>
          退回
        </Button>
      </Stack>
    </Stack>
  );
}
