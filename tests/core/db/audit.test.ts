import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { appendAudit, GENESIS_HASH, lastAuditHead, sealAuditChain, verifyAuditChain, type AuditHead } from '../../../db/repos/core/audit.ts';
import { getMeta, setMeta } from '../../../db/repos/core/meta.ts';
import { makeEnv, type TestEnv } from '../../helpers/services.ts';

let env: TestEnv;
const key = randomBytes(32);
let outside: AuditHead | null;

function add(i: number, k: Buffer = key): AuditHead {
  return env.db.transaction(() =>
    appendAudit(env.db, k, { at: `2026-11-2${i % 10}T00:00:00Z`, userId: 1, username: 'admin', op: 'units.create', entity: 'unit', entityId: String(i), subject: i % 2 === 0 ? `单位${i}` : null, summary: { name: `单位${i}` } }),
  )();
}

const verify = () => verifyAuditChain(env.db, key, outside);

beforeEach(() => {
  env = makeEnv();
  for (let i = 1; i <= 5; i++) outside = add(i);
});
afterEach(() => env.close());

/** What someone who can write the file but has no key does to hide a change: re-hash every entry after it. */
function rehashFrom(id: number): void {
  const rows = env.db.prepare('SELECT * FROM audit WHERE id >= ? ORDER BY id').all(id) as Array<Record<string, unknown> & { id: number }>;
  let prev = (env.db.prepare('SELECT hash FROM audit WHERE id = ?').get(id - 1) as { hash: string } | undefined)?.hash ?? GENESIS_HASH;
  for (const r of rows) {
    const fields = [r.id, r.at, r.user_id, r.username, r.op, r.entity, r.entity_id, r.summary];
    const canonical = JSON.stringify(r.subject === null ? fields : [...fields, r.subject]);
    const hash = createHash('sha256').update(prev).update('\n').update(canonical).digest('hex');
    env.db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, r.id);
    prev = hash;
  }
  const last = rows.at(-1)?.id ?? id - 1;
  setMeta(env.db, 'audit_head', `${last}:${prev}`);
}

