// 首页's 谈话函询 lists: deadlines running now (a letter's reply, a 委托谈话 and its record) overdue
// and due soon, the follow-ups overdue, and the caller's talks of the coming days.
import type { InterviewRow } from './views.ts';
import type { InterviewFilterInput } from './ledger.ts';

export const INTERVIEW_DASHBOARD_LISTS = ['overdue', 'dueSoon', 'upcoming'] as const;
export type InterviewDashboardList = (typeof INTERVIEW_DASHBOARD_LISTS)[number];

export interface InterviewDashboard {
  overdue: InterviewRow[];
  dueSoon: InterviewRow[];
  /** The caller's own talks (谈话人 or 记录人) planned from today on. */
  upcoming: InterviewRow[];
  /** Follow-ups (后续事项) past their due date, not done. */
  followUpsOverdue: number;
  totals: Record<InterviewDashboardList, number>;
  /** The ledger filter each list is (查看全部). */
  filters: Record<InterviewDashboardList, Pick<InterviewFilterInput, 'due' | 'mine' | 'status' | 'dateFrom'>>;
}
