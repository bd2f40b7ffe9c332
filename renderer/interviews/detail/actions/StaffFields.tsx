// Who holds a talk: 谈话人 (office users, at least two) and 记录人 chosen from the office's
// accounts, or — for a 委托谈话 or a talk by the 上级纪委 — the names typed.
import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { UserOption } from '../../../../shared/core/index.ts';
import { useOp } from '../../../api/query.ts';

export interface StaffPick {
  id: number;
  name: string;
}

const asPick = (u: UserOption): StaffPick => ({ id: u.id, name: u.displayName });

export function InterviewersField({ value, onChange, problem }: { value: StaffPick[]; onChange(v: StaffPick[]): void; problem?: string | undefined }) {
  const users = useOp('users.options', {});
  const options = (users.data ?? []).map(asPick);
  return (
    <Autocomplete<StaffPick, true>
      multiple
      value={value}
      onChange={(_, next) => onChange(next)}
      options={options}
      getOptionLabel={(o) => o.name}
      getOptionKey={(o) => o.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={users.isLoading}
      loadingText="正在读取…"
      noOptionsText="没有可选的人员"
      clearText="清除"
      openText="展开"
      closeText="收起"
      renderInput={(params) => <TextField {...params} label="谈话人" required error={Boolean(problem)} helperText={problem ?? '本委谈话人至少2人'} />}
    />
  );
}

export function RecorderField({ value, onChange, problem }: { value: number | null; onChange(v: number | null): void; problem?: string | undefined }) {
  const users = useOp('users.options', {});
  const options = users.data ?? [];
  return (
    <TextField
      select
      label="记录人"
      value={value === null || !options.some((u) => u.id === value) ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      error={Boolean(problem)}
      helperText={problem}
      fullWidth
    >
      <MenuItem value="">（未定）</MenuItem>
      {options.map((u) => (
        <MenuItem key={u.id} value={String(u.id)}>
          {u.displayName}
        </MenuItem>
      ))}
    </TextField>
  );
}
