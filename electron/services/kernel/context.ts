// What every service call runs with: the database, a clock (injectable, so deadlines and
// lock-outs can be tested without waiting) and the signed-in sessions.
import type { Db } from '../../../db/types.ts';
import type { OpInput, OpName, OpOutput } from '../../../shared/api.ts';
import type { UserRecord } from '../../../db/repos/core/index.ts';
import { dateInZone } from '../../../shared/kernel/dates.ts';
import type { HomeSummary } from '../../../shared/core/index.ts';
import { appendAudit, lastAuditHead } from '../../../db/repos/core/index.ts';
import { totalChanges } from '../../../db/repos/core/index.ts';
import { actorId, actorUsername, type Caller } from './caller.ts';
import { SessionStore } from './sessions.ts';
import { JobStore } from './jobs.ts';
import { StoreGate } from './gate.ts';
import { KeyedQueue } from './keyedQueue.ts';
import { NameFailures } from './nameFailures.ts';
import { AttemptWindow } from './attempts.ts';
import type { JobStarted } from '../../../shared/kernel/jobs.ts';
import { deriveKeyring, newMasterSecret, type Keyring } from './keys/keyring.ts';
import { OutsideHead } from './keys/outsideHead.ts';
import { RecoveryKeeper } from './keys/recovery.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ServiceContext {
  db: Db;
  dbFile: string;
  clock: Clock;
  /** The install's keys (kernel/keys): the audit chain's MAC, query codes, attachment files. */
  keys: Keyring;
  /** The audit head kept outside the database, written after every commit that audited. */
  outsideHead: OutsideHead;
  /** The recovery key, while an administrator has not yet kept it. */
  recovery: RecoveryKeeper;
  sessions: SessionStore;
  /** Long work (exports, imports) the pages follow, run on after the call that started it. */
  jobs: JobStore;
  /** Taken by every transaction of the runner; held by a job across its pauses (kernel/gate.ts). */
  gate: StoreGate;
  /** Sign-in attempts for one user name, one at a time (each counts what the one before wrote). */
  signIns: KeyedQueue;
  /** Issuing of 公文, one at a time per kind: each takes the next 文号 and renders it before the commit. */
  documentTurns: KeyedQueue;
  /** Refused sign-ins of names that are no account (the pause grows as for an account). */
  unknownNames: NameFailures;
  /** Query-code lookups per person in the last minute (limited, each failure pausing the next). */
  codeLookups: AttemptWindow;
  /**
   * How long a job works before it lets the serving process answer others (a page asking how
   * far): 25 ms; tests that follow every step set 0.
   */
  jobSliceMs: number;
  /** Pause used to slow down repeated failed logins (replaced in tests that count it). */
  sleep(ms: number): Promise<void>;
  /** Opens a file in the system's viewer (desktop host only); false when it could not. */
  openFile?: (content: Buffer, fileName: string) => Promise<boolean>;
}

/** What a context is made over: an opened store (kernel/keys/store.ts), or a test's own database. */
export interface StoreHandle {
  db: Db;
  dbFile: string;
  keys: Keyring;
  outsideHead: OutsideHead;
  recovery: RecoveryKeeper;
}

/**
 * A store for a database a test (or a benchmark) made itself: fresh keys held in memory only, no
 * head kept outside. The hosts always open the store through kernel/keys/store.ts instead.
 */
export function memoryStore(db: Db, dbFile: string): StoreHandle {
  return { db, dbFile, keys: deriveKeyring(newMasterSecret()), outsideHead: new OutsideHead(null), recovery: new RecoveryKeeper(null, null) };
}

export function createServiceContext(store: StoreHandle, clock: Clock = systemClock): ServiceContext {
  return {
    db: store.db,
    dbFile: store.dbFile,
    clock,
    keys: store.keys,
    outsideHead: store.outsideHead,
    recovery: store.recovery,
    sessions: new SessionStore(),
    jobs: new JobStore(),
    gate: new StoreGate(),
    signIns: new KeyedQueue(),
    documentTurns: new KeyedQueue(),
    unknownNames: new NameFailures(),
    codeLookups: new AttemptWindow(60_000),
    jobSliceMs: 25,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** One call of one operation. */
export interface Call {
  ctx: ServiceContext;
  op: OpName;
  /** Who calls: anonymous, a signed-in user, or the local command line. */
  caller: Caller;
  sessionToken: string | null;
  now: Date;
  /** The office's time zone (settings): every date of the call is a date there. */
  timeZone: string;
  /** What audit() appended during the call: the dispatcher checks writes against it. */
  audited: { entries: number; changes: number };
  /** How each domain names its audited objects (given by the dispatcher from the modules). */
  subjects: Readonly<Record<string, SubjectResolver>>;
  /** Loads the demo office into this call's transaction (given by the dispatcher: the demo spans every domain). */
  /** It returns what the demo leaves to do after the commit (kernel/demo.ts DemoFollowUp). */
  loadDemo: (call: Call) => Array<(call: Call) => Promise<void>>;
  /** The figures the domains contribute to 首页 (given by the dispatcher from the modules). */
  homeFigures: (call: Call) => Partial<HomeSummary>;
  /** Starts another operation as a job the caller follows (given by the dispatcher, which runs operations). */
  startJob: (call: Call, op: string, input: unknown) => JobStarted;
  /**
   * Runs another operation on its own (its own transaction, rule and audit) as the given member of
   * staff at the call's time (given by the dispatcher): the demo's follow-ups issue its 公文 so.
   */
  runAs: <K extends OpName>(call: Call, user: UserRecord, op: K, input: OpInput<K>) => Promise<OpOutput<K>>;
}

/** Names of audited objects by their ids, for entries written before names were kept (0004). */
export type SubjectResolver = (db: Db, ids: readonly string[]) => ReadonlyMap<string, string>;

export function nowIso(call: Call): string {
  return call.now.toISOString();
}

/** Today in the office's time zone, YYYY-MM-DD. */
export function today(call: Call): string {
  return dateInZone(call.now, call.timeZone);
}


/**
 * Appends the call's audit entry. `subject` names the object as a person reads it
 * (XF-2026-0372, 城关镇, the user name); null where the entry has no one object (settings, an export).
 */
export function audit(call: Call, entity: string, entityId: number | string | null, subject: string | null, summary: unknown): void {
  const before = totalChanges(call.ctx.db);
  appendAudit(call.ctx.db, call.ctx.keys.audit, {
    subject,
    at: nowIso(call),
    userId: actorId(call),
    username: actorUsername(call),
    op: call.op,
    entity,
    entityId: entityId === null ? null : String(entityId),
    summary,
  });
  call.audited.entries += 1;
  call.audited.changes += totalChanges(call.ctx.db) - before;
}

/** After a commit that audited: the newest committed entry is kept outside the database too. */
export function recordOutsideHead(ctx: ServiceContext): void {
  try {
    ctx.outsideHead.record(lastAuditHead(ctx.db));
  } catch {
    // The commit stands: a head left behind is only older (never a false alarm), and the next
    // commit writes it again.
  }
}
