// 首页's 最近变动 lists the latest changes to the office's records; sign-ins, sign-outs and
// failed sign-ins stay out of it (they are in 审计日志, which still lists every one).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, setupAdmin, PASSWORD, type TestEnv } from '../../helpers/services.ts';
import { auditSummaryText } from '../../../shared/audit.ts';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.close());

describe('最近变动 on 首页', () => {
  it('is not flooded by logins and logouts: the changes made between them stay in view', async () => {
    const first = await setupAdmin(env);
    await ok(env, 'users.create', { username: 'leader', displayName: '领导甲', role: '领导', password: 'Initial123' }, first);
    await ok(env, 'auth.logout', {}, first);
    // More sign-ins, sign-outs and a failed one than the list holds.
    expect((await send(env, 'auth.login', { username: 'admin', password: 'wrong-pass1' })).ok).toBe(false);
    for (let i = 0; i < 4; i++) {
      const t = (await ok(env, 'auth.login', { username: 'admin', password: PASSWORD }, null)).token;
      await ok(env, 'auth.logout', {}, t);
    }
    const admin = (await ok(env, 'auth.login', { username: 'admin', password: PASSWORD }, null)).token;
    const recent = (await ok(env, 'home.summary', {}, admin)).recentChanges;
    expect(recent.map((c) => c.op)).toEqual(['users.create', 'auth.setupAdmin']);
    expect(recent.map((c) => auditSummaryText(c.op, c.summary)).join(' ')).not.toMatch(/登录成功|退出登录|登录失败/);
    // 审计日志 keeps every sign-in.
    expect((await ok(env, 'audit.list', { q: '登录成功' }, admin)).total).toBe(5);
    expect((await ok(env, 'audit.list', { q: '退出登录' }, admin)).total).toBe(5);
  });
});
