// Sessions: changing one's password signs out one's other windows (this one stays); a session
// ends a fixed number of hours after sign-in however busy it is (setting 登录有效时长, default 12);
// sessions past their limits are swept out when a new one begins.
import { describe, expect, it } from 'vitest';
import { eachWithAdmin, ok, send, PASSWORD, type TestEnv } from '../../helpers/services.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/index.ts';

let env: TestEnv;
let admin: string;
eachWithAdmin((e, a) => {
  env = e;
  admin = a;
});

const signIn = async (username = 'admin', password = PASSWORD) => (await ok(env, 'auth.login', { username, password }, null)).token;

describe('sessions', () => {
  it('a password change ends the person\'s other sessions and keeps the one that changed it', async () => {
    const other = await signIn();
    const third = await signIn();
    await ok(env, 'auth.changePassword', { oldPassword: PASSWORD, newPassword: 'Changed12345' }, admin);
    expect((await send(env, 'units.list', {}, admin)).ok).toBe(true);
    for (const token of [other, third]) expect(await send(env, 'units.list', {}, token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('ends 12 hours after sign-in however busy, and after the configured hours once changed', async () => {
    expect(DEFAULT_SETTINGS.sessionMaxHours).toBe(12);
    const token = await signIn();
    // Busy all day: a call every 10 minutes keeps it from the idle lock, not from its end.
    for (let m = 10; m <= 12 * 60; m += 10) {
      env.clock.advanceMinutes(10);
      expect((await send(env, 'units.list', {}, token)).ok, `at ${m} minutes`).toBe(true);
    }
    env.clock.advanceMinutes(10);
    expect(await send(env, 'units.list', {}, token)).toMatchObject({ ok: false, error: { code: 'SESSION_EXPIRED', message: '本次登录已超过 12 小时，请重新登录。' } });
    expect(await send(env, 'units.list', {}, token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const fresh = await signIn();
    const settings = await ok(env, 'settings.get', {}, fresh);
    await ok(env, 'settings.update', { ...settings, sessionMaxHours: 2 }, fresh);
    env.clock.advanceMinutes(121);
    expect(await send(env, 'auth.me', {}, fresh)).toMatchObject({ ok: false, error: { code: 'SESSION_EXPIRED', message: '本次登录已超过 2 小时，请重新登录。' } });
  });

  it('refuses a lifetime outside 1 to 72 hours, naming the setting', async () => {
    const settings = await ok(env, 'settings.get', {}, admin);
    const r = await send(env, 'settings.update', { ...settings, sessionMaxHours: 100 }, admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(r)).toContain('登录有效时长为1到72小时');
  });

  it('sweeps out sessions past their limits when a new one begins', async () => {
    for (let i = 0; i < 5; i++) await signIn();
    expect(env.ctx.sessions.size).toBe(6);
    env.clock.advanceMinutes(DEFAULT_SETTINGS.idleLockMinutes + 1);
    await signIn();
    expect(env.ctx.sessions.size).toBe(1);
  });
});

describe('a call waiting for the store', () => {
  it('is refused, writing nothing, when its session ended while it waited (a restore ends every session)', async () => {
    const before = (env.db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
    const release = await env.ctx.gate.acquire();
    const waiting = send(env, 'units.create', { name: '等待中的单位', type: '机关部门', parentId: null, headcount: 1, leaderName: '' }, admin);
    env.ctx.sessions.clear();
    release();
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((env.db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n).toBe(before);
  });
});
