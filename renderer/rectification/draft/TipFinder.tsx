// 信访件 of a 信访核查 source: type its number (or words of its summary), pick it (tips.list).
import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { api } from '../../api/client.ts';
import { useLookup } from '../../kit/useLookup.ts';

export interface PickedTip {
  id: number;
  number: string;
  summary?: string;
}

interface Props {
  value: PickedTip | null;
  onChange(value: PickedTip | null): void;
  error?: string | undefined;
}

export function TipFinder({ value, onChange, error }: Props) {
  const [input, setInput] = useState(value?.number ?? '');
  const [open, setOpen] = useState(false);
  const asked = value && input === value.number ? '' : input;
  const { options, loading } = useLookup({
    op: 'tips.list',
    open,
    text: asked,
    fetch: (q) =>
      api
        .call('tips.list', { q, page: 0, pageSize: 10, sortField: 'receivedDate', sortDir: 'desc' })
        .then((page) => page.rows.map((t): PickedTip => ({ id: t.id, number: t.number, summary: t.summary }))),
    allowEmpty: false,
  });
  return (
    <Autocomplete<PickedTip>
      value={value}
      onChange={(_, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.number}
      getOptionKey={(o) => o.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={(props, o) => {
        const { key, ...rest } = props;
        return (
          <li key={key} {...rest}>
            {o.number}
            {o.summary ? <span style={{ marginLeft: 8, color: '#555', fontSize: 12 }}>{o.summary}</span> : null}
          </li>
        );
      }}
      loading={loading}
      loadingText="正在查找…"
      noOptionsText={input ? '没有符合的信访件' : '输入信访件编号查找'}
      clearText="清除"
      openText="展开"
      closeText="收起"
      sx={{ width: 320 }}
      slotProps={{ popper: { placement: 'bottom-start', sx: { minWidth: 420, maxWidth: '90vw' } } }}
      renderInput={(params) => <TextField {...params} fullWidth label="信访件" required error={Boolean(error)} helperText={error ?? '输入编号，如 XF-2026-0001'} />}
    />
  );
}
