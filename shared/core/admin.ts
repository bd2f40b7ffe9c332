import { z } from '../kernel/zod.ts';
import { paging, searchField } from '../kernel/common.ts';

export const auditListInput = z.strictObject({
  ...paging,
  sortDir: paging.sortDir.default('desc'),
  q: searchField,
});
export type AuditListInput = z.output<typeof auditListInput>;

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  op: string;
  entity: string;
  entityId: string | null;
  /** The object as a person names it; for older entries resolved when listed (null if it no longer exists). */
  subject: string | null;
  summary: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  entries: number;
  /** The first entry found broken, when not ok. */
  brokenAt: number | null;
  message: string;
}

export interface HomeSummary {
  units: { total: number; active: number; byType: Array<{ type: string; count: number }> };
  people: { total: number; active: number; partyMembers: number; mainLeaders: number };
  recentChanges: Array<{ at: string; username: string; op: string; summary: string }>;
}
