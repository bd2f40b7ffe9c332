// The audit trail: append-only, each entry hashed with the one before it (the hash chain), and
// each hash authenticated with the install's audit key (the MAC chain: a key kept outside the
// database, so whoever can write the file cannot rebuild the chain). The head — the newest entry's
// id, hash and a MAC over both — is kept in meta, so removing the newest entries is detected, and
// the services keep the newest (id, MAC) outside the database too, so a database rolled back to an
// older copy is detected as well (verifyAuditChain's `outside`).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../types.ts';
import type { AuditListInput, AuditProblem, AuditRow, AuditVerifyResult } from '../../../shared/core/admin.ts';
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

/** The newest entry as the services keep it outside the database. */
export interface AuditHead {
  id: number;
  mac: string;
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
  mac: string | null;
}

function entryHash(prev: string, e: Omit<StoredEntry, 'prev_hash' | 'hash' | 'mac'>): string {
  // Entries without a subject (all those written before migration 0004) hash as they always did.
  const fields = [e.id, e.at, e.user_id, e.username, e.op, e.entity, e.entity_id, e.summary];
  const canonical = JSON.stringify(e.subject === null || e.subject === undefined ? fields : [...fields, e.subject]);
  return createHash('sha256').update(prev).update('\n').update(canonical).digest('hex');
}

function hmac(key: Buffer, ...parts: string[]): string {
  return createHmac('sha256', key).update(parts.join('\n')).digest('hex');
}

/** An entry's MAC: the one before it and this entry's hash, under the audit key. */
function entryMac(key: Buffer, prevMac: string, hash: string): string {
  return hmac(key, 'entry', prevMac, hash);
}

/** The head in meta: id, hash and a MAC over both (a head rewritten without the key fails it). */
function headMac(key: Buffer, id: number, hash: string): string {
  return hmac(key, 'head', String(id), hash);
}

function equalText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

interface MetaHead {
  id: number;
  hash: string;
  mac: string | null;
}

function parseHead(value: string | null): MetaHead {
  if (!value) return { id: 0, hash: GENESIS_HASH, mac: null };
  const [id, hash, mac] = value.split(':');
  return { id: Number(id), hash: hash ?? GENESIS_HASH, mac: mac ?? null };
}

function writeHead(db: Db, key: Buffer, id: number, hash: string): void {
  setMeta(db, 'audit_head', `${id}:${hash}:${headMac(key, id, hash)}`);
}

