// Chooses a person of the registry by typing part of the name (people.list), optionally among the
// people of one unit (责任人 of an item); each option shows the unit and post. Clearing means none.
import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { api } from '../api/client.ts';
import { useLookup } from '../kit/useLookup.ts';

export interface PickedPerson {
  id: number;
  name: string;
  post?: string;
  unitName?: string;
}

interface Props {
  label: string;
  value: PickedPerson | null;
  onChange(value: PickedPerson | null): void;
  /** Only the people of this unit are offered (all when undefined). */
  unitId?: number | undefined;
  error?: string | undefined;
  helperText?: string;
  width?: number;
  size?: 'small' | 'medium';
}

export function PersonPicker({ label, value, onChange, unitId, error, helperText, width, size }: Props) {
  const [input, setInput] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const asked = value && input === value.name ? '' : input;
  const { options, loading } = useLookup({
    op: 'people.list',
    depends: [unitId ?? 0],
    open,
    text: asked,
    fetch: (q) =>
      api
        .call('people.list', { q, unitId, status: '在职', page: 0, pageSize: 20, sortField: 'name', sortDir: 'asc' })
        .then((found) => found.rows.map((p): PickedPerson => ({ id: p.id, name: p.name, post: p.post, unitName: p.unitName }))),
    allowEmpty: unitId !== undefined,
  });

  useEffect(() => {
    setInput((current) => (value ? (current === value.name ? current : value.name) : open ? current : ''));
  }, [value?.id, value?.name]);

  return (
    <Autocomplete<PickedPerson>
      value={value}
      onChange={(_, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.name}
      getOptionKey={(o) => o.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={(props, o) => {
        const { key, ...rest } = props;
        return (
          <li key={key} {...rest} style={{ whiteSpace: 'nowrap' }}>
            {o.name}
            {o.unitName ? <span style={{ marginLeft: 8, color: '#555', fontSize: 12 }}>{[o.unitName, o.post].filter(Boolean).join(' · ')}</span> : null}
          </li>
        );
      }}
      loading={loading}
      loadingText="正在查找…"
      noOptionsText={input || unitId !== undefined ? '没有符合的在职人员' : '输入姓名中的文字查找'}
      clearText="清除"
      openText="展开"
      closeText="收起"
      size={size}
      sx={width ? { width } : undefined}
      fullWidth={!width}
      slotProps={{ popper: { placement: 'bottom-start', sx: { minWidth: 320, maxWidth: '90vw' } } }}
      renderInput={(params) => <TextField {...params} fullWidth label={label} error={Boolean(error)} helperText={error ?? helperText} />}
    />
  );
}
