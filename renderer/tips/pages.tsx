// The tips domain's pages: 问题线索台账 (#/tips, with 登记信访件 at #/tips/new and a tip's own
// page at #/tips/123) and 信访统计. Each is loaded when first opened.
import BarChartOutlined from '@mui/icons-material/BarChartOutlined';
import MarkEmailUnreadOutlined from '@mui/icons-material/MarkEmailUnreadOutlined';
import type { PageDef } from '../app/pageTypes.ts';

export const tipsPages: readonly PageDef[] = [
  {
    id: 'tips',
    title: '问题线索台账',
    op: 'tips.list',
    order: 10,
    icon: <MarkEmailUnreadOutlined fontSize="small" />,
    routes: [
      { path: 'tips', load: () => import('./ledger/TipLedger.tsx').then((m) => m.TipLedger) },
      { path: 'tips/new', load: () => import('./register/TipRegisterPage.tsx').then((m) => m.TipRegisterPage) },
      { path: 'tips/:id', load: () => import('./detail/TipDetailPage.tsx').then((m) => m.TipDetailRoute) },
    ],
  },
  {
    id: 'tipStats',
    title: '信访统计',
    op: 'tips.stats',
    order: 20,
    icon: <BarChartOutlined fontSize="small" />,
    routes: [{ path: 'tipStats', load: () => import('./stats/TipStatsPage.tsx').then((m) => m.TipStatsPage) }],
  },
];
