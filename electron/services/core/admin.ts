// The audit trail and the home page figures.
import { listAudit, recentAudit, verifyAuditChain } from '../../../db/repos/core/audit.ts';
import { unitCounts } from '../../../db/repos/registry/units.ts';
import { peopleCounts } from '../../../db/repos/registry/people.ts';
import type { HandlerGroup } from '../kernel/handler.ts';

export const adminHandlers: HandlerGroup<'audit.list' | 'audit.verify' | 'home.summary'> = {
  'audit.list': (call, input) => listAudit(call.ctx.db, input),
  'audit.verify': (call) => verifyAuditChain(call.ctx.db),
  'home.summary': (call) => ({
    units: unitCounts(call.ctx.db),
    people: peopleCounts(call.ctx.db),
    recentChanges: call.user?.role === '系统管理员' ? recentAudit(call.ctx.db, 8) : [],
  }),
};
