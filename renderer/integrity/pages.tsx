// The integrity index's pages: 展示平台 (#/index: all units × quarters, the year's grades), a unit's
// page (#/index/units/12), the inputs (控制性检查, 调查和成本, 监督发现, 激励加分, 处分决定), the
// publications (发布记录), and the yearly schemes (#/schemes, an editor per version). Each is
// loaded when first opened.
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import RuleOutlined from '@mui/icons-material/RuleOutlined';
import type { PageDef } from '../app/pageTypes.ts';

export const integrityPages: readonly PageDef[] = [
  {
    id: 'index',
    title: '廉情指数',
    op: 'integrity.grid',
    order: 38,
    icon: <InsightsOutlined fontSize="small" />,
    routes: [
      { path: 'index', load: () => import('./platform/GridPage.tsx').then((m) => m.GridPage) },
      { path: 'index/units/:id', load: () => import('./platform/UnitIndexPage.tsx').then((m) => m.UnitIndexRoute) },
      { path: 'index/publications', load: () => import('./platform/PublicationsPage.tsx').then((m) => m.PublicationsPage) },
      { path: 'index/checklist', load: () => import('./inputs/ChecklistPage.tsx').then((m) => m.ChecklistPage) },
      { path: 'index/measures', load: () => import('./inputs/MeasuresPage.tsx').then((m) => m.MeasuresPage) },
      { path: 'index/findings', load: () => import('./records/FindingsPage.tsx').then((m) => m.FindingsPage) },
      { path: 'index/bonuses', load: () => import('./records/BonusesPage.tsx').then((m) => m.BonusesPage) },
      { path: 'index/decisions', load: () => import('./records/DecisionsPage.tsx').then((m) => m.DecisionsPage) },
    ],
  },
  {
    id: 'schemes',
    title: '评分方案',
    op: 'integrity.schemes',
    order: 39,
    icon: <RuleOutlined fontSize="small" />,
    routes: [
      { path: 'schemes', load: () => import('./schemes/SchemesPage.tsx').then((m) => m.SchemesPage) },
      { path: 'schemes/:id', load: () => import('./schemes/SchemeEditorPage.tsx').then((m) => m.SchemeEditorRoute) },
    ],
  },
];