/** Appends one entry; call inside the transaction of the change it records. */
export function appendAudit(db: Db, key: Buffer, input: AuditEntryInput): AuditHead {
  const head = parseHead(getMeta(db, 'audit_head'));
  const last = db.prepare('SELECT id, hash, mac FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string; mac: string | null } | undefined;
  const prev = last?.hash ?? GENESIS_HASH;
  const prevMac = last?.mac ?? GENESIS_HASH;
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
  const mac = entryMac(key, prevMac, hash);
  db.prepare(
    `INSERT INTO audit (id, at, user_id, username, op, entity, entity_id, summary, subject, prev_hash, hash, mac)
     VALUES (@id, @at, @user_id, @username, @op, @entity, @entity_id, @summary, @subject, @prev_hash, @hash, @mac)`,
  ).run({ ...entry, prev_hash: prev, hash, mac });
  writeHead(db, key, id, hash);
  return { id, mac };
}

/** The newest entry's id and MAC (what the services keep outside the database), or null with no entries. */
export function lastAuditHead(db: Db): AuditHead | null {
  const row = db.prepare('SELECT id, mac FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; mac: string | null } | undefined;
  return row ? { id: row.id, mac: row.mac ?? '' } : null;
}

/** The MAC of one entry ('' when it has none, null when there is no such entry). */
export function auditMacAt(db: Db, id: number): string | null {
  const row = db.prepare('SELECT mac FROM audit WHERE id = ?').get(id) as { mac: string | null } | undefined;
  return row ? (row.mac ?? '') : null;
}

function fail(problem: AuditProblem, entries: number, brokenAt: number | null, message: string): AuditVerifyResult {
  return { ok: false, entries, brokenAt, problem, message };
}

/** The hash chain alone: every entry as written and in place. */
function verifyHashes(db: Db): AuditVerifyResult & { lastId: number; lastHash: string } {
  let prev = GENESIS_HASH;
  let count = 0;
  let lastId = 0;
  for (const row of db.prepare('SELECT * FROM audit ORDER BY id').iterate() as IterableIterator<StoredEntry>) {
    count++;
    if (row.prev_hash !== prev) return { ...fail('edited', count, row.id, `审计日志第 ${row.id} 条之前的记录被删除或改动，链条断裂`), lastId, lastHash: prev };
    if (row.hash !== entryHash(prev, row)) return { ...fail('edited', count, row.id, `审计日志第 ${row.id} 条的内容被改动过`), lastId, lastHash: prev };
    prev = row.hash;
    lastId = row.id;
  }
  return { ok: true, entries: count, brokenAt: null, problem: null, message: '', lastId, lastHash: prev };
}

/**
 * Checks the trail and says what is wrong, if anything: an edited entry, a chain rebuilt without
 * the key, deleted newest entries, a rewritten head, or a database rolled back behind the head
 * kept outside it (`outside`: that head; null when the database has none yet; 'missing' when it
 * should exist and does not). Without the key nothing can be vouched for, and it says so.
 */
export function verifyAuditChain(db: Db, key: Buffer | null, outside: AuditHead | null | 'missing'): AuditVerifyResult {
  const hashes = verifyHashes(db);
  if (!hashes.ok) return fail(hashes.problem ?? 'edited', hashes.entries, hashes.brokenAt, hashes.message);
  const count = hashes.entries;
  if (key === null) return fail('no-key', count, null, `找不到密钥，无法验证审计日志的签名（哈希链本身完整，共 ${count} 条）`);

  let prevMac = GENESIS_HASH;
  for (const row of db.prepare('SELECT id, hash, mac FROM audit ORDER BY id').iterate() as IterableIterator<{ id: number; hash: string; mac: string | null }>) {
    if (row.mac === null || !equalText(row.mac, entryMac(key, prevMac, row.hash))) {
      return fail('rebuilt', count, row.id, `审计日志第 ${row.id} 条的签名与密钥不符：日志被改写或重建过`);
    }
    prevMac = row.mac;
  }

  const head = parseHead(getMeta(db, 'audit_head'));
  if (head.id > hashes.lastId) {
    return fail('deleted-tail', count, hashes.lastId + 1, `审计日志末尾的记录被删除（应有 ${head.id} 条，实有 ${hashes.lastId} 条）`);
  }
  const headOk = head.id === hashes.lastId && head.hash === hashes.lastHash && head.mac !== null && equalText(head.mac, headMac(key, head.id, head.hash));
  if (!headOk && count > 0) {
    return fail('changed-head', count, hashes.lastId, `数据库中的审计日志头被改写（与末条记录或密钥不符）：末尾的记录可能被删除后又改写了日志头`);
  }

  if (outside === 'missing') return fail('no-outside-head', count, null, '库外保存的审计日志头文件不见了，无法确认数据库没有被回退到较早的状态');
  if (outside !== null && outside.id > 0) {
    if (outside.id > hashes.lastId) {
      return fail('rolled-back', count, hashes.lastId + 1, `数据库被回退到较早的状态：库外记录的审计日志已到第 ${outside.id} 条，数据库中只到第 ${hashes.lastId} 条`);
    }
    const row = db.prepare('SELECT mac FROM audit WHERE id = ?').get(outside.id) as { mac: string | null } | undefined;
    if (!row || row.mac === null || !equalText(row.mac, outside.mac)) {
      return fail('changed-head', count, outside.id, `审计日志第 ${outside.id} 条与库外保存的记录不符：数据库被替换或改写过`);
    }
  }
  return { ok: true, entries: count, brokenAt: null, problem: null, message: `审计日志完整，共 ${count} 条，签名与密钥相符` };
}

/**
 * Keys a trail written before it had a key (a database converted to the encrypted store): the
 * hash chain must hold first; then every entry gets its MAC and the head its MAC. Run once, in
 * the conversion, on the copy being converted.
 */
export function sealAuditChain(db: Db, key: Buffer): number {
  const hashes = verifyHashes(db);
  if (!hashes.ok) throw new Error(`转换前的审计日志校验未通过：${hashes.message}`);
  const head = parseHead(getMeta(db, 'audit_head'));
  if (head.id !== hashes.lastId || head.hash !== hashes.lastHash) throw new Error(`转换前的审计日志校验未通过：审计日志末尾的记录被删除（应有 ${head.id} 条，实有 ${hashes.lastId} 条）`);
  let prevMac = GENESIS_HASH;
  const update = db.prepare('UPDATE audit SET mac = ? WHERE id = ?');
  for (const row of db.prepare('SELECT id, hash FROM audit ORDER BY id').all() as Array<{ id: number; hash: string }>) {
    prevMac = entryMac(key, prevMac, row.hash);
    update.run(prevMac, row.id);
  }
  if (hashes.lastId > 0) writeHead(db, key, hashes.lastId, hashes.lastHash);
  return hashes.entries;
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
