// 首页: for every role the tips dashboard (what is overdue, due soon, waiting for me); then the
// registry's real figures from home.summary, and for administrators the latest changes from the
// audit trail.
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatTimestamp } from '../../../shared/kernel/dates.ts';
import { useOp } from '../../api/query.ts';
import { useSession } from '../../app/session.ts';
import { PageHeader } from '../../kit/PageHeader.tsx';
import { messageOf } from '../../kit/forms/problem.ts';
import { auditSummaryText, opLabel } from '../../../shared/audit.ts';
import { StatCard } from '../../kit/StatCard.tsx';
import { TipDashboardSection } from '../../tips/index.ts';
import { RectDashboardSection } from '../../rectification/index.ts';
import { InterviewDashboardSection } from '../../interviews/index.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';

export function HomePage() {
  const { user } = useSession();
  const query = useOp('home.summary', {});
  const summary = query.data ?? null;
  const error = query.error ? messageOf(query.error) : null;

  return (
    <Box sx={{ overflow: 'auto' }}>
      <PageHeader title="首页" />
      <TipDashboardSection />
      <RectDashboardSection />
      <InterviewDashboardSection />
      <ErrorAlert error={error} sx={{}} />
      {!summary && !error ? <LinearProgress aria-label="正在加载名册" /> : null}
      {summary ? (
        <>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            单位
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 1.5, mb: 2 }}>
            <StatCard title="单位总数" value={summary.units.total} note="含已撤销" />
            <StatCard title="正常单位" value={summary.units.active} />
            <StatCard title="已撤销单位" value={summary.units.total - summary.units.active} />
          </Box>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            人员
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 1.5, mb: 2 }}>
            <StatCard title="在职人员" value={summary.people.active} note={`登记总数 ${summary.people.total} 人`} />
            <StatCard title="中共党员" value={summary.people.partyMembers} note="在职人员中" />
            <StatCard title="主要负责人" value={summary.people.mainLeaders} note="在职人员中" />
          </Box>
          <Paper component="section" aria-label="正常单位按类型" variant="outlined" sx={{ mb: 2, maxWidth: 520 }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2, pt: 1.5 }}>
              正常单位按类型
            </Typography>
            {summary.units.byType.length === 0 ? (
              <Typography color="text.secondary" sx={{ px: 2, py: 1.5 }}>
                暂无数据
              </Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>单位类型</TableCell>
                    <TableCell align="right">单位数</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {summary.units.byType.map((t) => (
                    <TableRow key={t.type}>
                      <TableCell>{t.type}</TableCell>
                      <TableCell align="right">{t.count}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Paper>
          {user.role === '系统管理员' ? (
            <Paper component="section" aria-label="最近变动" variant="outlined">
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, px: 2, pt: 1.5 }}>
                最近变动
              </Typography>
              {summary.recentChanges.length === 0 ? (
                <Typography color="text.secondary" sx={{ px: 2, py: 1.5 }}>
                  暂无数据
                </Typography>
              ) : (
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell sx={{ width: 150 }}>时间</TableCell>
                      <TableCell sx={{ width: 110 }}>用户</TableCell>
                      <TableCell sx={{ width: 150 }}>操作</TableCell>
                      <TableCell>摘要</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {summary.recentChanges.map((c, i) => (
                      <TableRow key={`${c.at}-${i}`}>
                        <TableCell>{formatTimestamp(c.at)}</TableCell>
                        <TableCell>{c.username}</TableCell>
                        <TableCell>{opLabel(c.op)}</TableCell>
                        <TableCell sx={{ wordBreak: 'break-all' }}>{auditSummaryText(c.op, c.summary)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Paper>
          ) : null}
        </>
      ) : null}
    </Box>
  );
}
