// 机关主要领导: the administrator flags a 领导 account (it approves the 谈话函询方案 of a lower-level
// party committee's head); no other role may carry it; the flag is listed, carried by the
// signed-in user and audited with the change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintBesidesRefusals, makeEnv, ok, send, setupAdmin, type TestEnv } from '../../helpers/services.ts';
import { mainLeaderRefusal } from '../../../shared/core/auth.ts';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.close());

describe('机关主要领导', () => {
  it('the rule: only a 领导 may be flagged', () => {
    expect(mainLeaderRefusal('领导', true)).toBeNull();
    expect(mainLeaderRefusal('信访室', false)).toBeNull();
    expect(mainLeaderRefusal('信访室', true)).toBe('只有角色为领导的账号可以设为机关主要领导');
  });

  it('a 领导 account is flagged at creation or by editing, listed, carried when signed in, audited', async () => {
    const admin = await setupAdmin(env);
    const plain = await ok(env, 'users.create', { username: 'leader', displayName: '王领导', role: '领导', password: 'Initial123' }, admin);
    expect(plain.mainLeader).toBe(false);
    const head = await ok(env, 'users.create', { username: 'head', displayName: '张书记', role: '领导', password: 'Initial123', mainLeader: true }, admin);
    expect(head.mainLeader).toBe(true);
    const login = await ok(env, 'auth.login', { username: 'head', password: 'Initial123' }, null);
    expect(login.user.mainLeader).toBe(true);
    expect((await ok(env, 'auth.me', {}, login.token)).mainLeader).toBe(true);

    const flagged = await ok(env, 'users.update', { id: plain.id, version: plain.version, displayName: '王领导', role: '领导', mainLeader: true }, admin);
    expect(flagged.mainLeader).toBe(true);
    const list = await ok(env, 'users.list', { page: 0, pageSize: 20, sortField: 'username', sortDir: 'asc', q: '' }, admin);
    expect(list.rows.filter((u) => u.mainLeader).map((u) => u.username)).toEqual(['head', 'leader']);
    const entry = env.db.prepare("SELECT summary FROM audit WHERE op = 'users.update' ORDER BY id DESC").get() as { summary: string };
    expect(JSON.parse(entry.summary)).toEqual({ mainLeader: [false, true] });
    const unflagged = await ok(env, 'users.update', { id: plain.id, version: flagged.version, displayName: '王领导', role: '领导' }, admin);
    expect(unflagged.mainLeader).toBe(false);
  });

  it('refuses the flag on another role, at creation and when the role changes, changing nothing', async () => {
    const admin = await setupAdmin(env);
    const head = await ok(env, 'users.create', { username: 'head', displayName: '张书记', role: '领导', password: 'Initial123', mainLeader: true }, admin);
    const before = fingerprintBesidesRefusals(env.db);
    const created = await send(env, 'users.create', { username: 'clerk', displayName: '李文书', role: '信访室', password: 'Initial123', mainLeader: true }, admin);
    expect(created).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { mainLeader: '只有角色为领导的账号可以设为机关主要领导' } } });
    const moved = await send(env, 'users.update', { id: head.id, version: head.version, displayName: '张书记', role: '只读', mainLeader: true }, admin);
    expect(moved).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('机关主要领导') } });
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);
  });
});
