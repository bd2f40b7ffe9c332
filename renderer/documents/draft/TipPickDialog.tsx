// 从信访件选取: the chosen unit's concluded tips (办结 and after: 待反馈, 待归档, 已归档, from the
// ledger's own filters); choosing one copies its 办结情况 into a new problem of the notice, linked to
// the tip. A tip already taken is shown so and not offered again.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { TipRow, TipStatus } from '../../../shared/tips/index.ts';
import { MAX_PAGE_SIZE } from '../../../shared/kernel/common.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import type { PickedUnit } from '../../registry/index.ts';

/** The statuses of a tip once 办结 (shared/tips/flow.ts: 办结 → 待反馈 or 待归档 → 已归档). */
const CONCLUDED: readonly TipStatus[] = ['待反馈', '待归档', '已归档'];

/** The unit's concluded tips, newest first (the ledger's filters, one status at a time). */
async function concludedTips(unitId: number): Promise<TipRow[]> {
  const pages = await Promise.all(
    CONCLUDED.map((status) => api.call('tips.list', { unitId, status, pageSize: MAX_PAGE_SIZE, sortField: 'receivedDate', sortDir: 'desc' })),
  );
  return pages.flatMap((p) => p.rows).sort((a, b) => b.receivedDate.localeCompare(a.receivedDate) || b.id - a.id);
}

export interface PickedTip {
  id: number;
  /** Its 办结情况 as recorded. */
  conclusion: string;
}

interface Props {
  unit: PickedUnit;
  /** Tips already taken into the notice. */
  taken: readonly number[];
  onPick(tip: PickedTip): void;
  onClose(): void;
}

export function TipPickDialog({ unit, taken, onPick, onClose }: Props) {
  const tips = useQuery({ queryKey: ['tips', 'concludedOfUnit', unit.id], queryFn: () => concludedTips(unit.id) });
  const [busy, setBusy] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = (tip: TipRow) => {
    setBusy(tip.id);
    setProblem(null);
    api.call('tips.get', { id: tip.id }).then(
      (detail) => {
        setBusy(null);
        if (detail.conclusion.trim() === '') setProblem(`${detail.number} 没有填写办结情况，请选其他信访件或直接填写问题。`);
        else onPick({ id: detail.id, conclusion: detail.conclusion });
      },
      (e: unknown) => {
        setBusy(null);
        setProblem(messageOf(e));
      },
    );
  };

  const rows = tips.data ?? [];
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="tip-pick-title">
      <DialogTitle id="tip-pick-title">从信访件选取问题</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {unit.name}已办结的信访件：选取后，其办结情况填入一个新问题（可再修改）。
        </Typography>
        <ErrorAlert error={problem ?? tips.error} />
        {tips.isPending ? <LinearProgress aria-label="正在读取信访件" /> : null}
        {tips.isSuccess && rows.length === 0 ? <Typography>该单位没有已办结的信访件。</Typography> : null}
        <List aria-label="已办结的信访件" dense>
          {rows.map((tip, i) => {
            const used = taken.includes(tip.id);
            return (
              <ListItemButton key={tip.id} autoFocus={i === 0} disabled={used || busy !== null} onClick={() => pick(tip)}>
                <ListItemText
                  primary={`${tip.number}　${tip.summary}`}
                  secondary={`收件日期 ${tip.receivedDate} · ${tip.status}${tip.result ? ` · ${tip.result}` : ''}${used ? ' · 已选取' : ''}`}
                />
              </ListItemButton>
            );
          })}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
