// Small labels of an item: its status (未启动 / 整改中 / 待验收 / 已销号), its deadline's standing
// (逾期N天 in red, 即将到期 in orange) and the deadline in force with the original beside it when
// it was extended — the same wherever the item appears (ledger, item page, 首页, 告知书).
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { RectDueState, RectStatus } from '../../../shared/rectification/index.ts';

const STATUS_COLOR: Record<RectStatus, 'default' | 'primary' | 'warning' | 'success'> = {
  未启动: 'default',
  整改中: 'primary',
  待验收: 'warning',
  已销号: 'success',
};

export function RectStatusChip({ status }: { status: RectStatus }) {
  return <Chip size="small" label={status} color={STATUS_COLOR[status]} variant="outlined" sx={{ height: 22 }} />;
}

/** 逾期N天 or 即将到期; nothing when on time or closed. */
export function RectDueChip({ state, overdueDays }: { state: RectDueState | null; overdueDays: number }) {
  if (state === '逾期') return <Chip size="small" color="error" label={`逾期${overdueDays}天`} sx={{ height: 22, fontWeight: 600 }} />;
  if (state === '即将到期') return <Chip size="small" color="warning" label="即将到期" sx={{ height: 22, fontWeight: 600 }} />;
  return null;
}

/** “2027-01-15（原 2026-12-31）” when extended, else the deadline. */
export function deadlineText(deadline: string, original: string): string {
  return deadline === original ? deadline : `${deadline}（原 ${original}）`;
}

export function StatusCell({ status, dueState, overdueDays }: { status: RectStatus; dueState: RectDueState | null; overdueDays: number }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
      <RectStatusChip status={status} />
      <RectDueChip state={dueState} overdueDays={overdueDays} />
    </Stack>
  );
}
