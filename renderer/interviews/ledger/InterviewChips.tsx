// Small labels of a talk or letter, the same wherever it appears (ledger, 首页): its status, and
// the deadline running now — 逾期N个工作日 in red, 即将到期 (还剩N个工作日) in orange.
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { InterviewDueKind, InterviewDueState, InterviewRow, InterviewStatus } from '../../../shared/interviews/index.ts';

const STATUS_COLOR: Record<InterviewStatus, 'default' | 'primary' | 'warning' | 'success'> = {
  待谈话: 'primary',
  待办结: 'warning',
  待发函: 'primary',
  待答复: 'primary',
  待评估: 'warning',
  已办结: 'success',
};

export function InterviewStatusChip({ status }: { status: InterviewStatus }) {
  return <Chip size="small" label={status} color={STATUS_COLOR[status]} variant="outlined" sx={{ height: 22 }} />;
}

/** 逾期N个工作日 or 即将到期; nothing when on time or without a deadline. */
export function InterviewDueChip({ state, workdaysLeft }: { state: InterviewDueState | null; workdaysLeft: number | null }) {
  if (state === '逾期') {
    // Overdue since a day off (a Friday's due, read on Sunday): no working day late yet, just 逾期.
    const days = workdaysLeft === null || workdaysLeft === 0 ? '' : `${Math.abs(workdaysLeft)}个工作日`;
    return <Chip size="small" color="error" label={`逾期${days}`} sx={{ height: 22, fontWeight: 600 }} />;
  }
  if (state === '即将到期') return <Chip size="small" color="warning" label="即将到期" sx={{ height: 22, fontWeight: 600 }} />;
  return null;
}

const DUE_WHAT: Record<InterviewDueKind, string> = { 谈话: '谈话', 记录: '记录和反馈单', 答复: '答复' };

/** “答复 2026-12-01（还剩3个工作日）”, or '' without a deadline. */
export function dueText(row: Pick<InterviewRow, 'dueKind' | 'dueDate' | 'dueState' | 'workdaysLeft'>): string {
  if (row.dueDate === null) return '';
  const what = row.dueKind ? `${DUE_WHAT[row.dueKind]} ` : '';
  const left = row.dueState === '逾期' || row.workdaysLeft === null || row.workdaysLeft < 0 ? '' : `（还剩${row.workdaysLeft}个工作日）`;
  return `${what}${row.dueDate}${left}`;
}

export function DueCell({ row }: { row: InterviewRow }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
      <span>{dueText(row)}</span>
      <InterviewDueChip state={row.dueState} workdaysLeft={row.workdaysLeft} />
    </Stack>
  );
}
