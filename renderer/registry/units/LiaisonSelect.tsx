// 联系干部 in a form: a labelled select over the active 监督检查室 accounts, with “（无）” first.
// A 联系干部 the unit already has but who is no longer among them (停用, another role) stays
// shown as its own choice, so opening and saving the form does not change it unnoticed.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useLiaisonOptions } from './useLiaisonOptions.ts';

export const NO_LIAISON = '（无）';

interface Props {
  /** The chosen account's id as a string; '' for none. */
  value: string;
  onChange(value: string): void;
  /** The unit's 联系干部 as it is now, shown even when no longer a choice. */
  current?: { id: number; name: string } | null;
  error?: string | undefined;
  helperText?: string;
  autoFocus?: boolean;
}

export function LiaisonSelect({ value, onChange, current, error, helperText, autoFocus }: Props) {
  const { liaisons, loaded, error: loadError } = useLiaisonOptions();
  const kept = current && !liaisons.some((u) => u.id === current.id) ? current : null;
  // Until the accounts have come, the unit's own 联系干部 is shown as it is.
  const keptLabel = kept && loaded ? `${kept.name}（已不是监督检查室的在用账号）` : kept?.name;
  return (
    <TextField
      select
      id="liaison-select"
      label="联系干部"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error ?? loadError)}
      helperText={error ?? loadError ?? helperText}
      autoFocus={autoFocus}
      fullWidth
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{NO_LIAISON}</MenuItem>
      {kept ? (
        <MenuItem value={String(kept.id)}>{keptLabel}</MenuItem>
      ) : null}
      {liaisons.map((u) => (
        <MenuItem key={u.id} value={String(u.id)}>
          {u.displayName}
        </MenuItem>
      ))}
    </TextField>
  );
}

interface FilterProps {
  /** The chosen account's id, or undefined for 全部. */
  value: number | undefined;
  onChange(value: number | undefined): void;
  width?: number;
}

/** The ledger's 联系干部 filter: 全部, or one 监督检查室 account. */
export function LiaisonFilter({ value, onChange, width = 150 }: FilterProps) {
  const { liaisons } = useLiaisonOptions();
  const unknown = value !== undefined && !liaisons.some((u) => u.id === value);
  return (
    <TextField
      select
      id="liaison-filter"
      label="联系干部"
      value={value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      sx={{ width }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">全部</MenuItem>
      {unknown ? <MenuItem value={String(value)}>{`账号 ${value}`}</MenuItem> : null}
      {liaisons.map((u) => (
        <MenuItem key={u.id} value={String(u.id)}>
          {u.displayName}
        </MenuItem>
      ))}
    </TextField>
  );
}
