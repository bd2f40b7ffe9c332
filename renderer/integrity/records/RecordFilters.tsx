// The filter row of a records page: 年度, 单位, the page's own choice (渠道 / 加分项), search, 含已作废;
// and, when the address names one record, a note saying so with a way back to the whole list.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { UnitPicker } from '../../registry/index.ts';
import { SearchField } from '../../kit/SearchField.tsx';
import { useToday } from '../../app/session.ts';
import type { RecordParams } from './recordParams.ts';

interface Props {
  params: RecordParams;
  update(change: Partial<RecordParams>): void;
  /** The page's own choice (监督渠道 / 加分项), or none. */
  choice?: { label: string; options: ReadonlyArray<{ key: string; name: string }> };
  /** Withdrawn records exist on this page (findings, bonuses). */
  withdrawable: boolean;
  searchLabel: string;
}

export function RecordFilters({ params, update, choice, withdrawable, searchLabel }: Props) {
  const thisYear = Number(useToday().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, k) => thisYear - k);
  return (
    <Stack spacing={1} sx={{ mb: 1 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label="年度"
          value={params.year ?? ''}
          onChange={(e) => update({ year: e.target.value === '' ? undefined : Number(e.target.value) })}
          sx={{ width: 120 }}
        >
          <MenuItem value="">全部</MenuItem>
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}年
            </MenuItem>
          ))}
        </TextField>
        <UnitPicker
          label="单位"
          value={params.unitId !== undefined ? { id: params.unitId, name: params.unitName } : null}
          onChange={(u) => update({ unitId: u?.id, unitName: u?.name ?? '' })}
          includeInactive
          width={220}
        />
        {choice ? (
          <TextField select size="small" label={choice.label} value={params.key ?? ''} onChange={(e) => update({ key: e.target.value || undefined })} sx={{ width: 180 }}>
            <MenuItem value="">全部</MenuItem>
            {choice.options.map((o) => (
              <MenuItem key={o.key} value={o.key}>
                {o.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        <SearchField label={searchLabel} value={params.q} onChange={(q) => update({ q })} />
        {withdrawable ? (
          <FormControlLabel
            control={<Checkbox checked={params.includeWithdrawn} onChange={(e) => update({ includeWithdrawn: e.target.checked })} />}
            label="含已作废"
          />
        ) : null}
      </Stack>
      {params.id !== undefined ? (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => update({ id: undefined })}>
              显示全部
            </Button>
          }
        >
          正在显示链接指向的记录。
        </Alert>
      ) : null}
    </Stack>
  );
}
