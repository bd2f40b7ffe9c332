// The interviews domain's pages: 谈话函询登记 (#/interviews), 谈话日程 (#/interviews/agenda), 统计
// (#/interviews/stats), 函询抽查 (#/interviews/spot-checks) and a talk's or letter's own page
// (#/interviews/12). Each is loaded when first opened.
import RecordVoiceOverOutlined from '@mui/icons-material/RecordVoiceOverOutlined';
import type { PageDef } from '../app/pageTypes.ts';

export const interviewsPages: readonly PageDef[] = [
  {
    id: 'interviews',
    title: '谈话函询',
    op: 'interviews.list',
    order: 37,
    icon: <RecordVoiceOverOutlined fontSize="small" />,
    routes: [
      { path: 'interviews', load: () => import('./ledger/InterviewLedger.tsx').then((m) => m.InterviewLedger) },
      { path: 'interviews/agenda', load: () => import('./agenda/AgendaPage.tsx').then((m) => m.AgendaPage) },
      { path: 'interviews/stats', load: () => import('./stats/InterviewStatsPage.tsx').then((m) => m.InterviewStatsPage) },
      { path: 'interviews/spot-checks', load: () => import('./spotChecks/SpotChecksPage.tsx').then((m) => m.SpotChecksPage) },
      { path: 'interviews/:id', load: () => import('./detail/InterviewPage.tsx').then((m) => m.InterviewRoute) },
    ],
  },
];
