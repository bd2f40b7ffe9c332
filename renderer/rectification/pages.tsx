// The rectification domain's pages: 整改台账 (#/rectification), 登记整改事项 (#/rectification/new),
// 整改汇总 (#/rectification/summary), an item's own page (#/rectification/12) and a 预警告知书's
// 整改情况 (#/rectification/notices/34). Each is loaded when first opened.
import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import type { PageDef } from '../app/pageTypes.ts';

export const rectificationPages: readonly PageDef[] = [
  {
    id: 'rectification',
    title: '整改台账',
    op: 'rect.list',
    order: 35,
    icon: <AssignmentTurnedInOutlined fontSize="small" />,
    routes: [
      { path: 'rectification', load: () => import('./ledger/RectLedger.tsx').then((m) => m.RectLedger) },
      { path: 'rectification/new', load: () => import('./draft/RectNewPage.tsx').then((m) => m.RectNewPage) },
      { path: 'rectification/summary', load: () => import('./ledger/RectSummaryPage.tsx').then((m) => m.RectSummaryPage) },
      { path: 'rectification/:id', load: () => import('./detail/RectItemPage.tsx').then((m) => m.RectItemRoute) },
      { path: 'rectification/notices/:documentId', load: () => import('./notices/NoticeRectPage.tsx').then((m) => m.NoticeRectRoute) },
    ],
  },
];
