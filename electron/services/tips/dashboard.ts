// The home page's tip lists: my overdue items, items due soon, and what waits for my action.
import { LEADERS, TIP_CLERKS, type Role } from '../../../shared/core/index.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import type { TipDashboard, TipTask } from '../../../shared/tips/dashboard.ts';
import type { TipRow } from '../../../shared/tips/ledger.ts';
import type { TipStatus } from '../../../shared/tips/enums.ts';
import { getTipRow, pendingExtensionTasks, tipCounts, tipRowsWhere, type DueContext } from '../../../db/repos/tips/list.ts';
import type { Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { userOf } from '../kernel/caller.ts';
import { dueContext } from './common.ts';

const LIST_LIMIT = 20;

/** The statuses a role moves on, besides the leads assigned to the person. */
function roleStatuses(role: Role | null): TipStatus[] {
  if (role === null) return [];
  const out: TipStatus[] = [];
  if (TIP_CLERKS.includes(role)) out.push('待拟办', '待反馈', '待归档');
  if (LEADERS.includes(role)) out.push('待审批');
  return out;
}

/** The SQL for "waiting for me": a status my role acts on, or a lead in handling assigned to me. */
function mine(call: Call): { sql: string; params: unknown[] } {
  const user = userOf(call);
  const statuses = roleStatuses(user?.role ?? null);
  const parts: string[] = [];
  const params: unknown[] = [];
  if (statuses.length) {
    parts.push(`t.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  if (user) {
    parts.push(`(t.status = '承办中' AND t.handler_user_id = ?)`);
    params.push(user.id);
  }
  return { sql: parts.length ? `(${parts.join(' OR ')})` : '0', params };
}

function task(row: TipRow, action: string, extensionId: number | null = null): TipTask {
  return { id: row.id, number: row.number, summary: row.summary, status: row.status, dueDate: row.dueDate, dueState: row.dueState, action, extensionId };
}

function actionOf(row: TipRow): string {
  return row.status === '承办中' ? '待办结' : row.status;
}

export function dashboard(call: Call): TipDashboard {
  const db = call.ctx.db;
  const due: DueContext = dueContext(call);
  const m = mine(call);
  const soonUntil = addDays(due.today, due.soonDays);
  const overdue = tipRowsWhere(db, `${m.sql} AND t.due_date < ?`, [...m.params, due.today], due, LIST_LIMIT);
  const soon = tipRowsWhere(db, `${m.sql} AND t.due_date BETWEEN ? AND ?`, [...m.params, due.today, soonUntil], due, LIST_LIMIT);
  const awaiting = tipRowsWhere(db, m.sql, m.params, due, LIST_LIMIT).map((r) => task(r, actionOf(r)));
  const user = userOf(call);
  if (user && LEADERS.includes(user.role)) {
    for (const e of pendingExtensionTasks(db, LIST_LIMIT)) {
      const row = getTipRow(db, e.tipId, due);
      if (row) awaiting.unshift(task(row, `延期申请待审批（至 ${e.newDue}）`, e.extensionId));
    }
  }
  return {
    myOverdue: overdue.map((r) => task(r, actionOf(r))),
    dueSoon: soon.map((r) => task(r, actionOf(r))),
    awaitingMe: awaiting.slice(0, LIST_LIMIT),
    counts: tipCounts(db, due),
  };
}

export const tipDashboardHandlers: HandlerGroup<'tips.dashboard'> = {
  'tips.dashboard': (call) => dashboard(call),
};
