// Chooses a unit by typing part of its name: asks units.options as the person types. Clearing
// the field (the × button, or deleting the text) means "none".
import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { UnitType } from '../../shared/registry/units.ts';
import { api } from '../api/client.ts';
import { useLookup } from '../kit/useLookup.ts';

export interface PickedUnit {
  id: number;
  name: string;
  type?: UnitType;
  status?: string;
}

interface Props {
  label: string;
  value: PickedUnit | null;
  onChange(value: PickedUnit | null): void;
  error?: string | undefined;
  helperText?: string;
  /** Units that may not be chosen (e.g. the unit being edited, as its own parent). */
  excludeId?: number;
  includeInactive?: boolean;
  required?: boolean;
  width?: number;
}

export function UnitPicker({ label, value, onChange, error, helperText, excludeId, includeInactive = false, required, width }: Props) {
  const [input, setInput] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  // The chosen unit's own name lists all units (the person is about to choose another).
  const asked = value && input === value.name ? '' : input;
  const { options: found, loading } = useLookup({
    op: 'units.options',
    depends: [includeInactive],
    open,
    text: asked,
    fetch: (q) => api.call('units.options', { q, limit: 20, includeInactive }),
  });
  const options = excludeId === undefined ? found : found.filter((u) => u.id !== excludeId);

  // A value set from outside (a cleared filter, a link) shows its own name.
  useEffect(() => {
    setInput((current) => (value ? (current === value.name ? current : value.name) : open ? current : ''));
  }, [value?.id, value?.name]);

  return (
    <Autocomplete<PickedUnit>
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
          <li key={key} {...rest}>
            {o.name}
            {o.type ? <span style={{ marginLeft: 8, color: '#777', fontSize: 12 }}>{o.type}{o.status === '已撤销' ? '（已撤销）' : ''}</span> : null}
          </li>
        );
      }}
      loading={loading}
      loadingText="正在查找…"
      noOptionsText={input ? '没有名称包含该文字的单位' : '请输入单位名称中的文字'}
      clearText="清除"
      openText="展开"
      closeText="收起"
      sx={width ? { width } : undefined}
      fullWidth={!width}
      renderInput={(params) => (
        <TextField {...params} fullWidth label={label} required={required} error={Boolean(error)} helperText={error ?? helperText} />
      )}
    />
  );
}
