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

/**
 * What is wrong with the audit trail, when something is: an entry edited (its hash), the chain
 * rebuilt without the key (a MAC that does not match), the newest entries deleted, the head in
 * the database rewritten, the whole database rolled back to an older copy (behind the head kept
 * outside it), or the key or the outside head missing (then nothing can be vouched for).
 */
export type AuditProblem = 'edited' | 'rebuilt' | 'deleted-tail' | 'changed-head' | 'rolled-back' | 'no-key' | 'no-outside-head';

export interface AuditVerifyResult {
  ok: boolean;
  entries: number;
  /** The first entry found broken, when not ok. */
  brokenAt: number | null;
  problem: AuditProblem | null;
  message: string;
}

export interface HomeSummary {
  units: { total: number; active: number; byType: Array<{ type: string; count: number }> };
  people: { total: number; active: number; partyMembers: number; mainLeaders: number };
  recentChanges: Array<{ at: string; username: string; op: string; summary: string }>;
}
