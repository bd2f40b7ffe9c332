// The audit trail: append-only, each entry hashed with the one before it, and the head kept
// in meta so that removing the newest entries is detected too.
import { createHash } from 'node:crypto';
import type { Db } from '../../types.ts';
import type { AuditListInput, AuditRow, AuditVerifyResult } from '../../../shared/core/admin.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import { getMeta, setMeta } from './meta.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryInput {
  at: string;
  userId: number | null;
  username: string;
  op: string;
  entity: string;
  entityId: string | null;
  /** The object as a person names it (XF-2026-0372, 城关镇), or null where there is none. */
  subject: string | null;
  summary: unknown;
}

interface StoredEntry {
  id: number;
  at: string;
  user_id: number | null;
  username: string;
  op: string;
  entity: string;
  entity_id: string | null;
  summary: string;
  subject: string | null;
  prev_hash: string;
  hash: string;
}

function entryHash(prev: string, e: Omit<StoredEntry, 'prev_hash' | 'hash'>): string {
  // Entries without a subject (all those written before migration 0004) hash as they always did.
  const fields = [e.id, e.at, e.user_id, e.username, e.op, e.entity, e.entity_id, e.summary];
  const canonical = JSON.stringify(e.subject === null || e.subject === undefined ? fields : [...fields, e.subject]);
  return createHash('sha256').update(prev).update('\n').update(canonical).digest('hex');
}

function parseHead(value: string | null): { id: number; hash: string } {
  if (!value) return { id: 0, hash: GENESIS_HASH };
  const [id, hash] = value.split(':');
  return { id: Number(id), hash: hash ?? GENESIS_HASH };
}

/** Appends one entry; call inside the transaction of the change it records. */
export function appendAudit(db: Db, input: AuditEntryInput): number {
  const head = parseHead(getMeta(db, 'audit_head'));
  const last = db.prepare('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  const prev = last?.hash ?? GENESIS_HASH;
  const id = Math.max(last?.id ?? 0, head.id) + 1;
  const entry = {
    id,
    at: input.at,
    user_id: input.userId,
    username: input.username,
    op: input.op,
    entity: input.entity,
    entity_id: input.entityId,
    summary: JSON.stringify(input.summary ?? null),
    subject: input.subject,
  };
  const hash = entryHash(prev, entry);
  db.prepare(
    `INSERT INTO audit (id, at, user_id, username, op, entity, entity_id, summary, subject, prev_hash, hash)
     VALUES (@id, @at, @user_id, @username, @op, @entity, @entity_id, @summary, @subject, @prev_hash, @hash)`,
  ).run({ ...entry, prev_hash: prev, hash });
  setMeta(db, 'audit_head', `${id}:${hash}`);
  return id;
}

export function verifyAuditChain(db: Db): AuditVerifyResult {
  let prev = GENESIS_HASH;
  let count = 0;
  let lastId = 0;
  const rows = db.prepare('SELECT * FROM audit ORDER BY id').iterate() as IterableIterator<StoredEntry>;
  for (const row of rows) {
    count++;
    const expected = entryHash(prev, row);
    if (row.prev_hash !== prev) {
      return { ok: false, entries: count, brokenAt: row.id, message: `审计日志第 ${row.id} 条之前的记录被删除或改动，链条断裂` };
    }
    if (row.hash !== expected) {
      return { ok: false, entries: count, brokenAt: row.id, message: `审计日志第 ${row.id} 条的内容被改动过` };
    }
    prev = row.hash;
    lastId = row.id;
  }
  const head = parseHead(getMeta(db, 'audit_head'));
  if (head.id !== lastId || head.hash !== prev) {
    return {
      ok: false,
      entries: count,
      brokenAt: lastId + 1,
      message: `审计日志末尾的记录被删除（应有 ${head.id} 条，实有 ${lastId} 条）`,
    };
  }
  return { ok: true, entries: count, brokenAt: null, message: `审计日志完整，共 ${count} 条` };
}

export function listAudit(db: Db, input: AuditListInput): Page<AuditRow> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.q) {
    where.push('(instr(op, ?) > 0 OR instr(username, ?) > 0 OR instr(entity, ?) > 0 OR instr(summary, ?) > 0 OR instr(subject, ?) > 0)');
    params.push(input.q, input.q, input.q, input.q, input.q);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit ${clause}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT id, at, user_id AS userId, username, op, entity, entity_id AS entityId, subject, summary
       FROM audit ${clause} ORDER BY id ${input.sortDir === 'asc' ? 'ASC' : 'DESC'} LIMIT ? OFFSET ?`,
    )
    .all(...params, input.pageSize, input.page * input.pageSize) as AuditRow[];
  return { rows, total };
}

/** Operations that change nothing in the office's records: sign-ins and sign-outs (they stay in 审计日志). */
export const SIGN_IN_OPS: readonly string[] = ['auth.login', 'auth.logout'];

/** The latest changes (首页 最近变动): the newest entries, leaving out sign-ins and sign-outs. */
export function recentAudit(db: Db, limit: number): Array<{ at: string; username: string; op: string; summary: string }> {
  const skip = SIGN_IN_OPS.map(() => '?').join(', ');
  return db.prepare(`SELECT at, username, op, summary FROM audit WHERE op NOT IN (${skip}) ORDER BY id DESC LIMIT ?`).all(...SIGN_IN_OPS, limit) as Array<{
    at: string;
    username: string;
    op: string;
    summary: string;
  }>;
}

/** Every entry's operation, entity and summary, oldest first (the test over all entries reads them). */
export function iterateAuditTexts(db: Db): IterableIterator<{ op: string; entity: string; summary: string }> {
  return db.prepare('SELECT op, entity, summary FROM audit ORDER BY id').iterate() as IterableIterator<{ op: string; entity: string; summary: string }>;
}
