// A domain's services module: its handlers (typed so that a missing one is a compile error),
// the names of its audited objects, its command-line commands, its part of the demo and its
// figures on 首页. The
// modules are joined in ../modules.ts, one line per domain; a handler given twice is an error.
import type { OpName } from '../../../shared/api.ts';
import type { Call, SubjectResolver } from './context.ts';
import type { HomeSummary } from '../../../shared/core/index.ts';
import type { HandlerGroup, Impl } from './handler.ts';
import type { CliCommand } from './cli.ts';
import type { DemoStep } from './demo.ts';

export type { SubjectResolver };

export interface DomainModule<K extends OpName> {
  domain: string;
  handlers: HandlerGroup<K>;
  /** Audit entity → how to name its objects. */
  auditSubjects?: Readonly<Record<string, SubjectResolver>>;
  /** The domain's commands of `lianqing` (e.g. `tips list`). */
  cli?: readonly CliCommand[];
  /** The domain's part of the demo office, run in module order. */
  demo?: DemoStep;
  /** The domain's figures on 首页. */
  home?: HomeContribution;
}

/** A domain's figures on 首页 (home.summary answers them all together). */
export type HomeContribution = (call: Call) => Partial<HomeSummary>;

/**
 * The handler groups of one domain (one file each) as one table. An operation handled by two
 * groups is an error here, at start-up, rather than one silently replacing the other.
 */
export function joinHandlers<G extends readonly object[]>(domain: string, ...groups: G): UnionToIntersection<G[number]> {
  const out: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [op, impl] of Object.entries(group)) {
      if (Object.hasOwn(out, op)) throw new Error(`${domain}: the operation '${op}' has two handlers`);
      out[op] = impl;
    }
  }
  return out as UnionToIntersection<G[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** Any domain's module, whatever its operations (DomainModule is exact in its operations). */
interface AnyModule {
  domain: string;
  handlers: object;
  auditSubjects?: Readonly<Record<string, SubjectResolver>>;
  cli?: readonly CliCommand[];
  demo?: DemoStep;
  home?: HomeContribution;
}

type Covered<M> = M extends { handlers: infer H } ? keyof H : never;

export interface JoinedModules {
  handlers: { [K in OpName]: Impl<K> };
  auditSubjects: Readonly<Record<string, SubjectResolver>>;
  cli: readonly CliCommand[];
  demo: readonly DemoStep[];
  home: readonly HomeContribution[];
}

/**
 * All modules as one: every operation of the contract must have exactly one handler (a missing
 * one is a compile error naming it, and an error at start-up for anything the types miss).
 */
export function joinModules<const M extends readonly AnyModule[]>(
  modules: M & (Exclude<OpName, Covered<M[number]>> extends never ? unknown : { missingHandlers: Exclude<OpName, Covered<M[number]>> }),
  opNames: readonly OpName[],
): JoinedModules {
  const handlers: Record<string, unknown> = {};
  const owner: Record<string, string> = {};
  const auditSubjects: Record<string, SubjectResolver> = {};
  const domains = new Set<string>();
  for (const m of modules as readonly AnyModule[]) {
    if (domains.has(m.domain)) throw new Error(`the module '${m.domain}' is joined twice`);
    domains.add(m.domain);
    for (const [op, impl] of Object.entries(m.handlers)) {
      if (Object.hasOwn(handlers, op)) throw new Error(`the operation '${op}' has two handlers: in ${owner[op]} and in ${m.domain}`);
      handlers[op] = impl;
      owner[op] = m.domain;
    }
    for (const [entity, resolve] of Object.entries(m.auditSubjects ?? {})) {
      if (Object.hasOwn(auditSubjects, entity)) throw new Error(`the audit entity '${entity}' is named by two modules`);
      auditSubjects[entity] = resolve;
    }
  }
  const missing = opNames.filter((op) => !Object.hasOwn(handlers, op));
  if (missing.length > 0) throw new Error(`operations without a handler: ${missing.join(', ')}`);
  const extra = Object.keys(handlers).filter((op) => !opNames.includes(op as OpName));
  if (extra.length > 0) throw new Error(`handlers for operations the contract does not have: ${extra.join(', ')}`);
  const all = modules as readonly AnyModule[];
  return {
    handlers: handlers as JoinedModules['handlers'],
    auditSubjects,
    cli: all.flatMap((m) => m.cli ?? []),
    demo: all.flatMap((m) => (m.demo ? [m.demo] : [])),
    home: all.flatMap((m) => (m.home ? [m.home] : [])),
  };
}
