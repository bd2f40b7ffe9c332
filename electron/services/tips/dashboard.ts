// The home page's tip lists: my overdue items, items due soon, and what waits for my step. Each
// list is the ledger under its filter (DASHBOARD_FILTERS), soonest due first: the same query as
// the ledger that 查看全部 opens, so the figure is that ledger's total.
import { DASHBOARD_FILTERS, DASHBOARD_LISTS, type DashboardList, type TipDashboard, type TipTask } from '../../../shared/tips/dashboard.ts';
import { tipListInput, type TipRow } from '../../../shared/tips/ledger.ts';
import { listTips, pendingExtensionsOf, tipCounts, type DueContext } from '../../../db/repos/tips/list.ts';
import type { Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { userOf } from '../kernel/caller.ts';
import { dueContext, viewerOf } from './common.ts';
import { waitingFor } from '../../../shared/tips/flow.ts';

const LIST_LIMIT = 20;

function task(row: TipRow, extension: { extensionId: number; newDue: string } | undefined): TipTask {
  const action = extension ? `延期申请待审批（至 ${extension.newDue}）` : row.status === '承办中' ? '待办结' : row.status;
  return { id: row.id, number: row.number, summary: row.summary, status: row.status, dueDate: row.dueDate, dueState: row.dueState, action, extensionId: extension?.extensionId ?? null };
}

export function dashboard(call: Call): TipDashboard {
  const db = call.ctx.db;
  const due: DueContext = dueContext(call);
  const viewer = viewerOf(call);
  const user = userOf(call);
  const decidesExtensions = user ? waitingFor(user.role).extensionRequests : false;
  const lists = {} as Record<DashboardList, TipTask[]>;
  const totals = {} as Record<DashboardList, number>;
  for (const list of DASHBOARD_LISTS) {
    const input = tipListInput.parse({ ...DASHBOARD_FILTERS[list], sortField: 'dueDate', sortDir: 'asc', pageSize: LIST_LIMIT, exactTotal: true });
    const page = listTips(db, input, due, viewer);
    const extensions = decidesExtensions ? pendingExtensionsOf(db, page.rows.map((r) => r.id)) : new Map<number, { extensionId: number; newDue: string }>();
    lists[list] = page.rows.map((r) => task(r, r.status === '承办中' ? extensions.get(r.id) : undefined));
    totals[list] = page.total;
  }
  return { ...lists, totals, counts: tipCounts(db, due) };
}

export const tipDashboardHandlers: HandlerGroup<'tips.dashboard'> = {
  'tips.dashboard': (call) => dashboard(call),
};
