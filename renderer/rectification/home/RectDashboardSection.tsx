// The rectification part of 首页 (rect.dashboard): for the units the person follows as 联系干部 —
// or every unit for 监督检查室 and leaders — the items 逾期, 即将到期 and 需督办, each list with its
// total and 查看全部 (the ledger under the list's filter). Nothing when the person follows none.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { RectDashboardList } from '../../../shared/rectification/index.ts';
import { useOp } from '../../api/query.ts';
import { ErrorAlert } from '../../kit/ErrorAlert.tsx';
import { ledgerHref } from '../common/rectRoute.ts';
import { RectTaskList } from './RectTaskList.tsx';

const LISTS: ReadonlyArray<{ key: RectDashboardList; title: string; empty: string }> = [
  { key: 'overdue', title: '整改逾期', empty: '暂无逾期的整改事项' },
  { key: 'dueSoon', title: '整改即将到期', empty: '暂无即将到期的整改事项' },
  { key: 'supervise', title: '整改需督办', empty: '暂无需督办的整改事项' },
];

export function RectDashboardSection() {
  const query = useOp('rect.dashboard', {});
  const dashboard = query.data ?? null;
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!dashboard || dashboard.scope === null) return null;
  return (
    <Box component="section" aria-label="整改" sx={{ mb: 2.5 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        整改
        <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: 14 }}>
          {dashboard.scope}
        </Typography>
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 1.5 }}>
        {LISTS.map((l) => (
          <RectTaskList
            key={l.key}
            title={l.title}
            rows={dashboard[l.key]}
            total={dashboard.totals[l.key]}
            href={ledgerHref({ ...dashboard.filters[l.key] })}
            empty={l.empty}
          />
        ))}
      </Box>
    </Box>
  );
}
