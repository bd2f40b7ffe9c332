// The audit trail, and 首页 (the domains' figures and the latest changes).
import { listAudit, recentAudit, verifyAuditChain } from '../../../db/repos/core/audit.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import type { Call } from '../kernel/context.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import type { AuditRow, HomeSummary } from '../../../shared/core/admin.ts';
import { userOf } from '../kernel/caller.ts';

/** Entries written before names were kept get the object's name as it is now (null if it is gone). */
function withSubjects(call: Call, page: Page<AuditRow>): Page<AuditRow> {
  const missing = new Map<string, string[]>();
  for (const r of page.rows) {
    if (r.subject === null && r.entityId !== null && call.subjects[r.entity]) missing.set(r.entity, [...(missing.get(r.entity) ?? []), r.entityId]);
  }
  const names = new Map<string, ReadonlyMap<string, string>>();
  for (const [entity, ids] of missing) names.set(entity, call.subjects[entity]?.(call.ctx.db, ids) ?? new Map());
  return {
    ...page,
    rows: page.rows.map((r) => (r.subject !== null || r.entityId === null ? r : { ...r, subject: names.get(r.entity)?.get(r.entityId) ?? null })),
  };
}

/** What 首页 shows where no domain gives a figure. */
const NO_FIGURES: Omit<HomeSummary, 'recentChanges'> = {
  units: { total: 0, active: 0, byType: [] },
  people: { total: 0, active: 0, partyMembers: 0, mainLeaders: 0 },
};

export const adminHandlers: HandlerGroup<'audit.list' | 'audit.verify' | 'home.summary'> = {
  'audit.list': (call, input) => withSubjects(call, listAudit(call.ctx.db, input)),
  'audit.verify': (call) => verifyAuditChain(call.ctx.db, call.ctx.keys.audit, call.ctx.outsideHead.read()),
  // The domains' figures (the registry's counts) with the latest changes for the administrator.
  'home.summary': (call) => ({
    ...NO_FIGURES,
    ...call.homeFigures(call),
    recentChanges: userOf(call)?.role === '系统管理员' ? recentAudit(call.ctx.db, 8) : [],
  }),
};
