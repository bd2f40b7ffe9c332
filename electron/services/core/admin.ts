// The audit trail and the home page figures.
import { listAudit, recentAudit, verifyAuditChain } from '../../../db/repos/core/audit.ts';
import { unitCounts } from '../../../db/repos/registry/index.ts';
import { peopleCounts } from '../../../db/repos/registry/index.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import type { Call } from '../kernel/context.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import type { AuditRow } from '../../../shared/core/admin.ts';
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

export const adminHandlers: HandlerGroup<'audit.list' | 'audit.verify' | 'home.summary'> = {
  'audit.list': (call, input) => withSubjects(call, listAudit(call.ctx.db, input)),
  'audit.verify': (call) => verifyAuditChain(call.ctx.db),
  'home.summary': (call) => ({
    units: unitCounts(call.ctx.db),
    people: peopleCounts(call.ctx.db),
    recentChanges: userOf(call)?.role === '系统管理员' ? recentAudit(call.ctx.db, 8) : [],
  }),
};
