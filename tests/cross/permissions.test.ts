// Each role against each operation: the service layer allows exactly what the contract
// declares, whatever the caller sends, and a refused call writes nothing but the audit entry
// of the refusal (who tried what, never the input).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { api, OP_NAMES, type OpName } from '../../shared/api.ts';
import { ROLES, type Role } from '../../shared/core/roles.ts';
import { fingerprintBesidesRefusals, makeEnv, send, setupAdmin, userWithRole, type TestEnv } from '../helpers/services.ts';

let env: TestEnv;
const sessions = new Map<Role, string>();

beforeAll(async () => {
  env = makeEnv();
  sessions.set('系统管理员', await setupAdmin(env, true));
  let i = 0;
  for (const role of ROLES) if (role !== '系统管理员') sessions.set(role, await userWithRole(env, role, `user${i++}`));
}, 60_000);
afterAll(() => env.close());

const auditCount = () => (env.db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
const lastAudit = () => env.db.prepare('SELECT op, entity, summary FROM audit ORDER BY id DESC LIMIT 1').get() as { op: string; entity: string; summary: string };

/** Runs `refused` and checks that it wrote exactly one audit entry, the refusal of `op`, and nothing else. */
async function writesOnlyTheRefusal(op: string, refused: () => Promise<unknown>, what: string): Promise<void> {
  const count = auditCount();
  await refused();
  expect(auditCount(), `${what}: one audit entry`).toBe(count + 1);
  const entry = lastAudit();
  expect(entry, what).toMatchObject({ op, entity: 'refusal' });
  expect(JSON.parse(entry.summary), what).toMatchObject({ result: '已拒绝' });
}

function allowed(op: OpName, role: Role): boolean {
  const access = api[op].access;
  return access === 'public' || access === 'session' || access.includes(role);
}

describe('permissions', () => {
  for (const role of ROLES) {
    it(`${role}: every operation is allowed or refused as the contract says`, async () => {
      const token = sessions.get(role) as string;
      for (const op of OP_NAMES) {
        if (op === 'auth.logout' || op === 'auth.login' || op === 'auth.setupAdmin') continue;
        const before = fingerprintBesidesRefusals(env.db);
        // An input that fails validation: an allowed call answers VALIDATION, a refused one FORBIDDEN.
        if (allowed(op, role)) {
          const entries = auditCount();
          const r = await send(env, op, { __not_a_field__: 1 }, token);
          expect(r, `${role} ${op}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
          expect(auditCount(), `${role} ${op} audited a refused input`).toBe(entries);
        } else {
          await writesOnlyTheRefusal(op, async () => {
            const r = await send(env, op, { __not_a_field__: 1 }, token);
            expect(r, `${role} ${op}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
            if (!r.ok) expect(r.error.message).toContain(role);
          }, `${role} ${op}`);
        }
        expect(fingerprintBesidesRefusals(env.db), `${role} ${op} wrote something`).toBe(before);
      }
    });
  }

  it('refuses every non-public operation without a session, before looking at the input', async () => {
    for (const op of OP_NAMES) {
      if (api[op].access === 'public') continue;
      const r = await send(env, op, {}, null);
      expect(r, op).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('only registry editors change units; 只读 and 信访室 cannot, with nothing written', async () => {
    for (const role of ['只读', '信访室', '领导', '监督检查室'] as const) {
      const before = fingerprintBesidesRefusals(env.db);
      await writesOnlyTheRefusal('units.create', async () => {
        const r = await send(env, 'units.create', { name: '越权新建单位', type: '其他', parentId: null, headcount: 1 }, sessions.get(role) as string);
        expect(r, role).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }, role);
      expect(fingerprintBesidesRefusals(env.db)).toBe(before);
    }
    const ok = await send(env, 'units.create', { name: '合规新建单位', type: '其他', parentId: null, headcount: 1 }, sessions.get('案件监督管理室') as string);
    expect(ok.ok).toBe(true);
  });

  it('only the administrator manages accounts and reads the audit trail', async () => {
    for (const role of ROLES.filter((r) => r !== '系统管理员')) {
      expect(await send(env, 'users.list', {}, sessions.get(role) as string), role).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await send(env, 'audit.list', {}, sessions.get(role) as string), role).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await send(env, 'users.list', {}, sessions.get('系统管理员') as string)).ok).toBe(true);
  });

  it('every role can read the registry', async () => {
    for (const role of ROLES) expect((await send(env, 'units.list', {}, sessions.get(role) as string)).ok, role).toBe(true);
  });
});
