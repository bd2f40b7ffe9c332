// 销号: a leader closes an item after a passed check; the SHA-256 of every piece of evidence is
// recorded in the closing entry.
import { useState } from 'react';
import Typography from '@mui/material/Typography';
import { rectCloseInput, type RectDetail } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import type { ActionDialogProps } from './actionTypes.ts';

export function CloseDialog({ item, onDone, onClose }: ActionDialogProps) {
  const today = useToday();
  const [date, setDate] = useState(today);
  const [opinion, setOpinion] = useState('');
  const { busy, problem, setProblem, save } = useSave((d: RectDetail) => onDone(d, '已销号'));

  const submit = () => {
    const checked = validate(rectCloseInput, { id: item.id, version: item.version, date, opinion });
    if (!checked.ok) return setProblem(checked.problem);
    save(api.call('rect.close', checked.data));
  };

  const f = problem?.fields ?? {};
  return (
    <FormDialog open title="销号" submitLabel="确认销号" busy={busy} error={problem?.message} dirty={opinion !== ''} onSubmit={submit} onClose={onClose}>
      <Typography variant="body2">
        整改时限 {item.deadline}；佐证材料 {item.files.length} 份，其校验值将记入销号记录。
      </Typography>
      <DateInput label="销号日期" value={date} onChange={setDate} problem={f.date} max={today} required width={220} />
      <FormTextField label="销号意见" value={opinion} onChange={(e) => setOpinion(e.target.value)} multiline minRows={2} autoFocus problem={f.opinion} maxChars={1000} />
    </FormDialog>
  );
}
