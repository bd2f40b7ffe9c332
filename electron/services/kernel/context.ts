// What every service call runs with: the database, a clock (injectable, so deadlines and
// lock-outs can be tested without waiting) and the signed-in sessions.
import type { Db } from '../../../db/types.ts';
import type { OpName } from '../../../shared/api.ts';
import type { UserRecord } from '../../../db/repos/core/users.ts';
import { dateInZone } from '../../../shared/kernel/dates.ts';
import { appendAudit } from '../../../db/repos/core/audit.ts';
import { SessionStore } from './sessions.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ServiceContext {
  db: Db;
  dbFile: string;
  clock: Clock;
  sessions: SessionStore;
  /** Pause used to slow down repeated failed logins (replaced in tests that count it). */
  sleep(ms: number): Promise<void>;
  /** Opens a file in the system's viewer (desktop host only); false when it could not. */
  openFile?: (path: string, fileName: string) => Promise<boolean>;
}

export function createServiceContext(db: Db, dbFile: string, clock: Clock = systemClock): ServiceContext {
  return {
    db,
    dbFile,
    clock,
    sessions: new SessionStore(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** One call of one operation. */
export interface Call {
  ctx: ServiceContext;
  op: OpName;
  user: UserRecord | null;
  /** Who acts when there is no signed-in user (the command line). */
  actor?: string;
  sessionToken: string | null;
  now: Date;
  /** The office's time zone (settings): every date of the call is a date there. */
  timeZone: string;
}

export function nowIso(call: Call): string {
  return call.now.toISOString();
}

/** Today in the office's time zone, YYYY-MM-DD. */
export function today(call: Call): string {
  return dateInZone(call.now, call.timeZone);
}

/**
 * Runs fn in one transaction: everything it writes, audit included, lands or none of it.
 * BEGIN IMMEDIATE takes the write lock first, so two processes on one file queue (busy_timeout)
 * instead of failing when both read and then write (per-year tip numbers rely on it).
 */
export function inTransaction<T>(call: Call, fn: () => T): T {
  return call.ctx.db.transaction(fn).immediate();
}

export function audit(call: Call, entity: string, entityId: number | string | null, summary: unknown): void {
  appendAudit(call.ctx.db, {
    at: nowIso(call),
    userId: call.user?.id ?? null,
    username: call.user?.username ?? call.actor ?? '（未登录）',
    op: call.op,
    entity,
    entityId: entityId === null ? null : String(entityId),
    summary,
  });
}
