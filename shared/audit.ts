// An audit entry as a person reads it: the operation, the object and the summary in Chinese,
// with every name taken from the domains' pieces of the contract (never a raw key).
import { contract, entityLabel, fieldLabel, opLabel } from './api.ts';

export interface AuditEntryText {
  op: string;
  entity: string;
  entityId: string | null;
  /** The object as a person names it (XF-2026-0372, 城关镇); null on entries written before it was kept. */
  subject: string | null;
  summary: string;
}

function show(op: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (value === true) return '是';
  if (value === false) return '否';
  if (Array.isArray(value)) return value.length ? value.map((v) => show(op, v)).join('、') : '（无）';
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${fieldLabel(op, k) ?? k} ${show(op, v)}`);
    return parts.length ? parts.join('，') : '（无）';
  }
  return String(value);
}

/** The summary (stored as JSON) as one line: { name: ['甲', '乙'] } → 名称：甲 → 乙. */
export function auditSummaryText(op: string, summary: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(summary);
  } catch {
    return summary;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return show(op, parsed);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    const label = fieldLabel(op, key) ?? key;
    if (Array.isArray(value) && value.length === 2 && !Array.isArray(value[0])) parts.push(`${label}：${show(op, value[0])} → ${show(op, value[1])}`);
    else parts.push(`${label}：${show(op, value)}`);
  }
  return parts.length > 0 ? parts.join('；') : '（无改动）';
}

/** The object of an entry: 信访件 XF-2026-0372, 单位 城关镇, 系统设置. */
export function auditObjectText(e: Pick<AuditEntryText, 'entity' | 'entityId' | 'subject'>): string {
  const kind = entityLabel(e.entity) ?? e.entity;
  if (e.subject) return `${kind} ${e.subject}`;
  return e.entityId ? `${kind}（编号 ${e.entityId}）` : kind;
}

/** Keys of an entry that no piece of the contract names (the test over every entry uses it). */
export function unlabelledAuditKeys(e: Pick<AuditEntryText, 'op' | 'entity' | 'summary'>): string[] {
  const missing: string[] = [];
  if (!Object.hasOwn(contract.ops, e.op)) missing.push(`op:${e.op}`);
  if (entityLabel(e.entity) === null) missing.push(`entity:${e.entity}`);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (fieldLabel(e.op, k) === null) missing.push(`field:${k}`);
      walk(v);
    }
  };
  try {
    walk(JSON.parse(e.summary));
  } catch {
    // a plain-text summary has no keys
  }
  return missing;
}

export { opLabel };
