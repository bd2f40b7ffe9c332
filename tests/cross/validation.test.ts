// Malformed, oversized, wrong-typed and hostile inputs to every operation are refused with a
// clear Chinese message and write nothing (property-based, fast-check).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { api, OP_NAMES } from '../../shared/api.ts';
import type { Role } from '../../shared/core/roles.ts';
import { fingerprint, makeEnv, ok, send, setupAdmin, userWithRole, type TestEnv } from '../helpers/services.ts';

let env: TestEnv;
let admin: string;
const sessions = new Map<Role, string>();

beforeAll(async () => {
  env = makeEnv();
  admin = await setupAdmin(env, true);
  sessions.set('系统管理员', admin);
  for (const role of ['信访室', '领导', '监督检查室', '案件监督管理室'] as const) sessions.set(role, await userWithRole(env, role, `fuzz-${sessions.size}`));
}, 60_000);

/** A session of a role allowed to call the operation, so the input check is what answers. */
function sessionFor(op: (typeof OP_NAMES)[number]): string {
  const access = api[op].access;
  const role = Array.isArray(access) && !access.includes('系统管理员') ? (access[0] as Role) : '系统管理员';
  return sessions.get(role) ?? admin;
}
afterAll(() => env.close());

const hostileString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ minLength: 5000, maxLength: 6000 }),
  fc.constantFrom("'; DROP TABLE units; --", '<script>alert(1)</script>', '\u0000\u0007', '../../etc/passwd', '%s%n', '　', '𠀀𠀁', '\u202e'),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  hostileString,
  fc.constantFrom(-1, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, null, true, [], {}),
);
/** An object shaped like a real input with one or more fields replaced by hostile values. */
function mutatedInput(keys: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    hostileValue,
    fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), hostileValue, { maxKeys: 6 }),
  );
}

function keysOf(op: (typeof OP_NAMES)[number]): string[] {
  const shape = (api[op].input as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : ['x'];
}

describe('validation of every operation', () => {
  for (const op of OP_NAMES) {
    if (op === 'auth.logout') continue;
    it(`${op}: invalid input is refused with VALIDATION and writes nothing`, async () => {
      const schema = api[op].input;
      await fc.assert(
        fc.asyncProperty(mutatedInput(keysOf(op)), async (input) => {
          fc.pre(!schema.safeParse(input ?? {}).success);
          const before = fingerprint(env.db);
          const r = await send(env, op, input, sessionFor(op));
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.error.code).toBe('VALIDATION');
          expect(r.error.message).toMatch(/^请检查填写的内容：/);
          expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
          expect(fingerprint(env.db)).toBe(before);
        }),
        { numRuns: 40 },
      );
    });
  }
});

describe('hostile but valid text is stored as text', () => {
  it('keeps SQL-looking names literally and the tables intact', async () => {
    const unit = await ok(env, 'units.create', { name: "X'); DROP TABLE units; --", type: '其他', parentId: null, headcount: null }, admin);
    expect(unit.name).toBe("X'); DROP TABLE units; --");
    expect((await ok(env, 'units.list', { q: 'DROP TABLE' }, admin)).total).toBe(1);
  });

  it('keeps a name as typed, without the spaces before and after it', async () => {
    const unit = await ok(env, 'units.create', { name: '　城关  第二  社区　', type: '其他', parentId: null, headcount: null }, admin);
    expect(unit.name).toBe('城关  第二  社区');
  });

  it('names the field to fix', async () => {
    const r = await send(env, 'units.create', { name: '', type: '乡', parentId: null, headcount: -3 }, admin);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.fields).toMatchObject({ name: '请填写单位名称', headcount: '编制人数不能为负数' });
    expect(r.error.fields?.type).toMatch(/请选择单位类型/);
  });

  it('rejects a request that is not an envelope', async () => {
    for (const envelope of [null, 'x', [], { op: 'no.such' }, { op: 'units.list', session: 5 }]) {
      const r = await import('../../electron/services/dispatch.ts').then((m) => m.dispatch(env.ctx, envelope));
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
  });
});
