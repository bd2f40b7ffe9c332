// Runs one operation for the dispatcher, owning its transaction and checking its audit:
//  - a write runs inside BEGIN IMMEDIATE; if it appended no audit entry it is rolled back and
//    answers INTERNAL;
//  - a read runs inside a read transaction and may not change a row (total_changes is compared);
//    an audited read (a reveal, a lookup, an export) may change exactly what its audit entries
//    changed and nothing else;
//  - `prepare` runs before the transaction, `finish` after the commit, and `refused` in a
//    transaction of its own when the operation is refused or fails.
import type { OpDef } from '../../../shared/kernel/contract.ts';
import type { z } from '../../../shared/kernel/zod.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import { totalChanges } from '../../../db/repos/core/index.ts';
import type { Call } from './context.ts';
import type { Impl, Refusal, Steps } from './handler.ts';
import { validationError } from './validation.ts';

/** A fault of the code, not of the input: answered as INTERNAL (and logged without inputs). */
export class ContractBreach extends Error {
  override readonly name = 'ContractBreach';
}

type AnySteps = Steps<never, unknown, unknown>;

function asSteps(impl: unknown): AnySteps {
  if (typeof impl === 'function') return { kind: 'steps', run: (call: Call, input: never) => (impl as (c: Call, i: unknown) => unknown)(call, input) };
  return impl as AnySteps;
}

function inTransaction<T>(call: Call, def: OpDef<z.ZodType, unknown>, fn: () => T): T {
  const db = call.ctx.db;
  if (!def.readOnly) {
    return db.transaction(() => {
      const value = fn();
      if (call.audited.entries === 0) throw new ContractBreach(`${call.op} changed data without an audit entry; rolled back`);
      return value;
    }).immediate();
  }
  const tx = db.transaction(() => {
    const before = totalChanges(db);
    const value = fn();
    const changed = totalChanges(db) - before;
    const allowed = def.audited ? call.audited.changes : 0;
    if (changed !== allowed) throw new ContractBreach(`${call.op} is a read but changed ${changed - allowed} row(s); rolled back`);
    return value;
  });
  return def.audited ? tx.immediate() : tx.deferred();
}

function refuse(call: Call, s: AnySteps, input: unknown, error: unknown, prepared: unknown): Refusal | void {
  if (!s.refused) return;
  const appError = error instanceof AppError ? error : new AppError('INTERNAL', '系统内部错误');
  const refusalCall: Call = { ...call, audited: { entries: 0, changes: 0 } };
  return call.ctx.db.transaction(() => s.refused?.(refusalCall, input as never, appError, prepared)).immediate();
}

export async function runOperation(call: Call, def: OpDef<z.ZodType, unknown>, impl: Impl<never> | unknown, rawInput: unknown): Promise<unknown> {
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) throw validationError(parsed.error);
  const input = parsed.data as never;
  const s = asSteps(impl);
  let prepared: unknown;
  try {
    prepared = s.prepare ? await s.prepare(call, input) : undefined;
    const data = inTransaction(call, def, () => {
      const out = s.run(call, input, prepared);
      if (out instanceof Promise) throw new ContractBreach(`${call.op} answered asynchronously inside its transaction`);
      return out;
    });
    const value = s.finish ? await s.finish(call, data, prepared) : data;
    return value === undefined ? null : value;
  } catch (error) {
    const pause = refuse(call, s, input, error, prepared);
    if (pause?.pauseMs) await call.ctx.sleep(pause.pauseMs);
    throw error;
  }
}
