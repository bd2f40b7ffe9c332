// The form pieces every step dialog of a talk's or letter's page shares: a date, a choice and a
// checkbox bound to react-hook-form, the 情节 and 违纪行为发生时间 of an outcome that is a
// discipline event, and what each dialog receives.
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { CIRCUMSTANCES } from '../../../shared/tips/index.ts';
import type { InterviewDetail } from '../../../shared/interviews/index.ts';
import { ChoiceField } from '../../kit/ChoiceField.tsx';
import { DateInput } from '../../kit/DateInput.tsx';

export interface StepDialogProps {
  item: InterviewDetail;
  onDone(item: InterviewDetail, message: string): void;
  onClose(): void;
}

interface Bound<D extends FieldValues> {
  control: Control<D, unknown, unknown>;
  name: Path<D>;
  label: string;
  problem?: string | undefined;
}

export function DateControl<D extends FieldValues>({ control, name, label, problem, required, max, min, hint }: Bound<D> & { required?: boolean; max?: string; min?: string; hint?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateInput label={label} value={String(field.value ?? '')} onChange={field.onChange} problem={problem} required={required} max={max} min={min} hint={hint} width={220} />
      )}
    />
  );
}

export function ChoiceControl<D extends FieldValues, T extends string>({ control, name, label, problem, choices }: Bound<D> & { choices: readonly T[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <ChoiceField<T> label={label} value={(field.value ?? '') as T | ''} choices={choices} onChange={field.onChange} error={problem} />}
    />
  );
}

export function CheckControl<D extends FieldValues>({ control, name, label, problem }: Bound<D>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControl error={Boolean(problem)}>
          <FormControlLabel control={<Checkbox checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />} label={label} />
          {problem ? <FormHelperText>{problem}</FormHelperText> : null}
        </FormControl>
      )}
    />
  );
}

/** 情节 and 违纪行为发生时间 of an outcome that becomes a discipline event (提醒, 批评教育, 诫勉). */
export function EventControls<D extends FieldValues>({ control, f, today }: { control: Control<D, unknown, unknown>; f: Record<string, string>; today: string }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '160px 220px', gap: 1.5, alignItems: 'start' }}>
      <ChoiceControl control={control} name={'circumstance' as Path<D>} label="情节" choices={CIRCUMSTANCES} problem={f.circumstance} />
      <DateControl control={control} name={'conductDate' as Path<D>} label="违纪行为发生时间" problem={f.conductDate} max={today} />
    </Box>
  );
}
