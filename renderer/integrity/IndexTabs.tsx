// The row of links at the top of every 廉情指数 page: the platform, the inputs and the publications,
// each shown only to a role that may open it; the current one is marked, and the year chosen goes
// along (?year=) so that moving between them stays in it.
import { Tab, Tabs } from '@mui/material';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import type { OpName } from '../../shared/api.ts';
import { useSession } from '../app/session.ts';
import { canCall } from '../app/permissions.ts';

const TABS: ReadonlyArray<{ path: string; label: string; op: OpName }> = [
  { path: '/index', label: '展示平台', op: 'integrity.grid' },
  { path: '/index/checklist', label: '控制性检查', op: 'integrity.checklist' },
  { path: '/index/measures', label: '调查和成本', op: 'integrity.measures' },
  { path: '/index/findings', label: '监督发现', op: 'integrity.findings' },
  { path: '/index/bonuses', label: '激励加分', op: 'integrity.bonuses' },
  { path: '/index/decisions', label: '处分决定', op: 'integrity.decisions' },
  { path: '/index/publications', label: '发布记录', op: 'integrity.publications' },
];

export function IndexTabs() {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const year = params.get('year');
  const suffix = year && /^\d{4}$/.test(year) ? `?year=${year}` : '';
  const { user } = useSession();
  const tabs = TABS.filter((t) => canCall(user.role, t.op));
  const current = tabs.find((t) => t.path === pathname)?.path ?? false;
  return (
    <Tabs value={current} aria-label="廉情指数" sx={{ mb: 2 }} variant="scrollable">
      {tabs.map((t) => (
        <Tab key={t.path} value={t.path} label={t.label} component={RouterLink} to={`${t.path}${suffix}`} />
      ))}
    </Tabs>
  );
}
