// A cause's record, found by typing part of its number or words: a 信访件 (tips.list), a 整改事项
// (rect.list) or an issued 预警告知书 (docs.list). Each option shows what it is about.
import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { CauseKind } from '../../../shared/interviews/index.ts';
import { api } from '../../api/client.ts';
import { useLookup } from '../../kit/useLookup.ts';

export interface PickedRecord {
  id: number;
  label: string;
  note?: string;
}

export type RecordKind = Extract<CauseKind, '信访件' | '整改事项' | '预警告知书'>;
export const RECORD_KINDS: readonly RecordKind[] = ['信访件', '整改事项', '预警告知书'];

const OP = { 信访件: 'tips.list', 整改事项: 'rect.list', 预警告知书: 'docs.list' } as const;
const HINT: Record<RecordKind, string> = {
  信访件: '输入编号或摘要中的文字，如 XF-2026-0001',
  整改事项: '输入编号或问题描述中的文字，如 ZG-2026-0001',
  预警告知书: '输入文号或标题中的文字',
};

function find(kind: RecordKind, q: string): Promise<PickedRecord[]> {
  if (kind === '信访件') {
    return api
      .call('tips.list', { q, page: 0, pageSize: 10, sortField: 'receivedDate', sortDir: 'desc' })
      .then((page) => page.rows.map((t) => ({ id: t.id, label: t.number, note: t.summary })));
  }
  if (kind === '整改事项') {
    return api
      .call('rect.list', { q, page: 0, pageSize: 10, sortField: 'deadline', sortDir: 'asc' })
      .then((page) => page.rows.map((r) => ({ id: r.id, label: r.number, note: `${r.unitName} · ${r.problem}` })));
  }
  return api
    .call('docs.list', { q, kind: 'warning', status: '已印发', page: 0, pageSize: 10, sortField: 'issuedAt', sortDir: 'desc' })
    .then((page) => page.rows.map((d) => ({ id: d.id, label: d.number ?? d.title, note: d.title })));
}

interface Props {
  kind: RecordKind;
  value: PickedRecord | null;
  onChange(value: PickedRecord | null): void;
  error?: string | undefined;
}

export function RecordFinder({ kind, value, onChange, error }: Props) {
  const [input, setInput] = useState(value?.label ?? '');
  const [open, setOpen] = useState(false);
  const asked = value && input === value.label ? '' : input;
  const { options, loading } = useLookup({ op: OP[kind], depends: [kind], open, text: asked, fetch: (q) => find(kind, q), allowEmpty: true });
  return (
    <Autocomplete<PickedRecord>
      value={value}
      onChange={(_, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.label}
      getOptionKey={(o) => o.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={(props, o) => {
        const { key, ...rest } = props;
        return (
          <li key={key} {...rest}>
            {o.label}
            {o.note ? <span style={{ marginLeft: 8, color: '#555', fontSize: 12 }}>{o.note}</span> : null}
          </li>
        );
      }}
      loading={loading}
      loadingText="正在查找…"
      noOptionsText={`没有符合的${kind}`}
      clearText="清除"
      openText="展开"
      closeText="收起"
      fullWidth
      slotProps={{ popper: { placement: 'bottom-start', sx: { minWidth: 420, maxWidth: '90vw' } } }}
      renderInput={(params) => <TextField {...params} fullWidth label={kind} required error={Boolean(error)} helperText={error ?? value?.note ?? HINT[kind]} />}
    />
  );
}
