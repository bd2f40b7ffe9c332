// The tips part of 首页, for every role: the counts (在办, 逾期, 即将到期, 本年受理) and the
// three lists of what needs attention, from tips.dashboard; each list's figure is the ledger's
// total under the filter its 查看全部 opens.
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useOp } from '../../api/query.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { StatCard } from '../../kit/StatCard.tsx';
import { TipTaskList } from './TipTaskList.tsx';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { useToday } from '../../app/session.ts';
import { DASHBOARD_FILTERS } from '../../../shared/tips/dashboard.ts';
import { ledgerHref } from '../common/tipRoute.ts';

export function TipDashboardSection() {
  const today = useToday();
  const query = useOp('tips.dashboard', {});
  const dashboard = query.data ?? null;
  const error = query.error ? messageOf(query.error) : null;

  return (
    <Box component="section" aria-label="信访举报" sx={{ mb: 2.5 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        信访举报
      </Typography>
      <ErrorAlert error={error} sx={{}} />
      {!dashboard && !error ? <LinearProgress aria-label="正在加载信访举报" /> : null}
      {dashboard ? (
        <>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 1.5, mb: 1.5 }}>
            <StatCard title="在办" value={dashboard.counts.open} note="全部尚未归档的信访件" />
            <StatCard title="逾期" value={dashboard.counts.overdue} note="全部超过时限仍未办完的" tone="error" link={{ href: '#/tips?due=逾期', label: '查看逾期件' }} />
            <StatCard title="即将到期" value={dashboard.counts.dueSoon} note="全部临近时限的" tone="warning" link={{ href: '#/tips?due=即将到期', label: '查看即将到期件' }} />
            <StatCard title="本年受理" value={dashboard.counts.thisYear} note={`${today.slice(0, 4)}年收件，不含重复件`} />
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 1.5 }}>
            <TipTaskList title="我的逾期事项" tasks={dashboard.myOverdue} total={dashboard.totals.myOverdue} href={ledgerHref(DASHBOARD_FILTERS.myOverdue)} empty="暂无逾期事项" />
            <TipTaskList title="即将到期事项" tasks={dashboard.dueSoon} total={dashboard.totals.dueSoon} href={ledgerHref(DASHBOARD_FILTERS.dueSoon)} empty="暂无即将到期事项" />
            <TipTaskList title="待我办理" tasks={dashboard.awaitingMe} total={dashboard.totals.awaitingMe} href={ledgerHref(DASHBOARD_FILTERS.awaitingMe)} empty="暂无待办事项" showAction />
          </Box>
        </>
      ) : null}
    </Box>
  );
}
