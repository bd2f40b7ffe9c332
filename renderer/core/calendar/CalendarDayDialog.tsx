// 设置日期: mark one date as 休 (a statutory holiday, off work) or 班 (a weekend day worked in
// exchange), with the holiday's name.
import { useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { CALENDAR_KINDS, calendarSetInput, type CalendarDay, type CalendarKind } from '../../../shared/core/calendar.ts';
import { api } from '../../api/client.ts';
import { FormDialog } from '../../kit/forms/FormDialog.tsx';
import { FormTextField } from '../../kit/forms/FormTextField.tsx';
import { useSave } from '../../kit/forms/useSave.ts';
import { validate } from '../../kit/forms/validate.ts';
import { isWeekend } from './calendarDates.ts';

export const KIND_LABELS: Record<CalendarKind, string> = { 休: '休（放假）', 班: '班（调休上班）' };

interface Props {
  /** The date's current entry, or the date picked on the grid, or nothing for a new entry. */
  initial: { date: string; day: CalendarDay | null };
  /** The years the page offers; a date outside them could not be seen after saving. */
  years: { from: number; to: number };
  onClose(): void;
  onSaved(date: string): void;
}

function isKind(value: string): value is CalendarKind {
  return (CALENDAR_KINDS as readonly string[]).includes(value);
}

export function CalendarDayDialog({ initial, years, onClose, onSaved }: Props) {
  const existing = initial.day;
  const [date, setDate] = useState(initial.date);
  const [kind, setKind] = useState<CalendarKind | ''>(existing?.kind ?? (initial.date ? (isWeekend(initial.date) ? '班' : '休') : ''));
  const [name, setName] = useState(existing?.name ?? '');
  const { busy, problem, setProblem, save } = useSave<CalendarDay[]>(() => onSaved(date));

  const submit = () => {
    const checked = validate(calendarSetInput, { date, kind: kind || undefined, name });
    if (!checked.ok) return setProblem(checked.problem);
    if (!checked.data.name) {
      return setProblem({ message: '请填写名称，如 春节、国庆节调休上班。', fields: { name: '请填写名称' } });
    }
    const year = Number(checked.data.date.slice(0, 4));
    if (year < years.from || year > years.to) {
      const message = `请选择${years.from}年至${years.to}年之间的日期`;
      return setProblem({ message, fields: { date: message } });
    }
    save(api.call('calendar.set', checked.data));
  };

  return (
    <FormDialog
      open
      title={existing ? `修改 ${existing.date}` : '设置日期'}
      busy={busy}
      error={problem?.message}
      maxWidth="xs"
      onSubmit={submit}
      onClose={onClose}
    >
      <FormTextField
        label="日期"
        type="date"
        required
        value={date}
        onChange={(e) => setDate(e.target.value)}
        disabled={existing !== null}
        problem={problem?.fields.date}
        hint={existing ? '要改到其他日期，请先恢复本日，再设置新的日期' : undefined}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: `${years.from}-01-01`, max: `${years.to}-12-31` } }}
        autoFocus={!initial.date}
      />
      <TextField
        select
        required
        label="类型"
        value={kind}
        onChange={(e) => isKind(e.target.value) && setKind(e.target.value)}
        error={Boolean(problem?.fields.kind)}
        helperText={problem?.fields.kind ?? '休：法定节假日放假；班：周末调休上班'}
        autoFocus={Boolean(initial.date)}
        fullWidth
      >
        {CALENDAR_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {KIND_LABELS[k]}
          </MenuItem>
        ))}
      </TextField>
      <FormTextField
        label="名称"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        problem={problem?.fields.name}
        hint="如 元旦、春节；调休上班日写“春节调休上班”（20字以内）"
      />
    </FormDialog>
  );
}
