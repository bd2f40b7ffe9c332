// 登记核实结果 of one drawn 函询: 核实结果 (属实 / 不属实), 核实日期 (the office's today to start
// with) and 核实情况.
import { useState } from 'react';
import { SPOT_CHECK_RESULTS, spotCheckResultInput, type SpotCheckItemView, type SpotCheckResult, type SpotCheckBatchView } from '../../../shared/interviews/index.ts';
import { api } from '../../api/client.ts';
import { invalidateAfter } from '../../api/query.ts';
import { useToday } from '../../app/session.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';

interface Props {
  item: SpotCheckItemView;
  onDone(batch: SpotCheckBatchView): void;
  onClose(): void;
}

export function ResultDialog({ item, onDone, onClose }: Props) {
  const today = useToday();
  const [result, setResult] = useState<SpotCheckResult | ''>(item.result ?? '');
  const [date, setDate] = useState(item.resultDate ?? today);
  const [note, setNote] = useState(item.note ?? '');
  const { busy, problem, setProblem, save } = useSave((batch: SpotCheckBatchView) => {
    void invalidateAfter('interviews.recordSpotCheck');
    onDone(batch);
  });
  const submit = () => {
    const checked = validate(spotCheckResultInput, { itemId: item.id, result: result || undefined, date, note });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('interviews.recordSpotCheck', checked.data));
  };
  const f = problem?.fields ?? {};
  return (
    <FormDialog open title={`登记核实结果（${item.number} ${item.personName}）`} busy={busy} error={problem?.message} dirty={result !== (item.result ?? '') || note !== (item.note ?? '')} onSubmit={submit} onClose={onClose}>
      <ChoiceField label="核实结果" value={result} choices={SPOT_CHECK_RESULTS} onChange={setResult} error={f.result} autoFocus />
      <DateInput label="核实日期" value={date} onChange={setDate} problem={f.date} max={today} required />
      <FormTextField label="核实情况" value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={3} required problem={f.note} maxChars={2000} />
    </FormDialog>
  );
}
