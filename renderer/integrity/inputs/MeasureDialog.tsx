// 编辑 a unit's survey rates or cost figures: one labelled number input per figure (blank clears
// it), saved through setMeasure; the service's message names what to fix.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { formatPoints, type MeasureRow } from '../../../shared/integrity/index.ts';
import { useOpMutation } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

export interface FigureColumn {
  key: string;
  label: string;
}

interface Props {
  kind: '满意度调查' | '行政成本';
  year: number;
  quarter: number;
  row: MeasureRow;
  columns: readonly FigureColumn[];
  onClose(saved: boolean): void;
}

export function MeasureDialog({ kind, year, quarter, row, columns, onClose }: Props) {
  const [text, setText] = useState<Record<string, string>>(() =>
    Object.fromEntries(columns.map((c) => {
      const v = row.values[c.key];
      return [c.key, v === null || v === undefined ? '' : formatPoints(v)];
    })),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const save = useOpMutation('integrity.setMeasure');
  const submit = () => {
    const values: Record<string, number | null> = {};
    for (const c of columns) {
      const t = (text[c.key] ?? '').trim();
      if (t !== '' && !/^-?\d+(\.\d+)?$/.test(t)) {
        setProblem(`“${c.label}”应填写数字`);
        return;
      }
      values[c.key] = t === '' ? null : Number(t);
    }
    setProblem(null);
    save.mutate({ kind, year, quarter, unitId: row.unitId, values }, { onSuccess: () => onClose(true) });
  };
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="xs" aria-labelledby="measure-dialog-title">
      <DialogTitle id="measure-dialog-title">{`${row.unitName} ${kind}`}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2} component="form" id="measure-form" onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}>
          <ErrorAlert error={problem ?? save.error} />
          {columns.map((c, i) => (
            <TextField
              key={c.key}
              label={c.label}
              value={text[c.key] ?? ''}
              autoFocus={i === 0}
              onChange={(e) => setText({ ...text, [c.key]: e.target.value })}
              helperText="留空表示未录入；最多两位小数"
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>取消</Button>
        <Button type="submit" form="measure-form" variant="contained" disabled={save.isPending}>
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}
