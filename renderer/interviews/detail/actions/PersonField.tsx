// 谈话（函询）对象: a person of the registry found by typing part of the name (people.list); each
// option shows the unit and post.
import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { api } from '../../../api/client.ts';
import { useLookup } from '../../../kit/useLookup.ts';

export interface PickedPerson {
  id: number;
  name: string;
  post: string;
  unitName: string;
}

export function PersonField({ value, onChange, problem }: { value: PickedPerson | null; onChange(v: PickedPerson | null): void; problem?: string | undefined }) {
  const [input, setInput] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const { options, loading } = useLookup({
    op: 'people.list',
    open,
    text: value && input === value.name ? '' : input,
    fetch: (q) =>
      api
        .call('people.list', { q, status: '在职', page: 0, pageSize: 20, sortField: 'name', sortDir: 'asc' })
        .then((found) => found.rows.map((p): PickedPerson => ({ id: p.id, name: p.name, post: p.post, unitName: p.unitName }))),
    allowEmpty: false,
  });
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
          <li key={key} {...rest}>
            {o.name}
            <span style={{ marginLeft: 8, color: '#555', fontSize: 12 }}>{[o.unitName, o.post].filter(Boolean).join(' · ')}</span>
          </li>
        );
      }}
      loading={loading}
      loadingText="正在查找…"
      noOptionsText={input ? '没有符合的在职人员' : '输入姓名中的文字查找'}
      clearText="清除"
      openText="展开"
      closeText="收起"
      renderInput={(params) => <TextField {...params} label="谈话（函询）对象" required error={Boolean(problem)} helperText={problem} />}
    />
  );
}
