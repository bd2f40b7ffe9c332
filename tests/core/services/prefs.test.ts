// 列设置 kept per user in the database: what one person saves is theirs alone, comes back in a
// new session, and a stored value that no longer reads as columns counts as none.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, setupAdmin, userWithRole, PASSWORD, type TestEnv } from '../../helpers/services.ts';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.close());

const COLUMNS = [
  { field: 'summary', visible: true },
  { field: 'number', visible: true },
  { field: 'channel', visible: false },
];

describe('prefs.getView / prefs.setView', () => {
  it('keeps each person’s columns of a view, across sessions, apart from everyone else’s', async () => {
    await setupAdmin(env);
    const clerk = await userWithRole(env, '信访室', 'clerk');
    const reader = await userWithRole(env, '只读', 'reader');
    expect(await ok(env, 'prefs.getView', { view: 'tips.ledger' }, clerk)).toEqual({ view: 'tips.ledger', columns: null });
    expect(await ok(env, 'prefs.setView', { view: 'tips.ledger', columns: COLUMNS }, clerk)).toEqual({ view: 'tips.ledger', columns: COLUMNS });
    // Another session of the same person (another PC) sees them; another person does not.
    const again = (await ok(env, 'auth.login', { username: 'clerk', password: PASSWORD }, null)).token;
    expect((await ok(env, 'prefs.getView', { view: 'tips.ledger' }, again)).columns).toEqual(COLUMNS);
    expect((await ok(env, 'prefs.getView', { view: 'tips.ledger' }, reader)).columns).toBeNull();
    // Saved again: replaced, not added to.
    await ok(env, 'prefs.setView', { view: 'tips.ledger', columns: COLUMNS.slice(0, 1) }, clerk);
    expect((await ok(env, 'prefs.getView', { view: 'tips.ledger' }, again)).columns).toEqual(COLUMNS.slice(0, 1));
    const audit = env.db.prepare("SELECT username, summary FROM audit WHERE op = 'prefs.setView' ORDER BY id").all();
    expect(audit).toEqual([
      { username: 'clerk', summary: JSON.stringify({ view: 'tips.ledger', shown: 2 }) },
      { username: 'clerk', summary: JSON.stringify({ view: 'tips.ledger', shown: 1 }) },
    ]);
  });

  it('refuses an unknown view, a column twice or a malformed name; a stored value gone bad reads as none', async () => {
    await setupAdmin(env);
    const clerk = await userWithRole(env, '信访室', 'clerk');
    for (const input of [
      { view: 'units.ledger', columns: COLUMNS },
      { view: 'tips.ledger', columns: [...COLUMNS, COLUMNS[0]] },
      { view: 'tips.ledger', columns: [{ field: 'a b', visible: true }] },
    ]) {
      expect(await send(env, 'prefs.setView', input, clerk)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(env.db.prepare('SELECT count(*) AS n FROM user_prefs').get()).toEqual({ n: 0 });
    await ok(env, 'prefs.setView', { view: 'tips.ledger', columns: COLUMNS }, clerk);
    env.db.prepare("UPDATE user_prefs SET value = '{not json'").run();
    expect((await ok(env, 'prefs.getView', { view: 'tips.ledger' }, clerk)).columns).toBeNull();
    env.db.prepare(`UPDATE user_prefs SET value = '[{"field":1}]'`).run();
    expect((await ok(env, 'prefs.getView', { view: 'tips.ledger' }, clerk)).columns).toBeNull();
  });

  it('is for signed-in people only', async () => {
    await setupAdmin(env);
    expect(await send(env, 'prefs.getView', { view: 'tips.ledger' }, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
