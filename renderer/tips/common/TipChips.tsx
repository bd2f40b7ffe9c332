// Small labels of a tip: where it stands (办理状态), its deadline with 即将到期 / 逾期, and the
// 重复件 marker. Used in the ledger, on the tip's page and in the repeat panel alike.
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { DueState, TipStatus } from '../../../shared/tips/enums.ts';
import { DueChip } from './DueChip.tsx';

const STATUS_COLOR: Record<TipStatus, 'default' | 'primary' | 'info' | 'warning' | 'success' | 'secondary'> = {
  待拟办: 'info',
  待审批: 'warning',
  承办中: 'primary',
  待反馈: 'secondary',
  待归档: 'default',
  已归档: 'success',
};

export function TipStatusChip({ status }: { status: TipStatus }) {
  return <Chip size="small" label={status} color={STATUS_COLOR[status]} variant="outlined" sx={{ height: 22 }} />;
}

/** The due date followed by its chip, e.g. “2026-11-21 逾期”. */
export function DueCell({ dueDate, dueState }: { dueDate: string | null; dueState: DueState | null }) {
  if (!dueDate) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', height: '100%' }}>
      <span>{dueDate}</span>
      <DueChip state={dueState} />
    </Stack>
  );
}

interface RepeatProps {
  repeatOfNumber: string | null;
  repeatCount: number;
}

/** 重复件 (of XF-…) on a repeat; “有N件重复件” on an original that has repeats. */
export function RepeatMarker({ repeatOfNumber, repeatCount }: RepeatProps) {
  if (repeatOfNumber) {
    return <Chip size="small" label="重复件" title={`原件 ${repeatOfNumber}`} variant="outlined" color="secondary" sx={{ height: 22 }} />;
  }
  if (repeatCount > 0) return <span title="本件有重复件">{`原件（${repeatCount}件重复）`}</span>;
  return null;
}
