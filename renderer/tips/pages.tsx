// The tips domain's pages: 问题线索台账 (with the tip page and 登记 inside it) and 信访统计.
import BarChartOutlined from '@mui/icons-material/BarChartOutlined';
import MarkEmailUnreadOutlined from '@mui/icons-material/MarkEmailUnreadOutlined';
import type { PageDef } from '../app/pageTypes.ts';
import { TipsPage } from './TipsPage.tsx';
import { TipStatsPage } from './stats/TipStatsPage.tsx';

export const tipsPages: readonly PageDef[] = [
  { id: 'tips', title: '问题线索台账', op: 'tips.list', order: 10, icon: <MarkEmailUnreadOutlined fontSize="small" />, component: TipsPage },
  { id: 'tipStats', title: '信访统计', op: 'tips.stats', order: 20, icon: <BarChartOutlined fontSize="small" />, component: TipStatsPage },
];
