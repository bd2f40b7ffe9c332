// 依谈话函询结果办结: the tip's 办理结果 from those its talks and letters allow, 办结日期 and 办理情况;
// each person's 处理 comes from their talk or letter.
import { useState } from 'react';
import Typography from '@mui/material/Typography';
import { concludeTipInput, type TipInterviewPlan } from '../../../shared/interviews/index.ts';
import type { TipDetail, TipResult } from '../../../shared/tips/index.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';

interface Props {
  view: TipInterviewPlan;
  onDone(tip: TipDetail): void;
  onClose(): void;
}

export function ConcludeTipDialog({ view, onDone, onClose }: Props) {
  const today = useToday();
  const allowed = view.conclusion.allowed;
  const [result, setResult] = useState<TipResult | ''>(allowed.length === 1 ? (allowed[0] as TipResult) : '');
  const [date, setDate] = useState(today);
  const [conclusion, setConclusion] = useState('');
  const { busy, problem, setProblem, save } = useSave(onDone);

  const submit = () => {
    const checked = validate(concludeTipInput, { tipId: view.tipId, version: view.tipVersion, result, concludedDate: date, conclusion });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('interviews.concludeTip', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="依谈话函询结果办结" submitLabel="办结" busy={busy} error={problem?.message} dirty={conclusion !== ''} onSubmit={submit} onClose={onClose}>
      <Typography variant="body2">
        {view.interviews.map((i) => `${i.number} ${i.personName}：${i.outcome ?? '未办结'}`).join('；')}。各被反映人的处理依其谈话或函询结果。
      </Typography>
      <ChoiceField label="办理结果" value={result} choices={allowed} onChange={setResult} error={f.result} />
      <DateInput label="办结日期" value={date} onChange={setDate} problem={f.concludedDate} max={today} required width={220} />
      <FormTextField label="办理情况" value={conclusion} onChange={(e) => setConclusion(e.target.value)} multiline minRows={3} required problem={f.conclusion} maxChars={5000} />
    </FormDialog>
  );
}
