// 首页: what waits for whom, and the counts.
import { type DueState, type TipStatus } from './enums.ts';

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

export interface TipDashboard {
  myOverdue: TipTask[];
  dueSoon: TipTask[];
  awaitingMe: TipTask[];
  counts: { open: number; overdue: number; dueSoon: number; thisYear: number };
}
