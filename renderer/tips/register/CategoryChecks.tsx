// 问题类别: one or more of the six disciplines, the suspected duty crimes, or 其他.
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { TIP_CATEGORIES, type TipCategory } from '../../../shared/tips/enums.ts';

interface Props {
  value: TipCategory[];
  onChange(value: TipCategory[]): void;
  problem?: string | undefined;
}

export function CategoryChecks({ value, onChange, problem }: Props) {
  const toggle = (c: TipCategory, on: boolean) =>
    onChange(on ? TIP_CATEGORIES.filter((x) => x === c || value.includes(x)) : value.filter((x) => x !== c));
  return (
    <FormControl component="fieldset" required error={Boolean(problem)}>
      <FormLabel component="legend">问题类别（可多选）</FormLabel>
      <FormGroup row role="group" aria-label="问题类别">
        {TIP_CATEGORIES.map((c) => (
          <FormControlLabel
            key={c}
            control={<Checkbox size="small" checked={value.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />}
            label={c}
            sx={{ minWidth: 128 }}
          />
        ))}
      </FormGroup>
      {problem ? <FormHelperText>{problem}</FormHelperText> : null}
    </FormControl>
  );
}
