// A labelled select over fixed choices, with 全部 for "no filter".
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

interface Props<T extends string> {
  label: string;
  value: NoInfer<T> | '';
  choices: readonly T[];
  onChange(value: NoInfer<T> | ''): void;
  width?: number;
}

export function ChoiceFilter<T extends string>({ label, value, choices, onChange, width = 150 }: Props<T>) {
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as T | '')}
      sx={{ width }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">全部</MenuItem>
      {choices.map((c) => (
        <MenuItem key={c} value={c}>
          {c}
        </MenuItem>
      ))}
    </TextField>
  );
}
