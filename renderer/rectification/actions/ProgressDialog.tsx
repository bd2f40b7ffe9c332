// 记录进展: what the unit reported it did, as of a date, and how far (percent). The first entry
// moves 未启动 to 整改中.
import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { rectProgressInput, type RectDetail } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import type { ActionDialogProps } from './actionTypes.ts';

export function ProgressDialog({ item, onDone, onClose }: ActionDialogProps) {
  const today = useToday();
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [percent, setPercent] = useState(String(item.percent));
  const { busy, problem, setProblem, save } = useSave((d: RectDetail) => onDone(d, '已记录整改进展'));

  const submit = () => {
    const n = percent.trim() === '' ? undefined : Number(percent);
    const checked = validate(rectProgressInput, { id: item.id, version: item.version, date, text, percent: n });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('rect.progress', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="记录进展" busy={busy} error={problem?.message} dirty={text !== ''} onSubmit={submit} onClose={onClose}>
      <DateInput label="进展日期" value={date} onChange={setDate} problem={f.date} max={today} required width={220} />
      <FormTextField label="整改进展" value={text} onChange={(e) => setText(e.target.value)} required multiline minRows={3} autoFocus problem={f.text} maxChars={2000} />
      <TextField
        label="完成比例（%）"
        value={percent}
        onChange={(e) => setPercent(e.target.value)}
        required
        type="number"
        error={Boolean(f.percent)}
        helperText={f.percent ?? '0到100的整数'}
        slotProps={{ htmlInput: { min: 0, max: 100, step: 5 } }}
        sx={{ width: 220 }}
      />
    </FormDialog>
  );
}
