// 反馈: how and when the named reporter was told the outcome, and what was said.
import { useState } from 'react';
import { FEEDBACK_WAYS, type FeedbackWay } from '../../../shared/tips/enums.ts';
import { tipFeedbackInput } from '../../../shared/tips/steps.ts';
import { type TipDetail } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { feedbackDayProblems } from '../../../shared/tips/dayRules.ts';
import { validate } from '../../kit/forms/validate.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import type { ActionDialogProps } from './actionTypes.ts';
import { useToday } from '../../app/session.ts';

export function FeedbackDialog({ tip, onDone, onClose }: ActionDialogProps) {
  const today = useToday();
  const [date, setDate] = useState(today);
  const [way, setWay] = useState<FeedbackWay | ''>('');
  const [content, setContent] = useState('');
  const { busy, problem, setProblem, save } = useSave((d: TipDetail) => onDone(d, '已记录反馈'));

  const submit = () => {
    const checked = validate(tipFeedbackInput, { id: tip.id, version: tip.version, date, way: way || undefined, content }, feedbackDayProblems(date, tip.concludedDate, today));
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('tips.feedback', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="反馈" submitLabel="保存反馈" busy={busy} error={problem?.message} onSubmit={submit} onClose={onClose}>
      <DateInput label="反馈日期" value={date} onChange={setDate} problem={f.date} max={today} required autoFocus />
      <ChoiceField label="反馈方式" value={way} choices={FEEDBACK_WAYS} onChange={setWay} error={f.way} />
      <FormTextField label="反馈内容" value={content} onChange={(e) => setContent(e.target.value)} required multiline minRows={4} problem={f.content} />
    </FormDialog>
  );
}
