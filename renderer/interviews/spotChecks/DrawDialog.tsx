// 抽取: the 函询 concluded as 了结 with 办结日期 in the period chosen form the population; the share
// (percent; the setting's when left empty) of them is drawn by the service with a seed it makes
// now and records.
import { useState } from 'react';
import { spotCheckDrawInput, type SpotCheckBatchView } from '../../../shared/interviews/index.ts';
import { api } from '../../api/client.ts';
import { invalidateAfter } from '../../api/query.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';

interface Props {
  onDrawn(batch: SpotCheckBatchView): void;
  onClose(): void;
}

export function DrawDialog({ onDrawn, onClose }: Props) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [share, setShare] = useState('');
  const { busy, problem, setProblem, save } = useSave((batch: SpotCheckBatchView) => {
    void invalidateAfter('interviews.drawSpotCheck');
    onDrawn(batch);
  });
  const submit = () => {
    const percent = share.trim() === '' ? undefined : Number(share.trim());
    const checked = validate(spotCheckDrawInput, { from, to, sharePercent: percent });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('interviews.drawSpotCheck', checked.data));
  };
  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="抽取函询抽查" submitLabel="抽取" busy={busy} error={problem?.message} dirty={from !== '' || to !== '' || share !== ''} onSubmit={submit} onClose={onClose} maxWidth="xs">
      <DateInput label="办结日期起" value={from} onChange={setFrom} problem={f.from} required autoFocus />
      <DateInput label="办结日期止" value={to} onChange={setTo} problem={f.to} required />
      <FormTextField label="抽查比例（%）" value={share} onChange={(e) => setShare(e.target.value)} problem={f.sharePercent}
        hint="1到100的整数；不填按系统设置的比例" slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
    </FormDialog>
  );
}
