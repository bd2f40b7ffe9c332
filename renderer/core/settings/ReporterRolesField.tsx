// 可查看举报人信息的角色: one checkbox per role; the chosen roles may reveal a reporter's
// identity (each reveal is written to the audit log).
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { ROLES, type Role } from '../../../shared/core/roles.ts';

interface Props {
  value: Role[];
  onChange(value: Role[]): void;
  problem?: string | undefined;
}

export function ReporterRolesField({ value, onChange, problem }: Props) {
  const toggle = (role: Role, on: boolean) => onChange(ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <FormControl component="fieldset" error={Boolean(problem)}>
      <FormLabel component="legend" sx={{ fontSize: 14 }}>
        可查看举报人信息的角色
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
        {problem ?? '所选角色可查看举报人姓名、联系电话、身份证号和通讯地址，每次查看都记入审计日志；其他角色只能看到遮挡后的信息。'}
      </FormHelperText>
    </FormControl>
  );
}
