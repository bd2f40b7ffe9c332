// 被反映人: type a name; people of the registry whose names match are offered with their unit
// and post. Choosing one fills the row from the registry; a name not on it is kept as typed.
import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { PersonRow } from '../../../shared/registry/index.ts';
import { api } from '../../api/client.ts';
import { useLookup } from '../../kit/useLookup.ts';

interface Props {
  name: string;
  /** Set when the name was chosen from the registry. */
  fromRegistry: boolean;
  onType(name: string): void;
  onPick(person: PersonRow): void;
  problem?: string | undefined;
  autoFocus?: boolean;
}

export function PersonNameField({ name, fromRegistry, onType, onPick, problem, autoFocus }: Props) {
  const [open, setOpen] = useState(false);
  const { options, loading } = useLookup({
    op: 'people.list',
    open,
    text: name,
    fetch: (q) => api.call('people.list', { q, page: 0, pageSize: 15, sortField: 'name', sortDir: 'asc' }).then((found) => found.rows),
    allowEmpty: false,
  });

  return (
    <Autocomplete<PersonRow, false, false, true>
      freeSolo
      value={name || null}
      inputValue={name}
      onInputChange={(_, text, reason) => {
        if (reason !== 'reset') onType(text);
      }}
      onChange={(_, picked) => {
        if (picked && typeof picked !== 'string') onPick(picked);
      }}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      filterOptions={(x) => x}
      getOptionLabel={(o) => (typeof o === 'string' ? o : o.name)}
      getOptionKey={(o) => (typeof o === 'string' ? o : o.id)}
      renderOption={(props, o) => {
        const { key, ...rest } = props;
        return (
          <li key={key} {...rest} style={{ whiteSpace: 'nowrap' }}>
            {o.name}
            <span style={{ marginLeft: 8, color: '#555', fontSize: 12 }}>
              {o.unitName} · {o.post}
              {o.status === '已离任' ? '（已离任）' : ''}
            </span>
          </li>
        );
      }}
      loading={loading}
      loadingText="正在查找…"
      noOptionsText={name.trim() ? '人员名册中没有该姓名，可直接填写' : '输入姓名中的文字查找'}
      clearText="清除"
      openText="展开"
      closeText="收起"
      fullWidth
      // The list is wider than the name field, so a name, its unit and post read on one line.
      slotProps={{ popper: { placement: 'bottom-start', sx: { minWidth: 520, maxWidth: '90vw' } } }}
      renderInput={(params) => (
        // Not marked required: a tip may name a unit alone (the form says so if neither is given).
        <TextField
          {...params}
          label="被反映人"
          autoFocus={autoFocus}
          error={Boolean(problem)}
          helperText={problem ?? (fromRegistry ? '已从人员名册选取' : name ? '名册外人员（手工填写）' : '输入姓名，从人员名册中选取')}
        />
      )}
    />
  );
}
