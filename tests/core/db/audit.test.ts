import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../db/repos/core/audit.ts';
import { makeEnv, type TestEnv } from '../../helpers/services.ts';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
  for (let i = 1; i <= 5; i++) {
    env.db.transaction(() =>
      appendAudit(env.db, { at: `2026-11-2${i}T00:00:00Z`, userId: 1, username: 'admin', op: 'units.create', entity: 'unit', entityId: String(i), subject: i % 2 === 0 ? `单位${i}` : null, summary: { name: `单位${i}` } }),
    )();
  }
});
afterEach(() => env.close());

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyAuditChain(env.db)).toMatchObject({ ok: true, entries: 5, brokenAt: null });
  });

  it('detects an edited entry', () => {
    env.db.prepare("UPDATE audit SET summary = '{\"name\":\"改过\"}' WHERE id = 3").run();
    expect(verifyAuditChain(env.db)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('detects an edited user or time', () => {
    env.db.prepare("UPDATE audit SET username = 'someone' WHERE id = 2").run();
    expect(verifyAuditChain(env.db)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('detects an entry deleted from the middle', () => {
    env.db.prepare('DELETE FROM audit WHERE id = 2').run();
    expect(verifyAuditChain(env.db)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('detects the newest entries deleted', () => {
    env.db.prepare('DELETE FROM audit WHERE id >= 4').run();
    const result = verifyAuditChain(env.db);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/末尾/);
  });

  it('detects an entry whose own hash was recomputed to hide an edit (the next link breaks)', () => {
    env.db.prepare("UPDATE audit SET hash = 'f'||substr(hash, 2) WHERE id = 3").run();
    expect(verifyAuditChain(env.db)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('detects an edited subject, and keeps entries without one hashing as before', () => {
    expect(verifyAuditChain(env.db)).toMatchObject({ ok: true, entries: 5 });
    env.db.prepare("UPDATE audit SET subject = '别的单位' WHERE id = 2").run();
    expect(verifyAuditChain(env.db)).toMatchObject({ ok: false, brokenAt: 2 });
    env.db.prepare("UPDATE audit SET subject = '单位2' WHERE id = 2").run();
    env.db.prepare("UPDATE audit SET subject = '单位3' WHERE id = 3").run();
    expect(verifyAuditChain(env.db)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('continues the chain after verification', () => {
    env.db.transaction(() =>
      appendAudit(env.db, { at: '2026-11-30T00:00:00Z', userId: null, username: 'x', op: 'auth.login', entity: 'user', entityId: null, subject: null, summary: null }),
    )();
    expect(verifyAuditChain(env.db)).toMatchObject({ ok: true, entries: 6 });
  });
});
