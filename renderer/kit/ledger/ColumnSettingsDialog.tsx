// 列设置: which columns a ledger shows and in which order — a checkbox and 上移 / 下移 for each
// column, 恢复默认; saved for the person (prefs.setView), so it comes back on any PC.
import { useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import type { ViewColumns } from '../../../shared/core/index.ts';
import { FormDialog } from '../forms/FormDialog.tsx';

interface Props {
  /** The columns as now arranged. */
  columns: ViewColumns;
  /** The default arrangement (恢复默认). */
  defaults: ViewColumns;
  /** Each column's name as the header shows it. */
  headerOf(field: string): string;
  onSave(columns: ViewColumns): Promise<void>;
  onClose(): void;
}

export function ColumnSettingsDialog({ columns, defaults, headerOf, onSave, onClose }: Props) {
  const [draft, setDraft] = useState<ViewColumns>(columns);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(columns);
  const shown = draft.filter((c) => c.visible).length;

  const move = (i: number, by: -1 | 1) =>
    setDraft((d) => {
      const next = [...d];
      const [c] = next.splice(i, 1);
      if (c) next.splice(i + by, 0, c);
      return next;
    });
  const toggle = (i: number) => setDraft((d) => d.map((c, j) => (j === i ? { ...c, visible: !c.visible } : c)));

  const submit = () => {
    if (shown === 0) return setError('至少显示一列。');
    setBusy(true);
    setError(null);
    onSave(draft)
      .then(onClose)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <FormDialog open title="列设置" submitLabel="保存" busy={busy} error={error} dirty={dirty} onSubmit={submit} onClose={onClose} maxWidth="xs">
      <Typography variant="body2" color="text.secondary">
        勾选要显示的列，用箭头调整顺序。设置随本人账号保存。
      </Typography>
      <List dense aria-label="台账的列">
        {draft.map((c, i) => {
          const header = headerOf(c.field);
          return (
            <ListItem
              key={c.field}
              disableGutters
              secondaryAction={
                <>
                  <IconButton size="small" aria-label={`上移“${header}”`} disabled={i === 0} onClick={() => move(i, -1)}>
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton size="small" aria-label={`下移“${header}”`} disabled={i === draft.length - 1} onClick={() => move(i, 1)}>
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                </>
              }
            >
              <FormControlLabel control={<Checkbox size="small" checked={c.visible} onChange={() => toggle(i)} />} label={header} />
            </ListItem>
          );
        })}
      </List>
      <Button size="small" onClick={() => setDraft(defaults)}>
        恢复默认
      </Button>
    </FormDialog>
  );
}
