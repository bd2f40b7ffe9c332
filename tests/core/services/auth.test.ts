import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { makeEnv, ok, send, setupAdmin, PASSWORD, fingerprint, type TestEnv } from '../../helpers/services.ts';
import { getUserByUsername } from '../../../db/repos/core/users.ts';
import { verifyPassword } from '../../../electron/services/core/passwords.ts';
import { SIGN_IN_REFUSED } from '../../../electron/services/core/auth.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/index.ts';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.close());

describe('first start', () => {
  it('requires setting up an administrator; there is no default account', async () => {
    expect(await ok(env, 'auth.status', {}, null)).toMatchObject({ setupRequired: true, user: null });
    const login = await send(env, 'auth.login', { username: 'admin', password: 'admin' });
    expect(login).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('creates the administrator once, with a strong password rule, then refuses a second set-up', async () => {
    const weak = await send(env, 'auth.setupAdmin', { username: 'admin', displayName: '管理员', password: 'short' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!weak.ok) expect(weak.error.fields?.password).toMatch(/至少8位/);
    const token = await setupAdmin(env);
    expect(await ok(env, 'auth.me', {}, token)).toMatchObject({ username: 'admin', role: '系统管理员' });
    const again = await send(env, 'auth.setupAdmin', { username: 'evil', displayName: '某人', password: 'Another123' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(getUserByUsername(env.db, 'evil')).toBeUndefined();
  });

  it('stores the password as scrypt with N = 2^17, r = 8', async () => {
    await setupAdmin(env);
    const user = getUserByUsername(env.db, 'admin');
    expect(user?.passwordHash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(user?.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, user?.passwordHash ?? '')).toBe(true);
    expect(await verifyPassword('wrong-pass1', user?.passwordHash ?? '')).toBe(false);
  });

  it('can load the demo data with the administrator', async () => {
    const token = await setupAdmin(env, true);
    const summary = await ok(env, 'home.summary', {}, token);
    expect(summary.units.total).toBeGreaterThanOrEqual(190);
    expect(summary.people.total).toBeGreaterThanOrEqual(1900);
  });
});

describe('login', () => {
  beforeEach(async () => {
    await setupAdmin(env);
  });

  it('signs in with the right password and records the login in the audit trail', async () => {
    const result = await ok(env, 'auth.login', { username: 'admin', password: PASSWORD }, null);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const audit = await ok(env, 'audit.list', { q: '登录成功' }, result.token);
    expect(audit.total).toBe(1);
  });

  it('slows down each failure and locks the account after the configured number', async () => {
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await send(env, 'auth.login', { username: 'admin', password: 'Wrong12345' });
      if (!r.ok) messages.push(`${r.error.code} ${r.error.message}`);
    }
    expect(env.sleeps).toEqual([200, 400, 600, 800, 1000]);
    expect(new Set(messages)).toEqual(new Set([`UNAUTHENTICATED ${SIGN_IN_REFUSED}`]));
    // Even the right password is refused while locked, with the same answer.
    const locked = await send(env, 'auth.login', { username: 'admin', password: PASSWORD });
    expect(locked).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
    env.clock.advanceMinutes(16);
    expect((await send(env, 'auth.login', { username: 'admin', password: PASSWORD })).ok).toBe(true);
  });

  it('answers an unknown user like a wrong password', async () => {
    const r = await send(env, 'auth.login', { username: 'nobody', password: 'Wrong12345' });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
  });

  it('locks a session that stayed idle longer than the configured time', async () => {
    const { token } = await ok(env, 'auth.login', { username: 'admin', password: PASSWORD }, null);
    await ok(env, 'settings.update', { ...DEFAULT_SETTINGS, idleLockMinutes: 10 }, token);
    env.clock.advanceMinutes(9);
    expect((await send(env, 'units.list', {}, token)).ok).toBe(true);
    env.clock.advanceMinutes(11);
    const r = await send(env, 'units.list', {}, token);
    expect(r).toMatchObject({ ok: false, error: { code: 'SESSION_EXPIRED' } });
    if (!r.ok) expect(r.error.message).toMatch(/10 分钟未操作/);
    expect((await send(env, 'units.list', {}, token)).ok).toBe(false);
  });

  it('refuses every operation after logout', async () => {
    const { token } = await ok(env, 'auth.login', { username: 'admin', password: PASSWORD }, null);
    await ok(env, 'auth.logout', {}, token);
    expect(await send(env, 'units.list', {}, token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('accounts', () => {
  it('a new user must change the password first; a disabled one cannot sign in', async () => {
    const admin = await setupAdmin(env);
    const created = await ok(env, 'users.create', { username: 'clerk', displayName: '李文书', role: '信访室', password: 'Initial123' }, admin);
    expect(created.mustChangePassword).toBe(true);
    const { token } = await ok(env, 'auth.login', { username: 'clerk', password: 'Initial123' }, null);
    expect(await send(env, 'units.list', {}, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const same = await send(env, 'auth.changePassword', { oldPassword: 'Initial123', newPassword: 'Initial123' }, token);
    expect(same).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await ok(env, 'auth.changePassword', { oldPassword: 'Initial123', newPassword: 'Changed456' }, token);
    expect((await send(env, 'units.list', {}, token)).ok).toBe(true);

    await ok(env, 'users.setDisabled', { id: created.id, disabled: true }, admin);
    expect(await send(env, 'units.list', {}, token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await send(env, 'auth.login', { username: 'clerk', password: 'Changed456' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
  });

  it('a password reset by the administrator must be changed before anything else', async () => {
    const admin = await setupAdmin(env);
    const created = await ok(env, 'users.create', { username: 'clerk', displayName: '李文书', role: '信访室', password: 'Initial123' }, admin);
    const first = await ok(env, 'auth.login', { username: 'clerk', password: 'Initial123' }, null);
    await ok(env, 'auth.changePassword', { oldPassword: 'Initial123', newPassword: 'Changed456' }, first.token);
    const { token: before } = await ok(env, 'auth.login', { username: 'clerk', password: 'Changed456' }, null);
    expect((await ok(env, 'auth.me', {}, before)).mustChangePassword).toBe(false);
    expect((await send(env, 'units.list', {}, before)).ok).toBe(true);

    const reset = await ok(env, 'users.resetPassword', { id: created.id, password: 'Reset12345' }, admin);
    expect(reset).toMatchObject({ id: created.id, username: 'clerk', mustChangePassword: true });
    expect(getUserByUsername(env.db, 'clerk')?.mustChangePassword).toBe(true);
    expect((await ok(env, 'users.list', { q: 'clerk' }, admin)).rows.find((u) => u.id === created.id)?.mustChangePassword).toBe(true);
    // The sessions opened before end; the old password no longer works.
    expect(await send(env, 'units.list', {}, before)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await send(env, 'auth.login', { username: 'clerk', password: 'Changed456' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    // Signed in with the new password: told to change it, and refused everything else until then.
    const login = await ok(env, 'auth.login', { username: 'clerk', password: 'Reset12345' }, null);
    expect(login.user.mustChangePassword).toBe(true);
    expect((await ok(env, 'auth.status', {}, login.token)).user?.mustChangePassword).toBe(true);
    expect((await ok(env, 'auth.me', {}, login.token)).mustChangePassword).toBe(true);
    for (const [op, input] of [['units.list', {}], ['tips.list', {}], ['tips.dashboard', {}], ['home.summary', {}]] as const) {
      expect(await send(env, op, input, login.token), op).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '管理员已重置您的密码，请先修改密码再继续。' } });
    }
    await ok(env, 'auth.changePassword', { oldPassword: 'Reset12345', newPassword: 'Final67890' }, login.token);
    expect((await send(env, 'units.list', {}, login.token)).ok).toBe(true);
    expect((await ok(env, 'auth.me', {}, login.token)).mustChangePassword).toBe(false);
    expect((await ok(env, 'auth.login', { username: 'clerk', password: 'Final67890' }, null)).user.mustChangePassword).toBe(false);
  });

  it('keeps at least one active administrator', async () => {
    const admin = await setupAdmin(env);
    const me = await ok(env, 'auth.me', {}, admin);
    const before = fingerprint(env.db);
    expect(await send(env, 'users.setDisabled', { id: me.id, disabled: true }, admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await send(env, 'users.update', { id: me.id, version: 0, displayName: '管理员', role: '只读' }, admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('an administrator can unlock a locked account', async () => {
    const admin = await setupAdmin(env);
    const user = await ok(env, 'users.create', { username: 'leader', displayName: '王领导', role: '领导', password: 'Initial123' }, admin);
    for (let i = 0; i < 5; i++) await send(env, 'auth.login', { username: 'leader', password: 'Wrong12345' });
    expect(await send(env, 'auth.login', { username: 'leader', password: 'Initial123' })).toMatchObject({ ok: false, error: { message: SIGN_IN_REFUSED } });
    await ok(env, 'users.unlock', { id: user.id }, admin);
    expect((await send(env, 'auth.login', { username: 'leader', password: 'Initial123' })).ok).toBe(true);
  });
});
