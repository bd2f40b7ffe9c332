// Failed sign-ins in a row (settings maxFailedLogins, lockoutMinutes): counted until a successful
// sign-in, locking after the configured number for the configured time, each answered after a
// pause of 200 ms per failure so far, at most 2 s — read from the injected sleep, never waited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, setupAdmin, userWithRole, PASSWORD, type TestEnv } from '../../helpers/services.ts';
import { getUserByUsername } from '../../../db/repos/core/users.ts';
import { SIGN_IN_REFUSED } from '../../../electron/services/core/auth.ts';
import { failureDelayMs } from '../../../electron/services/kernel/attempts.ts';

/** Every refused sign-in answers the same, whatever the reason. */
const REFUSED = `UNAUTHENTICATED ${SIGN_IN_REFUSED}`;

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
    expect(await attempt()).toBe(REFUSED);
    expect(env.sleeps).toEqual([200, 400, 600, 800, 200]);
    for (let i = 0; i < 3; i++) expect(await attempt()).toMatch(/^UNAUTHENTICATED /);
    expect(env.sleeps.slice(4)).toEqual([200, 400, 600, 800]);
    expect(await attempt(PASSWORD)).toBe('ok');
  });

  it('locks after the configured number of failures, for the configured minutes', async () => {
    await configure({ maxFailedLogins: 3, lockoutMinutes: 40 });
    expect(await attempt()).toBe(REFUSED);
    expect(await attempt()).toBe(REFUSED);
    const lockedAt = env.clock.now().getTime();
    expect(await attempt()).toBe(REFUSED);
    // Kept while locked: how many failures locked it (the users page says why).
    expect(getUserByUsername(env.db, 'leader')).toMatchObject({ lockedUntil: new Date(lockedAt + 40 * 60_000).toISOString(), failedCount: 3 });

    // Past the default 15 minutes, still locked: the right password is refused alike.
    env.clock.advanceMinutes(16);
    expect(await attempt(PASSWORD)).toBe(REFUSED);
    env.clock.advanceMinutes(23); // 39 minutes after the lock
    expect(await attempt(PASSWORD)).toBe(REFUSED);
    env.clock.advanceMinutes(2); // 41
    expect(await attempt(PASSWORD)).toBe('ok');
    expect(getUserByUsername(env.db, 'leader')).toMatchObject({ lockedUntil: null, failedCount: 0 });
  });

  it('a higher limit allows more tries, and a short lock ends sooner than the default', async () => {
    await configure({ maxFailedLogins: 6, lockoutMinutes: 2 });
    for (let i = 1; i <= 5; i++) expect(await attempt()).toBe(REFUSED);
    expect(getUserByUsername(env.db, 'leader')?.lockedUntil).toBeNull();
    expect(await attempt()).toBe(REFUSED);
    expect(getUserByUsername(env.db, 'leader')?.lockedUntil).not.toBeNull();
    env.clock.advanceMinutes(1);
    expect(await attempt(PASSWORD)).toBe(REFUSED);
    env.clock.advanceMinutes(2);
    expect(await attempt(PASSWORD)).toBe('ok');
  });

  it('pauses 200 ms more for each failure in a row, never more than 2 s', async () => {
    await configure({ maxFailedLogins: 20 });
    for (let i = 0; i < 12; i++) await attempt();
    expect(env.sleeps).toEqual([200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000, 2000, 2000]);
    // An unknown user name pauses the same growing way: the pause tells no one the name is unknown.
    env.sleeps.length = 0;
    for (let i = 0; i < 3; i++) expect(await send(env, 'auth.login', { username: 'nobody', password: WRONG })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED } });
    expect(env.sleeps).toEqual([200, 400, 600]);
    // A right password does not pause.
    env.sleeps.length = 0;
    expect(await attempt(PASSWORD)).toBe('ok');
    expect(env.sleeps).toEqual([]);
  });

  it('computes the pause from the failures so far', () => {
    expect([0, 1, 2, 5, 9, 10, 11, 20, 1000].map(failureDelayMs)).toEqual([0, 200, 400, 1000, 1800, 2000, 2000, 2000, 2000]);
  });

  // Each attempt checks a password (scrypt, ~0.2 s here), one after the other: kept to a few.
  it('counts every one of many wrong passwords sent at once, and locks at the limit', async () => {
    await configure({ maxFailedLogins: 8 });
    const answers = await Promise.all(Array.from({ length: 8 }, () => attempt()));
    expect(answers.every((a) => a === REFUSED)).toBe(true);
    expect(getUserByUsername(env.db, 'leader')).toMatchObject({ failedCount: 8 });
    expect(getUserByUsername(env.db, 'leader')?.lockedUntil).not.toBeNull();
  });

  it('of 12 attempts at once, only as many as the limit count as wrong; the right one among the rest is refused too', async () => {
    const wrong = Array.from({ length: 11 }, () => attempt());
    const right = attempt(PASSWORD);
    const answers = await Promise.all([...wrong, right]);
    expect(answers.every((a) => a === REFUSED)).toBe(true);
    expect(getUserByUsername(env.db, 'leader')?.failedCount).toBe(5);
    const results = (await ok(env, 'audit.list', { q: 'leader', pageSize: 100 }, admin)).rows.map((r) => r.summary);
    expect(results.filter((r) => r.includes('密码错误，账号已锁定'))).toHaveLength(1);
    expect(results.filter((r) => r.includes('账号锁定期间尝试登录'))).toHaveLength(7);
  });

  it('a disabled account is refused alike, also with its right password, and the attempt is audited', async () => {
    const leader = getUserByUsername(env.db, 'leader');
    await ok(env, 'users.setDisabled', { id: leader?.id ?? 0, disabled: true }, admin);
    expect(await attempt(PASSWORD)).toBe(REFUSED);
    expect(await attempt()).toBe(REFUSED);
    const results = (await ok(env, 'audit.list', { q: 'leader', pageSize: 100 }, admin)).rows.map((r) => r.summary);
    expect(results.some((r) => r.includes('已停用的账号尝试登录'))).toBe(true);
  });
});
