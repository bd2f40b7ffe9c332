// The 整改台账 (rect.list), its summaries by unit and by source (rect.summary), the export
// (rect.export, export.ts) and 首页's lists (rect.dashboard): filters, sort and paging in SQL
// (db/repos/rectification/ledger.ts); today's dates — 逾期, 即将到期, the 需督办 cutoff from the
// holiday calendar — computed here from the service clock and the settings.
import type { Page } from '../../../shared/kernel/common.ts';
import {
  RECT_DASHBOARD_LISTS, rectListInput, type RectDashboard, type RectDashboardList, type RectFilterInput, type RectListInput, type RectRow,
} from '../../../shared/rectification/index.ts';
import { isLiaison, rectLedgerPage } from '../../../db/repos/rectification/ledger.ts';
import { rectRowsByIds } from '../../../db/repos/rectification/rows.ts';
import { rectSummary } from '../../../db/repos/rectification/summary.ts';
import type { Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { userOf } from '../kernel/caller.ts';
import { rectExportHandlers } from './export.ts';
import { dueDates, shownRows, viewerId } from './ledgerDates.ts';

export function listRect(call: Call, input: RectListInput): Page<RectRow> {
  const page = rectLedgerPage(call.ctx.db, input, dueDates(call, input), viewerId(call));
  return { rows: shownRows(call, rectRowsByIds(call.ctx.db, page.ids)), total: page.total };
}

const DASHBOARD_DUE: Record<RectDashboardList, NonNullable<RectFilterInput['due']>> = { overdue: '逾期', dueSoon: '即将到期', supervise: '需督办' };
/** Each list shows its first rows; 查看全部 opens the ledger under its filter. */
export const RECT_DASHBOARD_ROWS = 5;

/**
 * 首页: every unit for 监督检查室 and leaders; the units the caller follows as 联系干部 for anyone
 * else who follows one; none otherwise. Each list is the ledger under its filter, soonest
 * deadline first, and its figure that ledger's total.
 */
export function rectDashboard(call: Call): RectDashboard {
  const user = userOf(call);
  const scope: RectDashboard['scope'] = user === null
    ? null
    : user.role === '监督检查室' || user.role === '领导'
      ? '全部单位'
      : isLiaison(call.ctx.db, user.id) ? '我联系的单位' : null;
  const liaisonMine = scope === '全部单位' ? undefined : true;
  const filters = {} as RectDashboard['filters'];
  const lists = { overdue: [], dueSoon: [], supervise: [] } as Record<RectDashboardList, RectRow[]>;
  const totals = { overdue: 0, dueSoon: 0, supervise: 0 } as Record<RectDashboardList, number>;
  for (const list of RECT_DASHBOARD_LISTS) {
    filters[list] = liaisonMine ? { due: DASHBOARD_DUE[list], liaisonMine } : { due: DASHBOARD_DUE[list] };
    if (scope === null) continue;
    const page = listRect(call, rectListInput.parse({ ...filters[list], sortField: 'deadline', sortDir: 'asc', pageSize: RECT_DASHBOARD_ROWS }));
    lists[list] = page.rows;
    totals[list] = page.total;
  }
  return { scope, ...lists, totals, filters };
}

export const ledgerHandlers: HandlerGroup<'rect.list' | 'rect.summary' | 'rect.export' | 'rect.dashboard'> = {
  'rect.list': (call, input) => listRect(call, input),
  'rect.summary': (call, input) => rectSummary(call.ctx.db, input, dueDates(call, input), viewerId(call)),
  'rect.dashboard': (call) => rectDashboard(call),
  ...rectExportHandlers,
};
