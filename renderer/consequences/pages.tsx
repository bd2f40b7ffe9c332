// The closed loop's pages: 预警闭环 (#/consequences?year=2026&quarter=3: every consequence of a
// published period, #/consequences/12 one of them) and 评先评优名单 (#/awards: a year's lists and the
// lookup by person). Each is loaded when first opened.
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import type { PageDef } from '../app/pageTypes.ts';

export const consequencesPages: readonly PageDef[] = [
  {
    id: 'consequences',
    title: '预警闭环',
    op: 'consequences.period',
    order: 39.1,
    icon: <CampaignOutlined fontSize="small" />,
    routes: [
      { path: 'consequences', load: () => import('./period/ConsequencesPage.tsx').then((m) => m.ConsequencesPage) },
      { path: 'consequences/:id', load: () => import('./detail/ConsequencePage.tsx').then((m) => m.ConsequenceRoute) },
    ],
  },
  {
    id: 'awards',
    title: '评先评优名单',
    op: 'consequences.awardList',
    order: 39.2,
    icon: <EmojiEventsOutlined fontSize="small" />,
    routes: [{ path: 'awards', load: () => import('./awards/AwardsPage.tsx').then((m) => m.AwardsPage) }],
  },
];
