// 机关信息: empty until the administrator saves it; saved whole or not at all, with Chinese messages
// naming what to fix; read by every signed-in person; its changes audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, type TestEnv } from '../../helpers/services.ts';
import { office, type Office } from '../../helpers/tips.ts';
import { TEST_OFFICE } from '../../helpers/documents.ts';

let env: TestEnv;
let o: Office;

beforeEach(async () => {
  env = makeEnv();
  o = await office(env);
});
afterEach(() => env.close());

describe('机关信息', () => {
  it('is unsaved and empty at first, saved by the administrator and read by everyone signed in', async () => {
    expect(await ok(env, 'office.get', {}, o.clerk)).toMatchObject({ saved: false, organs: [], mark: '' });
    const saved = await ok(env, 'office.update', TEST_OFFICE, o.admin);
    expect(saved).toEqual({ ...TEST_OFFICE, saved: true });
    expect(await ok(env, 'office.get', {}, o.readonly)).toEqual({ ...TEST_OFFICE, saved: true });
    const entry = env.db.prepare("SELECT summary FROM audit WHERE op = 'office.update'").get() as { summary: string };
    expect(JSON.parse(entry.summary)).toMatchObject({ firstStart: true, organs: '中共临江县纪律检查委员会、临江县监察委员会', abbreviation: '临纪' });
  });

  it('is saved by the administrator only', async () => {
    const r = await send(env, 'office.update', TEST_OFFICE, o.clerk);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    expect((await ok(env, 'office.get', {}, o.clerk)).saved).toBe(false);
  });

  it.each([
    [{ organs: [] }, '请填写机关全称'],
    [{ organs: ['甲', '乙', '丙'] }, '机关全称最多两个'],
    [{ organs: ['中共临江县纪律检查委员会', '中共临江县纪律检查委员会'] }, '两个机关全称不能相同'],
    [{ abbreviation: 'LJ' }, '发文字号简称只能是1到8个汉字'],
    [{ abbreviation: '' }, '请填写发文字号简称'],
    [{ mark: '第一行\n第二行\n第三行' }, '发文机关标志最多两行'],
    [{ printer: '' }, '请填写印发机关'],
  ])('refuses %j with a message naming it, and keeps what was saved', async (change, message) => {
    await ok(env, 'office.update', TEST_OFFICE, o.admin);
    const r = await send(env, 'office.update', { ...TEST_OFFICE, ...change }, o.admin);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.error)).toContain(message);
    expect(await ok(env, 'office.get', {}, o.admin)).toEqual({ ...TEST_OFFICE, saved: true });
  });

  it('keeps the names as typed (no cleaning inside), only the spaces around a line go', async () => {
    const saved = await ok(env, 'office.update', { ...TEST_OFFICE, organs: ['  中共临江县纪律检查委员会 '], address: '临江县 城关镇 人民路18号' }, o.admin);
    expect(saved.organs).toEqual(['中共临江县纪律检查委员会']);
    expect(saved.address).toBe('临江县 城关镇 人民路18号');
  });
});
