// A setting that is a set of roles (可查看举报人信息、信访内容的角色): one checkbox per role.
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { ROLES, type Role } from '../../../shared/core/index.ts';

interface Props {
  label: string;
  hint: string;
  value: Role[];
  onChange(value: Role[]): void;
  problem?: string | undefined;
}

export function RolesField({ label, hint, value, onChange, problem }: Props) {
  const toggle = (role: Role, on: boolean) => onChange(ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <FormControl component="fieldset" error={Boolean(problem)}>
      <FormLabel component="legend" sx={{ fontSize: 14 }}>
        {label}
      </FormLabel>
      <FormGroup row>
        {ROLES.map((role) => (
          <FormControlLabel
            key={role}
            control={<Checkbox size="small" checked={value.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />}
            label={role}
          />
        ))}
      </FormGroup>
      <FormHelperText>
        {problem ?? hint}
      </FormHelperText>
    </FormControl>
  );
}
