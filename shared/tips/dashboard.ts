// 首页: what waits for whom, and the counts.
import { type DueState, type TipStatus } from './enums.ts';
import type { TipFilterInput } from './ledger.ts';

export interface TipTask {
  id: number;
  number: string;
  summary: string;
  status: TipStatus;
  dueDate: string | null;
  dueState: DueState | null;
  /** What is waited for, e.g. 待审批 or 延期申请待审批. */
  action: string;
  extensionId: number | null;
}

export const DASHBOARD_LISTS = ['myOverdue', 'dueSoon', 'awaitingMe'] as const;
export type DashboardList = (typeof DASHBOARD_LISTS)[number];

/**
 * Each list of 首页 is the ledger under one filter, soonest due first: the list shows its first
 * items, its figure is the ledger's total under that filter, and 查看全部 opens the ledger so.
 */
export const DASHBOARD_FILTERS: Readonly<Record<DashboardList, Pick<TipFilterInput, 'mine' | 'due'>>> = {
  myOverdue: { mine: '待我办理', due: '逾期' },
  dueSoon: { mine: '待我办理', due: '即将到期' },
  awaitingMe: { mine: '待我办理' },
};

export interface TipDashboard {
  myOverdue: TipTask[];
  dueSoon: TipTask[];
  awaitingMe: TipTask[];
  /** How many each list holds in all (its first items are shown). */
  totals: Record<DashboardList, number>;
  counts: { open: number; overdue: number; dueSoon: number; thisYear: number };
}
