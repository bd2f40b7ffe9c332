// 单位 of a reported person: a registered unit chosen by typing part of its name, or, for a
// unit not registered, the name as typed.
import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { UnitOption } from '../../../shared/registry/index.ts';
import { api } from '../../api/client.ts';
import { useLookup } from '../../kit/useLookup.ts';

interface Props {
  unitName: string;
  onType(name: string): void;
  onPick(unit: { id: number; name: string }): void;
  problem?: string | undefined;
}

export function UnitNameField({ unitName, onType, onPick, problem }: Props) {
  const [open, setOpen] = useState(false);
  const { options } = useLookup<UnitOption>({
    op: 'units.options',
    depends: ['all', 15],
    open,
    text: unitName,
    fetch: (q) => api.call('units.options', { q, limit: 15, includeInactive: true }),
  });

  return (
    <Autocomplete<UnitOption, false, false, true>
      freeSolo
      value={unitName || null}
      inputValue={unitName}
      onInputChange={(_, text, reason) => {
        if (reason !== 'reset') onType(text);
      }}
      onChange={(_, picked) => {
        if (picked && typeof picked !== 'string') onPick({ id: picked.id, name: picked.name });
      }}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      filterOptions={(x) => x}
      getOptionLabel={(o) => (typeof o === 'string' ? o : o.name)}
      getOptionKey={(o) => (typeof o === 'string' ? o : o.id)}
      noOptionsText="没有名称包含该文字的单位，可直接填写"
      clearText="清除"
      openText="展开"
      closeText="收起"
      fullWidth
      renderInput={(params) => <TextField {...params} label="单位" error={Boolean(problem)} helperText={problem} />}
    />
  );
}
