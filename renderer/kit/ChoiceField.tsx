// A labelled, required select in a form (单位类型, 职级, 身份类别, 角色 …).
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

interface Props<T extends string> {
  label: string;
  value: NoInfer<T> | '';
  choices: readonly T[];
  onChange(value: NoInfer<T>): void;
  error?: string | undefined;
  autoFocus?: boolean;
}

export function ChoiceField<T extends string>({ label, value, choices, onChange, error, autoFocus }: Props<T>) {
  return (
    <TextField
      select
      required
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as T)}
      error={Boolean(error)}
      helperText={error}
      autoFocus={autoFocus}
      fullWidth
    >
      {choices.map((c) => (
        <MenuItem key={c} value={c}>
          {c}
        </MenuItem>
      ))}
    </TextField>
  );
}