describe('audit chain', () => {
  it('verifies an untouched chain, its MACs and the head kept outside', () => {
    expect(verify()).toMatchObject({ ok: true, entries: 5, brokenAt: null, problem: null });
  });

  it('detects an edited entry', () => {
    env.db.prepare("UPDATE audit SET summary = '{\"name\":\"改过\"}' WHERE id = 3").run();
    expect(verify()).toMatchObject({ ok: false, brokenAt: 3, problem: 'edited' });
  });

  it('detects an edited user or time', () => {
    env.db.prepare("UPDATE audit SET username = 'someone' WHERE id = 2").run();
    expect(verify()).toMatchObject({ ok: false, brokenAt: 2, problem: 'edited' });
  });

  it('detects an entry deleted from the middle', () => {
    env.db.prepare('DELETE FROM audit WHERE id = 2').run();
    expect(verify()).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('detects the newest entries deleted', () => {
    env.db.prepare('DELETE FROM audit WHERE id >= 4').run();
    const result = verify();
    expect(result).toMatchObject({ ok: false, problem: 'deleted-tail' });
    expect(result.message).toMatch(/末尾/);
  });

  it('detects an entry whose own hash was recomputed to hide an edit (the next link breaks)', () => {
    env.db.prepare("UPDATE audit SET hash = 'f'||substr(hash, 2) WHERE id = 3").run();
    expect(verify()).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('detects an edited subject, and keeps entries without one hashing as before', () => {
    env.db.prepare("UPDATE audit SET subject = '别的单位' WHERE id = 2").run();
    expect(verify()).toMatchObject({ ok: false, brokenAt: 2 });
    env.db.prepare("UPDATE audit SET subject = '单位2' WHERE id = 2").run();
    env.db.prepare("UPDATE audit SET subject = '单位3' WHERE id = 3").run();
    expect(verify()).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('continues the chain after verification', () => {
    outside = add(6);
    expect(verify()).toMatchObject({ ok: true, entries: 6 });
  });

  it('detects a chain rebuilt after an edit (every hash recomputed, the head rewritten): the MACs do not match', () => {
    env.db.prepare("UPDATE audit SET summary = '{\"name\":\"改过\"}' WHERE id = 3").run();
    rehashFrom(3);
    expect(verifyAuditChain(env.db, key, outside)).toMatchObject({ ok: false, brokenAt: 3, problem: 'rebuilt' });
  });

  it('detects a chain rebuilt with another key', () => {
    env.db.prepare('DELETE FROM audit').run();
    setMeta(env.db, 'audit_head', '');
    const other = randomBytes(32);
    for (let i = 1; i <= 5; i++) add(i, other);
    expect(verifyAuditChain(env.db, key, null)).toMatchObject({ ok: false, brokenAt: 1, problem: 'rebuilt' });
  });

  it('detects the newest entries deleted and the head in the database rewritten to match', () => {
    const kept = env.db.prepare('SELECT id, hash FROM audit WHERE id = 3').get() as { id: number; hash: string };
    env.db.prepare('DELETE FROM audit WHERE id > 3').run();
    setMeta(env.db, 'audit_head', `${kept.id}:${kept.hash}`);
    expect(verifyAuditChain(env.db, key, null)).toMatchObject({ ok: false, problem: 'changed-head' });
    // Even a head carrying the old MAC part does not fit the shorter chain.
    setMeta(env.db, 'audit_head', `${kept.id}:${kept.hash}:${'0'.repeat(64)}`);
    expect(verifyAuditChain(env.db, key, null)).toMatchObject({ ok: false, problem: 'changed-head' });
  });

  it('detects a database rolled back to an older copy (consistent in itself, behind the head kept outside)', () => {
    const before = lastAuditHead(env.db);
    const headBefore = getMeta(env.db, 'audit_head');
    outside = add(6);
    add(7);
    outside = lastAuditHead(env.db);
    // The older copy: what the database was at entry 5.
    env.db.prepare('DELETE FROM audit WHERE id > 5').run();
    setMeta(env.db, 'audit_head', headBefore ?? '');
    expect(verifyAuditChain(env.db, key, before)).toMatchObject({ ok: true });
    const result = verifyAuditChain(env.db, key, outside);
    expect(result).toMatchObject({ ok: false, problem: 'rolled-back', brokenAt: 6 });
    expect(result.message).toContain('数据库被回退到较早的状态');
  });

  it('detects a head kept outside that does not match the entry it names (a database replaced)', () => {
    expect(verifyAuditChain(env.db, key, { id: 3, mac: 'a'.repeat(64) })).toMatchObject({ ok: false, problem: 'changed-head', brokenAt: 3 });
  });

  it('says plainly when the key or the outside head is missing', () => {
    expect(verifyAuditChain(env.db, null, outside)).toMatchObject({ ok: false, problem: 'no-key' });
    expect(verifyAuditChain(env.db, key, 'missing')).toMatchObject({ ok: false, problem: 'no-outside-head' });
  });

  it('seals a chain written before it had a key, once its hash chain holds', () => {
    env.db.prepare('UPDATE audit SET mac = NULL').run();
    setMeta(env.db, 'audit_head', (getMeta(env.db, 'audit_head') ?? '').split(':').slice(0, 2).join(':'));
    expect(verifyAuditChain(env.db, key, null)).toMatchObject({ ok: false, problem: 'rebuilt' });
    const other = randomBytes(32);
    expect(sealAuditChain(env.db, other)).toBe(5);
    expect(verifyAuditChain(env.db, other, null)).toMatchObject({ ok: true, entries: 5 });
    env.db.prepare("UPDATE audit SET username = 'x' WHERE id = 2").run();
    expect(() => sealAuditChain(env.db, other)).toThrow(/第 2 条/);
  });
});
