// Several registered units chosen by typing part of each name (被反映单位).
import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { PickedUnit } from '../../registry/index.ts';
import { useLookup } from '../../kit/useLookup.ts';
import { api } from '../../api/client.ts';

interface Props {
  label: string;
  value: PickedUnit[];
  onChange(value: PickedUnit[]): void;
  problem?: string | undefined;
  hint?: string;
  max?: number;
}

export function UnitsMultiPicker({ label, value, onChange, problem, hint, max = 20 }: Props) {
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const { options, loading } = useLookup<PickedUnit>({
    op: 'units.options',
    depends: ['all', 20],
    open,
    text: input,
    fetch: (q) => api.call('units.options', { q, limit: 20, includeInactive: true }),
  });

  return (
    <Autocomplete<PickedUnit, true>
      multiple
      value={value}
      onChange={(_, next) => onChange(next.slice(0, max))}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      filterOptions={(x) => x}
      filterSelectedOptions
      getOptionLabel={(o) => o.name}
      getOptionKey={(o) => o.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={loading}
      loadingText="正在查找…"
      noOptionsText={input ? '没有名称包含该文字的单位' : '请输入单位名称中的文字'}
      clearText="清除"
      openText="展开"
      closeText="收起"
      fullWidth
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(problem)} helperText={problem ?? hint} />}
    />
  );
}
