// The pieces of the one contract. Each domain declares, in its own file, its operations (input
// schema, result type, who may call, read or write, the Chinese name of the operation), the
// audit entities it writes with their Chinese names, and the Chinese labels of the fields its
// audit summaries use. shared/api.ts joins the pieces; joining refuses a name given twice.
// Labels are looked up by the domain of the entry's operation, then in core's (common words).
import type { z } from './zod.ts';

/** Who may call an operation: anyone (before login), any signed-in person, or these roles. */
export type Access<R extends string = string> = 'public' | 'session' | readonly R[];

export interface OpDef<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Phantom: the result type. Never read at run time. */
  output: O;
  /** Operations that change nothing may be retried and are allowed for 只读. */
  readOnly: boolean;
  /**
   * A read that appends audit entries and nothing else (revealing a reporter, a query-code
   * lookup, an export with reporter data). Every other read may not write at all.
   */
  audited: boolean;
  /** The operation as the office says it (审计日志, 首页). */
  label: string;
  /**
   * May be started as a job the page follows (jobs.start → jobs.progress): long work such as an
   * import, whose handler reports how far it is. Called directly it answers when done, like every other operation.
   */
  job: boolean;
  /**
   * Reads nothing of the store (a job's progress, starting a job): run without a transaction and
   * without waiting for a job that holds the store, so a page can follow that job meanwhile.
   */
  inMemory: boolean;
}

export type AnyOpDef = OpDef<z.ZodType, unknown>;

export type OpTable = Record<string, AnyOpDef>;

/** Phantom value standing for an operation's result type. */
export function out<O>(): O {
  return undefined as O;
}

export function read<I extends z.ZodType, O>(label: string, input: I, access: Access, output: O): OpDef<I, O> {
  return { input, access, output, readOnly: true, audited: false, label, job: false, inMemory: false };
}

/** A read of the serving process's memory only (never of the store): see OpDef.inMemory. */
export function memoryRead<I extends z.ZodType, O>(label: string, input: I, access: Access, output: O): OpDef<I, O> {
  return { input, access, output, readOnly: true, audited: false, label, job: false, inMemory: true };
}

/** The operation, startable as a job the page follows (see OpDef.job). */
export function asJob<I extends z.ZodType, O>(def: OpDef<I, O>): OpDef<I, O> {
  return { ...def, job: true };
}

/** A read that is audited (it writes audit entries only). */
export function auditedRead<I extends z.ZodType, O>(label: string, input: I, access: Access, output: O): OpDef<I, O> {
  return { input, access, output, readOnly: true, audited: true, label, job: false, inMemory: false };
}

export function write<I extends z.ZodType, O>(label: string, input: I, access: Access, output: O): OpDef<I, O> {
  return { input, access, output, readOnly: false, audited: false, label, job: false, inMemory: false };
}

export interface ContractPiece<Ops extends OpTable> {
  /** The domain's folder name (core, registry, tips …). */
  domain: string;
  ops: Ops;
  /** The audit entities this domain writes → their Chinese names (tip → 信访件). */
  entities: Readonly<Record<string, string>>;
  /** Keys of this domain's audit summaries → their Chinese labels (number → 编号). */
  fields: Readonly<Record<string, string>>;
}

/** A domain's piece, typed as written (its operation names stay literal). */
export function contractPiece<const Ops extends OpTable>(piece: ContractPiece<Ops>): ContractPiece<Ops> {
  return piece;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** The operations of all pieces, as one table type. */
export type JoinedOps<P extends readonly ContractPiece<OpTable>[]> = UnionToIntersection<P[number]['ops']>;

export interface Contract<Ops> {
  ops: Ops;
  /** Which domain declared each operation. */
  domainOf: Readonly<Record<string, string>>;
  entities: Readonly<Record<string, string>>;
  /** Each domain's audit field labels (a key may mean different things in two domains: 状态, 办理状态). */
  fieldsOf: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Joins the pieces into the contract. An operation or an audit entity declared by two pieces
 * is an error, and so is a domain given twice.
 */
export function joinContract<const P extends readonly ContractPiece<OpTable>[]>(pieces: P): Contract<JoinedOps<P>> {
  const ops: Record<string, AnyOpDef> = {};
  const domainOf: Record<string, string> = {};
  const entities: Record<string, string> = {};
  const entityDomain: Record<string, string> = {};
  const fieldsOf: Record<string, Readonly<Record<string, string>>> = {};
  for (const piece of pieces) {
    if (Object.hasOwn(fieldsOf, piece.domain)) throw new Error(`domain '${piece.domain}' is joined twice`);
    fieldsOf[piece.domain] = piece.fields;
    for (const [name, def] of Object.entries(piece.ops)) {
      if (Object.hasOwn(ops, name)) throw new Error(`operation '${name}' is declared twice: by ${domainOf[name]} and by ${piece.domain}`);
      ops[name] = def;
      domainOf[name] = piece.domain;
    }
    for (const [entity, label] of Object.entries(piece.entities)) {
      if (Object.hasOwn(entities, entity)) throw new Error(`audit entity '${entity}' is declared twice: by ${entityDomain[entity]} and by ${piece.domain}`);
      entities[entity] = label;
      entityDomain[entity] = piece.domain;
    }
  }
  return { ops: ops as JoinedOps<P>, domainOf, entities, fieldsOf };
}
