// A unit's 设立日期 and 撤销日期 (what the 廉情指数 scores it by): today unless given, editable, never
// after today; 撤销 takes its date (today unless given, not before 设立日期); restoring clears it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, setupAdmin, type TestEnv } from '../../helpers/services.ts';
import { TEST_TODAY, testDay } from '../../helpers/testDate.ts';

let env: TestEnv;
let admin: string;
beforeEach(async () => {
  env = makeEnv();
  admin = await setupAdmin(env);
});
afterEach(() => env.close());

const unit = { name: '县档案馆', type: '事业单位' as const, parentId: null, headcount: 12, leaderName: '' };

async function refusedWith(op: string, input: unknown, text: string): Promise<void> {
  const r = await send(env, op, input, admin);
  if (r.ok) throw new Error(`${op} should be refused`);
  expect(r.error.message).toContain(text);
}

describe('unit dates', () => {
  it('sets 设立日期 to today unless given, edits it, and refuses a day after today', async () => {
    const a = await ok(env, 'units.create', unit, admin);
    expect(a).toMatchObject({ establishedDate: TEST_TODAY, revokedDate: null });
    const b = await ok(env, 'units.create', { ...unit, name: '县方志办', establishedDate: '2015-01-01' }, admin);
    expect(b.establishedDate).toBe('2015-01-01');
    await refusedWith('units.create', { ...unit, name: '县新设单位', establishedDate: testDay(1) }, '不能晚于今天');
    const edited = await ok(env, 'units.update', { ...unit, id: a.id, version: a.version, establishedDate: '2018-06-30' }, admin);
    expect(edited.establishedDate).toBe('2018-06-30');
    // Left out, it stays.
    expect((await ok(env, 'units.update', { ...unit, headcount: 13, id: a.id, version: edited.version }, admin)).establishedDate).toBe('2018-06-30');
    const entry = await ok(env, 'audit.list', { q: 'units.update' }, admin);
    expect(entry.rows.map((r) => r.summary).join('\n')).toContain('"establishedDate":["' + TEST_TODAY + '","2018-06-30"]');
  });

  it('revokes on a day (today unless given), not before 设立日期 nor after today; restoring clears it', async () => {
    const a = await ok(env, 'units.create', { ...unit, establishedDate: '2020-01-01' }, admin);
    await refusedWith('units.setStatus', { id: a.id, version: a.version, status: '已撤销', revokedDate: '2019-12-31' }, '不能早于设立日期');
    await refusedWith('units.setStatus', { id: a.id, version: a.version, status: '已撤销', revokedDate: testDay(1) }, '不能晚于今天');
    const revoked = await ok(env, 'units.setStatus', { id: a.id, version: a.version, status: '已撤销', revokedDate: '2025-09-30' }, admin);
    expect(revoked).toMatchObject({ status: '已撤销', revokedDate: '2025-09-30' });
    const restored = await ok(env, 'units.setStatus', { id: a.id, version: revoked.version, status: '正常' }, admin);
    expect(restored.revokedDate).toBeNull();
    const again = await ok(env, 'units.setStatus', { id: a.id, version: restored.version, status: '已撤销' }, admin);
    expect(again.revokedDate).toBe(TEST_TODAY);
  });
});
