// The 谈话函询 part of 首页 (interviews.dashboard): deadlines running now (a letter's reply, a
// 委托谈话 and its record) overdue and due soon, and the caller's own talks of the coming days —
// each list with its total and 查看全部 (the ledger under the list's filter). Nothing for a role
// that may not read talks and letters.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { InterviewDashboardList, InterviewRow } from '../../../shared/interviews/index.ts';
import { useOp } from '../../api/query.ts';
import { canCall } from '../../app/permissions.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { TaskListCard } from '../../kit/TaskListCard.tsx';
import { causeText } from '../ledger/interviewColumns.tsx';
import { dueText, InterviewDueChip } from '../ledger/InterviewChips.tsx';
import { interviewLedgerHref, interviewPath } from '../ledger/interviewRoute.ts';

const LISTS: ReadonlyArray<{ key: InterviewDashboardList; title: string; empty: string }> = [
  { key: 'overdue', title: '谈话函询逾期', empty: '暂无逾期的谈话函询' },
  { key: 'dueSoon', title: '谈话函询即将到期', empty: '暂无即将到期的谈话函询' },
  { key: 'upcoming', title: '我的近期谈话', empty: '近期没有我参加的谈话' },
];

function items(rows: readonly InterviewRow[], upcoming: boolean) {
  return rows.map((r) => ({
    key: String(r.id),
    href: `#${interviewPath(r.id)}`,
    number: r.number,
    note: (
      <Typography component="span" color="text.secondary" sx={{ fontSize: 13, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {r.typeLabel} · {r.personName}
      </Typography>
    ),
    chip: <InterviewDueChip state={r.dueState} workdaysLeft={r.workdaysLeft} />,
    text: `${r.unitName}${r.post ? ` ${r.post}` : ''} · ${causeText(r)}`,
    caption: upcoming
      ? `${r.status} · ${[r.plannedDate, r.plannedTime, r.place].filter(Boolean).join(' ')}`
      : `${r.status} · 期限 ${dueText(r)}`,
  }));
}

function Lists() {
  const query = useOp('interviews.dashboard', {});
  const dashboard = query.data ?? null;
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!dashboard) return null;
  return (
    <Box component="section" aria-label="谈话函询" sx={{ mb: 2.5 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        谈话函询
        {dashboard.followUpsOverdue > 0 ? (
          <Typography component="span" color="error" sx={{ ml: 1, fontSize: 14 }}>
            后续事项逾期 {dashboard.followUpsOverdue} 项
          </Typography>
        ) : null}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 1.5 }}>
        {LISTS.map((l) => (
          <TaskListCard
            key={l.key}
            title={l.title}
            items={items(dashboard[l.key], l.key === 'upcoming')}
            total={dashboard.totals[l.key]}
            href={interviewLedgerHref({ ...dashboard.filters[l.key] })}
            empty={l.empty}
          />
        ))}
      </Box>
    </Box>
  );
}

export function InterviewDashboardSection() {
  const { user } = useSession();
  return canCall(user.role, 'interviews.dashboard') ? <Lists /> : null;
}
