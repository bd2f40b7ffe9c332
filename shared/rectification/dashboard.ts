// 首页's rectification lists: items due soon and overdue, for the units the caller follows as
// 联系干部 — and for 监督检查室 and leaders, every unit. Each list is the ledger under a filter.
import type { RectRow } from './items.ts';
import type { RectFilterInput } from './ledger.ts';

export const RECT_DASHBOARD_LISTS = ['overdue', 'dueSoon', 'supervise'] as const;
export type RectDashboardList = (typeof RECT_DASHBOARD_LISTS)[number];

export interface RectDashboard {
  /** Whose items: the caller's units as 联系干部, or every unit (监督检查室, 领导); null: none (the lists are empty). */
  scope: '我联系的单位' | '全部单位' | null;
  overdue: RectRow[];
  dueSoon: RectRow[];
  supervise: RectRow[];
  totals: Record<RectDashboardList, number>;
  /** The ledger filter each list is (查看全部). */
  filters: Record<RectDashboardList, Pick<RectFilterInput, 'due' | 'liaisonMine'>>;
}
