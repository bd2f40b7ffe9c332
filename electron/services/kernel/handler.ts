// How a module implements an operation. The dispatcher owns the transaction: a write's `run`
// (or a plain handler) runs inside BEGIN IMMEDIATE and must append an audit entry; a read's
// runs inside a transaction that is always rolled back and may not write at all (audited reads
// may write audit entries only). Slow or asynchronous work goes in the declared hooks around it.
import type { OpName, OpOutput, OpParsed } from '../../../shared/api.ts';
import type { AppError } from '../../../shared/kernel/errors.ts';
import type { Call } from './context.ts';
import type { JobProgress } from '../../../shared/kernel/jobs.ts';

/** A plain handler: synchronous, inside the dispatcher's transaction. */
export type Handler<K extends OpName> = (call: Call, input: OpParsed<K>) => OpOutput<K>;

/** What a refusal hook may ask for besides its writes: a pause before the answer (failed logins). */
export interface Refusal {
  pauseMs?: number;
}

/**
 * An operation in steps. `prepare` runs before the transaction (hashing a password, reading an
 * uploaded file; it writes nothing to the database), `run` inside it, `finish` after the commit
 * (moving a stored file into place, rendering a workbook, opening a file), and `refused` — in a
 * transaction of its own — when the operation is refused or fails (counting a failed login).
 */
export interface Steps<K extends OpName, P, D> {
  kind: 'steps';
  prepare?(call: Call, input: OpParsed<K>): P | Promise<P>;
  run(call: Call, input: OpParsed<K>, prepared: P): D;
  /**
   * The same transactional step as `run`, saying how far it is as it goes (see jobSteps): run as
   * a job, the runner lets the page ask between the pieces while the transaction stays open.
   */
  work?(call: Call, input: OpParsed<K>, prepared: P): Generator<JobProgress, D, void>;
  /** What the job is doing while `prepare` runs (读取文件). */
  prepareLabel?: string;
  finish?(call: Call, data: D, prepared: P): OpOutput<K> | Promise<OpOutput<K>>;
  refused?(call: Call, input: OpParsed<K>, error: AppError, prepared: P | undefined): Refusal | void;
  /** Runs last, whatever happened (after the answer's pause too): lets go of what `prepare` took (a sign-in's turn). */
  release?(prepared: P): void;
}

/** An operation in steps, its prepared value and data types inferred from the hooks. */
export function steps<K extends OpName, P = undefined, D = OpOutput<K>>(def: Omit<Steps<K, P, D>, 'kind'>): Steps<K, P, D> {
  return { kind: 'steps', ...def };
}

/**
 * An operation in steps whose transactional step is long (an import of 20,000 rows) and says
 * how far it is: `work` yields its progress. Called directly, it runs to the end at once as a
 * plain `run`; started as a job (jobs.start), the page follows it. Its contract entry says asJob.
 */
export function jobSteps<K extends OpName, P = undefined, D = OpOutput<K>>(
  def: Omit<Steps<K, P, D>, 'kind' | 'run' | 'work'> & { work(call: Call, input: OpParsed<K>, prepared: P): Generator<JobProgress, D, void> },
): Steps<K, P, D> {
  return { kind: 'steps', ...def, run: (call, input, prepared) => drain(def.work(call, input, prepared)) };
}

/** Runs a step that reports its progress to its end, at once. */
function drain<D>(steps: Generator<JobProgress, D, void>): D {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Either form, as the module table holds it (the hooks' own types are checked where written). */
// Method syntax above makes Steps<K, P, D> assignable here whatever P and D are.
export type Impl<K extends OpName> = Handler<K> | Steps<K, unknown, unknown>;

/** A module's handlers for some operations of the contract. */
export type HandlerGroup<K extends OpName> = { [P in K]: Impl<P> };

/** Every operation's handler: a missing or mistyped one fails to compile. */
export type Handlers = HandlerGroup<OpName>;

/**
 * Runs an operation's transactional step inside a transaction the caller already holds (the
 * demo replays a year of tips as their staff). Only for operations without a prepare or
 * finish step: those are refused here rather than half run.
 */
export function runWithin<K extends OpName>(impl: Impl<K>, call: Call, input: OpParsed<K>): OpOutput<K> {
  if (typeof impl === 'function') return impl(call, input);
  if (impl.prepare || impl.finish) throw new Error(`${call.op} has steps outside its transaction; call it through the dispatcher`);
  return impl.run(call, input, undefined) as OpOutput<K>;
}
