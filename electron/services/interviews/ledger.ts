// 谈话函询登记 (interviews.list), 首页's lists (interviews.dashboard), with the export
// (ledgerExport.ts), the counts (stats.ts) and the agenda (agenda.ts): filters, sort and paging in
// SQL (db/repos/interviews/list.ts); a page's ids first, then its rows (rows.ts); today's dates —
// 逾期, the 即将到期 cut-off on the working-day calendar — computed here from the service clock.
import type { Page } from '../../../shared/kernel/common.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import {
  INTERVIEW_DASHBOARD_LISTS, interviewListInput, type InterviewDashboard, type InterviewDashboardList, type InterviewListInput, type InterviewRow,
} from '../../../shared/interviews/index.ts';
import { interviewLedgerPage } from '../../../db/repos/interviews/list.ts';
import { overdueFollowUpCount } from '../../../db/repos/interviews/dashboard.ts';
import { today, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { rowsByIds } from './rows.ts';
import { interviewDueDates, viewerId } from './ledgerDates.ts';
import { interviewExportHandlers } from './ledgerExport.ts';
import { interviewStatsHandlers } from './stats.ts';
import { interviewAgenda } from './agenda.ts';

export function listInterviews(call: Call, input: InterviewListInput): Page<InterviewRow> {
  const page = interviewLedgerPage(call.ctx.db, input, interviewDueDates(call, input), viewerId(call));
  return { rows: rowsByIds(call, page.ids), total: page.total };
}

/** Each list shows its first rows; 查看全部 opens the ledger under its filter. */
export const INTERVIEW_DASHBOARD_ROWS = 5;
/** 近期谈话: the caller's talks planned from today for this many days. */
export const UPCOMING_DAYS = 14;

/**
 * 首页: the running deadlines overdue and due soon (most urgent first), the caller's own talks of
 * the coming two weeks (by date), the follow-ups overdue. Each list is the ledger under its filter,
 * and its figure that ledger's total.
 */
export function interviewDashboard(call: Call): InterviewDashboard {
  const day = today(call);
  const filters: InterviewDashboard['filters'] = {
    overdue: { due: '逾期' },
    dueSoon: { due: '即将到期' },
    upcoming: { mine: true, status: '待谈话', dateFrom: day },
  };
  const extra: Record<InterviewDashboardList, Partial<InterviewListInput>> = {
    overdue: { sortField: 'dueDate', sortDir: 'asc' },
    dueSoon: { sortField: 'dueDate', sortDir: 'asc' },
    upcoming: { sortField: 'ledgerDate', sortDir: 'asc', dateTo: addDays(day, UPCOMING_DAYS - 1) },
  };
  const lists = { overdue: [], dueSoon: [], upcoming: [] } as Record<InterviewDashboardList, InterviewRow[]>;
  const totals = { overdue: 0, dueSoon: 0, upcoming: 0 } as Record<InterviewDashboardList, number>;
  for (const list of INTERVIEW_DASHBOARD_LISTS) {
    const page = listInterviews(call, interviewListInput.parse({ ...filters[list], ...extra[list], pageSize: INTERVIEW_DASHBOARD_ROWS }));
    lists[list] = page.rows;
    totals[list] = page.total;
  }
  return { ...lists, followUpsOverdue: overdueFollowUpCount(call.ctx.db, day), totals, filters };
}

export const ledgerHandlers: HandlerGroup<'interviews.list' | 'interviews.export' | 'interviews.stats' | 'interviews.exportStats' | 'interviews.agenda' | 'interviews.dashboard'> = {
  'interviews.list': (call, input) => listInterviews(call, input),
  'interviews.dashboard': (call) => interviewDashboard(call),
  'interviews.agenda': (call, input) => interviewAgenda(call, input),
  ...interviewExportHandlers,
  ...interviewStatsHandlers,
};
