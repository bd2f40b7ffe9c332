// 验收: a 监督检查室 member other than the one who recorded the 申请验收 checks the completion —
// 通过 (a leader may then 销号) or 退回整改 with the reasons (the item goes back to 整改中).
import { useState } from 'react';
import { rectVerifyInput, type RectDetail } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import type { ActionDialogProps } from './actionTypes.ts';
import { DecisionField } from './DecisionField.tsx';

export function VerifyDialog({ item, onDone, onClose }: ActionDialogProps) {
  const today = useToday();
  const [date, setDate] = useState(today);
  const [passed, setPassed] = useState<boolean | null>(null);
  const [opinion, setOpinion] = useState('');
  const { busy, problem, setProblem, save } = useSave((d: RectDetail) => onDone(d, passed ? '验收通过，待领导销号' : '已退回整改'));

  const submit = () => {
    const checked = validate(rectVerifyInput, { id: item.id, version: item.version, date, passed: passed ?? undefined, opinion });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('rect.verify', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="验收" submitLabel="提交验收结论" busy={busy} error={problem?.message} dirty={opinion !== '' || passed !== null} onSubmit={submit} onClose={onClose}>
      <DateInput label="验收日期" value={date} onChange={setDate} problem={f.date} max={today} required width={220} />
      <DecisionField label="验收结论" yes="通过" no="退回整改" value={passed} onChange={setPassed} problem={f.passed} />
      <FormTextField
        label="验收意见"
        value={opinion}
        onChange={(e) => setOpinion(e.target.value)}
        required
        multiline
        minRows={3}
        problem={f.opinion}
        hint={passed === false ? '请写明退回整改的理由和要求' : undefined}
        maxChars={2000}
      />
    </FormDialog>
  );
}
