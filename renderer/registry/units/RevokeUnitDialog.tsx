// 撤销单位 with its 撤销日期 (today unless changed; not before 设立日期): the index no longer scores the
// unit from the quarter after that day. Restoring (恢复) clears the date and is asked in ConfirmDialog.
import { useState } from 'react';
import DialogContentText from '@mui/material/DialogContentText';
import type { UnitRow } from '../../../shared/registry/units.ts';
import { api } from '../../api/client.ts';
import { useToday } from '../../app/session.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { useSave } from '../../kit/forms/useSave.ts';

interface Props {
  unit: UnitRow;
  onDone(unit: UnitRow): void;
  onClose(): void;
}

export function RevokeUnitDialog({ unit, onDone, onClose }: Props) {
  const today = useToday();
  const [date, setDate] = useState(today);
  const { busy, problem, save } = useSave(onDone);
  return (
    <FormDialog
      open
      title="撤销单位"
      submitLabel="撤销单位"
      busy={busy}
      error={problem?.message}
      onClose={onClose}
      onSubmit={() => save(api.call('units.setStatus', { id: unit.id, status: '已撤销', version: unit.version, revokedDate: date }))}
    >
      <DialogContentText>
        确定撤销“{unit.name}”吗？撤销后该单位不再出现在选择列表中，记录仍保留，可随时恢复。
      </DialogContentText>
      <DateInput
        label="撤销日期"
        value={date}
        onChange={setDate}
        required
        autoFocus
        min={unit.establishedDate}
        max={today}
        problem={problem?.fields['revokedDate']}
        hint={`不早于设立日期（${unit.establishedDate}），不晚于今天。`}
      />
    </FormDialog>
  );
}
