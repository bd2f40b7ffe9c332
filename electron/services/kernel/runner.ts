// Runs one operation for the dispatcher, owning its transaction and checking its audit:
//  - a write runs inside BEGIN IMMEDIATE; if it appended no audit entry it is rolled back and
//    answers INTERNAL;
//  - a read runs inside a read transaction and may not change a row (total_changes is compared);
//    an audited read (a reveal, a lookup, an export) may change exactly what its audit entries
//    changed and nothing else;
//  - `prepare` runs before the transaction, `finish` after the commit, and `refused` in a
//    transaction of its own when the operation is refused or fails;
//  - a signed-in person refused for lack of the right is audited in a transaction of its own;
//  - every transaction first takes the store's gate (kernel/gate.ts), which a job holds while its
//    transaction stays open across pauses; an operation of the memory only (a job's progress)
//    runs without either.
import type { OpDef } from '../../../shared/kernel/contract.ts';
import type { z } from '../../../shared/kernel/zod.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import { totalChanges } from '../../../db/repos/core/index.ts';
import { recordOutsideHead, type Call } from './context.ts';
import type { Impl, Refusal, Steps } from './handler.ts';
import { validationError } from './validation.ts';
import { isRightsRefusal, recordRefusal } from './refusals.ts';
import { toErrorBody } from './failure.ts';
import type { ReportProgress } from './jobs.ts';
import type { JobProgress } from '../../../shared/kernel/jobs.ts';

/** A fault of the code, not of the input: answered as INTERNAL (and logged without inputs). */
export class ContractBreach extends Error {
  override readonly name = 'ContractBreach';
}

type AnySteps = Steps<never, unknown, unknown>;

function asSteps(impl: unknown): AnySteps {
  if (typeof impl === 'function') return { kind: 'steps', run: (call: Call, input: never) => (impl as (c: Call, i: unknown) => unknown)(call, input) };
  return impl as AnySteps;
}

/** What a transaction must have done to be committed, checked before COMMIT (both forms below). */
function checkChanges(call: Call, def: OpDef<z.ZodType, unknown>, before: number): void {
  if (!def.readOnly) {
    if (call.audited.entries === 0) throw new ContractBreach(`${call.op} changed data without an audit entry; rolled back`);
    return;
  }
  const changed = totalChanges(call.ctx.db) - before;
  const allowed = def.audited ? call.audited.changes : 0;
  if (changed !== allowed) throw new ContractBreach(`${call.op} is a read but changed ${changed - allowed} row(s); rolled back`);
}

/** Writes and audited reads take the write lock at once; other reads read one snapshot. */
function immediate(def: OpDef<z.ZodType, unknown>): boolean {
  return !def.readOnly || def.audited;
}

function inTransaction<T>(call: Call, def: OpDef<z.ZodType, unknown>, fn: () => T): T {
  const db = call.ctx.db;
  const tx = db.transaction(() => {
    const before = totalChanges(db);
    const value = fn();
    checkChanges(call, def, before);
    return value;
  });
  return immediate(def) ? tx.immediate() : tx.deferred();
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The same transaction for a step that reports its progress: open across the pauses in which
 * the serving process answers what needs no store (the gate keeps every other transaction out).
 * A failure or a crash anywhere before COMMIT leaves nothing written.
 */
async function inTransactionAsync<T>(call: Call, def: OpDef<z.ZodType, unknown>, steps: Generator<JobProgress, T, void>, report: ReportProgress): Promise<T> {
  const db = call.ctx.db;
  db.exec(immediate(def) ? 'BEGIN IMMEDIATE' : 'BEGIN DEFERRED');
  try {
    const before = totalChanges(db);
    let sliceStart = performance.now();
    let next = steps.next();
    while (!next.done) {
      report(next.value);
      if (performance.now() - sliceStart > call.ctx.jobSliceMs) {
        await nextTurn();
        sliceStart = performance.now();
      }
      next = steps.next();
    }
    checkChanges(call, def, before);
    db.exec('COMMIT');
    return next.value;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

async function refuse(call: Call, s: AnySteps, input: unknown, error: unknown, prepared: unknown): Promise<Refusal | void> {
  if (!s.refused) return;
  const appError = error instanceof AppError ? error : new AppError('INTERNAL', '系统内部错误');
  const refusalCall: Call = { ...call, audited: { entries: 0, changes: 0 } };
  const release = await call.ctx.gate.acquire();
  try {
    const pause = call.ctx.db.transaction(() => s.refused?.(refusalCall, input as never, appError, prepared)).immediate();
    if (refusalCall.audited.entries > 0) recordOutsideHead(call.ctx);
    return pause;
  } finally {
    release();
  }
}

/**
 * Runs the operation. Given `report`, it runs as a job the page follows: a step that says how
 * far it is (`work`) is run in pieces, and the job is told what `prepare` is doing.
 */
export async function runOperation(call: Call, def: OpDef<z.ZodType, unknown>, impl: Impl<never> | unknown, rawInput: unknown, report?: ReportProgress): Promise<unknown> {
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) throw validationError(parsed.error);
  const input = parsed.data as never;
  const s = asSteps(impl);
  if (def.inMemory) {
    const value = s.run(call, input, undefined);
    if (value instanceof Promise) throw new ContractBreach(`${call.op} answered asynchronously`);
    return value === undefined ? null : value;
  }
  let prepared: unknown;
  let took = false;
  try {
    if (s.prepare) {
      report?.({ phase: s.prepareLabel ?? def.label, done: 0, total: 0 });
      prepared = await s.prepare(call, input);
      took = true;
    }
    const release = await call.ctx.gate.acquire();
    let data: unknown;
    try {
      // The session was checked when the call came in; while it waited for the store, a restore,
      // a 停用 or a password reset may have ended it (and the data may no longer be what it was).
      if (call.caller.kind === 'user' && call.sessionToken !== null && !call.ctx.sessions.holds(call.sessionToken)) {
        throw new AppError('UNAUTHENTICATED', '尚未登录或登录已失效，请重新登录。');
      }
      data = report && s.work
        ? await inTransactionAsync(call, def, s.work(call, input, prepared), report)
        : inTransaction(call, def, () => {
            const out = s.run(call, input, prepared);
            if (out instanceof Promise) throw new ContractBreach(`${call.op} answered asynchronously inside its transaction`);
            return out;
          });
      if (call.audited.entries > 0) recordOutsideHead(call.ctx);
    } finally {
      release();
    }
    const value = s.finish ? await s.finish(call, data, prepared) : data;
    return value === undefined ? null : value;
  } catch (error) {
    // The refusal hook must run whatever happens here: it ends what prepare began (a sign-in's turn).
    if (isRightsRefusal(error, call)) await recordRefusal(call, error).catch((e: unknown) => toErrorBody(e, `${call.op} (refusal audit)`));
    const pause = await refuse(call, s, input, error, prepared);
    if (pause?.pauseMs) await call.ctx.sleep(pause.pauseMs);
    throw error;
  } finally {
    if (took) s.release?.(prepared as never);
  }
}
