// A labelled date field written 2026-11-21: type the digits (year, month, day) or pick from the
// calendar. The value is YYYY-MM-DD, '' when empty, or '无效日期' while what is typed is not a
// date (the schema then names the field).
import { useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { isIsoDate } from '../../shared/kernel/dates.ts';

export const INVALID_DATE = '无效日期';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  problem?: string | undefined;
  hint?: string;
  required?: boolean;
  autoFocus?: boolean;
  /** Earliest / latest date offered (YYYY-MM-DD). */
  min?: string | undefined;
  max?: string | undefined;
  width?: number;
}

const asDay = (value: string): Dayjs | null => (isIsoDate(value) ? dayjs(value) : null);

function asText(day: Dayjs | null): string {
  if (day === null) return '';
  return day.isValid() ? day.format('YYYY-MM-DD') : INVALID_DATE;
}

export function DateInput({ label, value, onChange, problem, hint, required, autoFocus, min, max, width }: Props) {
  const [day, setDay] = useState<Dayjs | null>(() => asDay(value));

  // A new value from outside (a reset, a link's filter) replaces what is shown.
  useEffect(() => {
    setDay((current) => (asText(current) === value ? current : asDay(value)));
  }, [value]);

  return (
    <DatePicker
      label={label}
      value={day}
      onChange={(next) => {
        setDay(next);
        onChange(asText(next));
      }}
      format="YYYY-MM-DD"
      minDate={min && isIsoDate(min) ? dayjs(min) : undefined}
      maxDate={max && isIsoDate(max) ? dayjs(max) : undefined}
      autoFocus={autoFocus}
      slotProps={{
        textField: { size: 'small', required, error: Boolean(problem), helperText: problem ?? hint, fullWidth: !width, sx: width ? { width } : undefined },
        field: { clearable: true },
      }}
    />
  );
}
