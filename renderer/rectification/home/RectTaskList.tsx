// One list of 首页's rectification part (逾期 / 即将到期 / 需督办): each item a link to it with its
// number, unit, problem, deadline and 逾期N天; the figure is how many the list holds in all,
// 查看全部 opens the ledger under the same filter.
import Typography from '@mui/material/Typography';
import type { RectRow } from '../../../shared/rectification/index.ts';
import { TaskListCard } from '../../kit/TaskListCard.tsx';
import { deadlineText, RectDueChip } from '../common/RectChips.tsx';
import { rectPath } from '../common/rectRoute.ts';

interface Props {
  title: string;
  rows: RectRow[];
  total: number;
  href: string;
  empty: string;
}

export function RectTaskList({ title, rows, total, href, empty }: Props) {
  const items = rows.map((r) => ({
    key: String(r.id),
    href: `#${rectPath(r.id)}`,
    number: r.number,
    note: (
      <Typography component="span" color="text.secondary" sx={{ fontSize: 13, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {r.unitName}
      </Typography>
    ),
    chip: <RectDueChip state={r.dueState} overdueDays={r.overdueDays} />,
    text: r.problem,
    caption: `${r.status} · 时限 ${deadlineText(r.deadline, r.deadlineOriginal)}`,
  }));
  return <TaskListCard title={title} items={items} total={total} href={href} empty={empty} />;
}
