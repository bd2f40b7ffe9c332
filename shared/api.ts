// The one API contract, joined from the domains' pieces (shared/<domain>/ops.ts): every
// operation once, with its input schema, result type, who may call it and its Chinese name.
// The renderer client and the main-side handlers are typed from this table. Adding a domain:
// one line in the list below.
import type { z } from './kernel/zod.ts';
import { joinContract, type Access } from './kernel/contract.ts';
import type { Role } from './core/index.ts';
import { coreContract } from './core/index.ts';
import { registryContract } from './registry/index.ts';
import { tipsContract } from './tips/index.ts';
import { settingsContract } from './settings/index.ts';
import { backupContract } from './backup/index.ts';
import { documentsContract } from './documents/index.ts';
import { rectificationContract } from './rectification/index.ts';
import { interviewsContract } from './interviews/index.ts';
import { integrityContract } from './integrity/index.ts';
import { consequencesContract } from './consequences/index.ts';

export type { Access, OpDef } from './kernel/contract.ts';

export const contract = joinContract([
  coreContract,
  registryContract,
  tipsContract,
  settingsContract,
  backupContract,
  documentsContract,
  rectificationContract,
  interviewsContract,
  integrityContract,
  consequencesContract,
] as const);

export const api = contract.ops;

export type Api = typeof api;
export type OpName = keyof Api;
/** What a caller sends (before defaults and clean-up). */
export type OpInput<K extends OpName> = z.input<Api[K]['input']>;
/** What a handler receives (parsed, cleaned, defaults filled). */
export type OpParsed<K extends OpName> = z.output<Api[K]['input']>;
export type OpOutput<K extends OpName> = Api[K]['output'];

export const OP_NAMES = Object.keys(api) as OpName[];

export function isOpName(value: unknown): value is OpName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(api, value);
}

/** The envelope on the one channel (IPC or HTTP). */
export interface Envelope {
  op: string;
  input: unknown;
  session?: string | null;
}

export function mayCall(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'session') return true;
  return access.includes(role);
}

/** The operation as the office says it; an unknown name (an old audit entry) as it is. */
export function opLabel(op: string): string {
  return Object.hasOwn(contract.ops, op) ? (contract.ops as Record<string, { label: string }>)[op]!.label : op;
}

/** An audit entity's Chinese name, or null when no domain declares it. */
export function entityLabel(entity: string): string | null {
  return contract.entities[entity] ?? null;
}

/**
 * The Chinese label of an audit summary field: as the domain of the entry's operation names it,
 * else as core names it, else as another domain does; null when none does.
 */
export function fieldLabel(op: string, key: string): string | null {
  const own = contract.domainOf[op];
  const order = [own, 'core', ...Object.keys(contract.fieldsOf)];
  for (const domain of order) {
    const label = domain === undefined ? undefined : contract.fieldsOf[domain]?.[key];
    if (label !== undefined) return label;
  }
  return null;
}
