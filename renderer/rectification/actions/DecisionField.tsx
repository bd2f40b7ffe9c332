// A required two-way choice as a labelled radio group (验收结论: 通过 / 退回整改; 审批结论: 同意 /
// 不同意); the value is true, false, or null until chosen.
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';

interface Props {
  label: string;
  yes: string;
  no: string;
  value: boolean | null;
  onChange(value: boolean): void;
  problem?: string | undefined;
}

export function DecisionField({ label, yes, no, value, onChange, problem }: Props) {
  const id = `decision-${label}`;
  return (
    <FormControl required error={Boolean(problem)}>
      <FormLabel id={id}>{label}</FormLabel>
      <RadioGroup row aria-labelledby={id} value={value === null ? '' : value ? 'yes' : 'no'} onChange={(e) => onChange(e.target.value === 'yes')}>
        <FormControlLabel value="yes" control={<Radio />} label={yes} />
        <FormControlLabel value="no" control={<Radio />} label={no} />
      </RadioGroup>
      {problem ? <FormHelperText>{problem}</FormHelperText> : null}
    </FormControl>
  );
}
