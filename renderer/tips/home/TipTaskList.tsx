// One list of the home page's tips dashboard (我的逾期事项, 即将到期, 待我办理): each item is a
// link to the tip, with its number, summary, what is waited for, the due date and its standing;
// the figure is how many the list holds in all, 查看全部 opens the ledger filtered to them.
import Typography from '@mui/material/Typography';
import type { TipTask } from '../../../shared/tips/dashboard.ts';
import { TaskListCard } from '../../kit/TaskListCard.tsx';
import { DueChip } from '../common/DueChip.tsx';

interface Props {
  title: string;
  /** The first items of the list. */
  tasks: TipTask[];
  /** How many the list holds in all. */
  total: number;
  /** The ledger filtered to exactly this list (查看全部). */
  href: string;
  /** What the empty list says, e.g. 暂无逾期事项. */
  empty: string;
  /** Show what each item waits for (待审批, 延期申请待审批 …). */
  showAction?: boolean;
}

export function TipTaskList({ title, tasks, total, href, empty, showAction = false }: Props) {
  const items = tasks.map((t) => ({
    key: `${t.id}-${t.extensionId ?? ''}-${t.action}`,
    href: `#/tips/${t.id}`,
    number: t.number,
    note: showAction ? (
      <Typography component="span" color="primary" sx={{ fontSize: 13, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {t.action}
      </Typography>
    ) : null,
    chip: <DueChip state={t.dueState} />,
    text: t.summary,
    caption: [showAction && t.action === t.status ? null : t.status, t.dueDate ? `时限 ${t.dueDate}` : '无时限'].filter(Boolean).join(' · '),
  }));
  return <TaskListCard title={title} items={items} total={total} href={href} empty={empty} />;
}
