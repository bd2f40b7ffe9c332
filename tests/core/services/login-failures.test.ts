// Failed sign-ins in a row (settings maxFailedLogins, lockoutMinutes): counted until a successful
// sign-in, locking after the configured number for the configured time, each answered after a
// pause of 200 ms per failure so far, at most 2 s — read from the injected sleep, never waited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, setupAdmin, userWithRole, PASSWORD, type TestEnv } from '../../helpers/services.ts';
import { getUserByUsername } from '../../../db/repos/core/users.ts';
import { failureDelayMs } from '../../../electron/services/core/auth.ts';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.close());

describe('failed sign-ins in a row', () => {
  const WRONG = 'Wrong12345';
  let admin: string;
  beforeEach(async () => {
    admin = await setupAdmin(env);
    await userWithRole(env, '领导', 'leader');
    env.sleeps.length = 0;
  });

  /** Signs in as leader with this password; the code and message of a refusal, or 'ok'. */
  async function attempt(password = WRONG): Promise<string> {
    const r = await send(env, 'auth.login', { username: 'leader', password });
    return r.ok ? 'ok' : `${r.error.code} ${r.error.message}`;
  }
  const failedCount = () => getUserByUsername(env.db, 'leader')?.failedCount;

  async function configure(values: { maxFailedLogins?: number; lockoutMinutes?: number }): Promise<void> {
    const settings = await ok(env, 'settings.get', {}, admin);
    await ok(env, 'settings.update', { ...settings, ...values }, admin);
  }

  it('a successful sign-in starts the count again', async () => {
    for (let i = 0; i < 4; i++) await attempt();
    expect(failedCount()).toBe(4);
    expect(env.sleeps).toEqual([200, 400, 600, 800]);
    expect(await attempt(PASSWORD)).toBe('ok');
    expect(failedCount()).toBe(0);

    // Counted from one again: the pause, the warning and the lock.
    expect(await attempt()).toBe('UNAUTHENTICATED 用户名或密码错误。再错 4 次账号将被锁定。');
    expect(env.sleeps).toEqual([200, 400, 600, 800, 200]);
    for (let i = 0; i < 3; i++) expect(await attempt()).toMatch(/^UNAUTHENTICATED /);
    expect(env.sleeps.slice(4)).toEqual([200, 400, 600, 800]);
    expect(await attempt(PASSWORD)).toBe('ok');
  });

  it('locks after the configured number of failures, for the configured minutes', async () => {
    await configure({ maxFailedLogins: 3, lockoutMinutes: 40 });
    expect(await attempt()).toBe('UNAUTHENTICATED 用户名或密码错误。再错 2 次账号将被锁定。');
    expect(await attempt()).toBe('UNAUTHENTICATED 用户名或密码错误。再错 1 次账号将被锁定。');
    const lockedAt = env.clock.now().getTime();
    expect(await attempt()).toBe('ACCOUNT_LOCKED 密码连续错误 3 次，账号已锁定 40 分钟。');
    expect(getUserByUsername(env.db, 'leader')?.lockedUntil).toBe(new Date(lockedAt + 40 * 60_000).toISOString());

    // Past the default 15 minutes, still locked; the right password is not even checked.
    env.clock.advanceMinutes(16);
    expect(await attempt(PASSWORD)).toMatch(/^ACCOUNT_LOCKED 密码连续错误次数过多，账号已锁定至 /);
    env.clock.advanceMinutes(23); // 39 minutes after the lock
    expect(await attempt(PASSWORD)).toMatch(/^ACCOUNT_LOCKED /);
    env.clock.advanceMinutes(2); // 41
    expect(await attempt(PASSWORD)).toBe('ok');
  });

  it('a higher limit allows more tries, and a short lock ends sooner than the default', async () => {
    await configure({ maxFailedLogins: 6, lockoutMinutes: 2 });
    for (let i = 1; i <= 5; i++) expect(await attempt()).toBe(`UNAUTHENTICATED 用户名或密码错误。再错 ${6 - i} 次账号将被锁定。`);
    expect(await attempt()).toBe('ACCOUNT_LOCKED 密码连续错误 6 次，账号已锁定 2 分钟。');
    env.clock.advanceMinutes(1);
    expect(await attempt(PASSWORD)).toMatch(/^ACCOUNT_LOCKED /);
    env.clock.advanceMinutes(2);
    expect(await attempt(PASSWORD)).toBe('ok');
  });

  it('pauses 200 ms more for each failure in a row, never more than 2 s', async () => {
    await configure({ maxFailedLogins: 20 });
    for (let i = 0; i < 12; i++) await attempt();
    expect(env.sleeps).toEqual([200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000, 2000, 2000]);
    // An unknown user name pauses as a first failure, every time.
    env.sleeps.length = 0;
    for (let i = 0; i < 3; i++) await send(env, 'auth.login', { username: 'nobody', password: WRONG });
    expect(env.sleeps).toEqual([200, 200, 200]);
    // A right password does not pause.
    env.sleeps.length = 0;
    expect(await attempt(PASSWORD)).toBe('ok');
    expect(env.sleeps).toEqual([]);
  });

  it('computes the pause from the failures so far', () => {
    expect([0, 1, 2, 5, 9, 10, 11, 20, 1000].map(failureDelayMs)).toEqual([0, 200, 400, 1000, 1800, 2000, 2000, 2000, 2000]);
  });
});
