// Units and people through the services: the rules a clerk relies on.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { fingerprint, makeEnv, ok, send, setupAdmin, userWithRole, type TestEnv } from '../../helpers/services.ts';

let env: TestEnv;
let admin: string;
beforeEach(async () => {
  env = makeEnv();
  admin = await setupAdmin(env);
});
afterEach(() => env.close());

async function town(name = '城关镇') {
  return ok(env, 'units.create', { name, type: '镇（街道）', parentId: null, headcount: 60, leaderName: '张明' }, admin);
}

describe('units', () => {
  it('creates, edits and lists a town and its village, with an audit entry each', async () => {
    const t = await town();
    const v = await ok(env, 'units.create', { name: '城关镇柳树村', type: '行政村', parentId: t.id, headcount: 7 }, admin);
    expect(v).toMatchObject({ parentName: '城关镇', status: '正常', version: 0, leaderName: '' });
    const edited = await ok(env, 'units.update', { id: v.id, version: 0, name: '城关镇杨柳村', type: '行政村', parentId: t.id, headcount: 8, leaderName: '李四' }, admin);
    expect(edited).toMatchObject({ name: '城关镇杨柳村', headcount: 8, version: 1 });
    const list = await ok(env, 'units.list', { parentId: t.id }, admin);
    expect(list.rows.map((r) => r.name)).toEqual(['城关镇杨柳村']);
    const audit = await ok(env, 'audit.list', { q: 'units.update' }, admin);
    expect(audit.rows[0]?.summary).toContain('城关镇杨柳村');
  });

  it('refuses a stale edit (someone else saved first) and changes nothing', async () => {
    const t = await town();
    await ok(env, 'units.update', { id: t.id, version: 0, name: '城关镇', type: '镇（街道）', parentId: null, headcount: 61 }, admin);
    const before = fingerprint(env.db);
    const r = await send(env, 'units.update', { id: t.id, version: 0, name: '城关镇', type: '镇（街道）', parentId: null, headcount: 99 }, admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('refuses duplicates under one parent, wrong parent types and parent cycles', async () => {
    const t = await town();
    const v = await ok(env, 'units.create', { name: '新村', type: '行政村', parentId: t.id, headcount: 5 }, admin);
    expect(await send(env, 'units.create', { name: '新村', type: '行政村', parentId: t.id, headcount: 5 }, admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const other = await town('河口镇');
    expect((await send(env, 'units.create', { name: '新村', type: '行政村', parentId: other.id, headcount: 5 }, admin)).ok).toBe(true);
    const dept = await ok(env, 'units.create', { name: '县财政局', type: '机关部门', parentId: null, headcount: 40 }, admin);
    const wrong = await send(env, 'units.create', { name: '某村', type: '行政村', parentId: dept.id, headcount: 5 }, admin);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const cycle = await send(env, 'units.update', { id: t.id, version: 0, name: '城关镇', type: '镇（街道）', parentId: v.id, headcount: 60 }, admin);
    expect(cycle).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { parentId: '不能选择本单位或其下级单位' } } });
  });

  it('deactivates instead of deleting, and not while sub-units are active', async () => {
    const t = await town();
    const v = await ok(env, 'units.create', { name: '城关镇柳树村', type: '行政村', parentId: t.id, headcount: 7 }, admin);
    expect(await send(env, 'units.setStatus', { id: t.id, status: '已撤销', version: 0 }, admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await ok(env, 'units.setStatus', { id: v.id, status: '已撤销', version: 0 }, admin);
    const gone = await ok(env, 'units.setStatus', { id: t.id, status: '已撤销', version: 0 }, admin);
    expect(gone.status).toBe('已撤销');
    expect((await ok(env, 'units.list', {}, admin)).total).toBe(2);
    expect((await ok(env, 'units.options', {}, admin)).length).toBe(0);
    expect(await send(env, 'units.setStatus', { id: v.id, status: '正常', version: 1 }, admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('writes nothing when the audit entry cannot be written (one transaction)', async () => {
    env.db.exec('CREATE TRIGGER no_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, \'audit unavailable\'); END');
    const r = await send(env, 'units.create', { name: '县审计局', type: '机关部门', parentId: null, headcount: 30 }, admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(env.db.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 0 });
    expect(env.db.prepare('SELECT count(*) AS n FROM search_grams').get()).toEqual({ n: 0 });
  });
});

describe('people', () => {
  it('creates and edits a person; refuses an active namesake in the same unit', async () => {
    const t = await town();
    const p = await ok(env, 'people.create', { name: '王  芳', unitId: t.id, post: '党委副书记', rank: '副科级', partyMember: true, category: '班子成员' }, admin);
    expect(p).toMatchObject({ name: '王  芳', unitName: '城关镇', partyMember: true });
    const dup = await send(env, 'people.create', { name: '王芳', unitId: t.id, post: '科员', rank: '科员及以下', partyMember: false, category: '一般干部' }, admin);
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!dup.ok) expect(dup.error.message).toContain('请填写两人的身份证号以区分');
    const edited = await ok(env, 'people.update', { id: p.id, version: 0, name: '王芳', unitId: t.id, post: '党委书记', rank: '正科级', partyMember: true, category: '主要负责人' }, admin);
    expect(edited).toMatchObject({ post: '党委书记', category: '主要负责人', version: 1 });
    const left = await ok(env, 'people.setStatus', { id: p.id, status: '已离任', version: 1 }, admin);
    expect(left.status).toBe('已离任');
    expect((await send(env, 'people.create', { name: '王芳', unitId: t.id, post: '科员', rank: '科员及以下', partyMember: false, category: '一般干部' }, admin)).ok).toBe(true);
  });

  it('finds people by any 1+ character piece of the name, with filters, paged and sorted in SQL', async () => {
    const t = await town();
    const names = ['欧阳娜娜', '张伟', '张伟明', '李娜', '王小明'];
    for (const name of names) {
      await ok(env, 'people.create', { name, unitId: t.id, post: '科员', rank: '科员及以下', partyMember: name.length > 2, category: '一般干部' }, admin);
    }
    const q = async (text: string) => (await ok(env, 'people.list', { q: text, sortField: 'name' }, admin)).rows.map((r) => r.name).sort();
    expect(await q('娜')).toEqual(['李娜', '欧阳娜娜'].sort());
    expect(await q('张伟')).toEqual(['张伟', '张伟明'].sort());
    expect(await q('阳娜娜')).toEqual(['欧阳娜娜']);
    expect(await q('欧阳娜娜')).toEqual(['欧阳娜娜']);
    expect(await q('明')).toEqual(['张伟明', '王小明'].sort());
    expect(await q('赵')).toEqual([]);
    const party = await ok(env, 'people.list', { partyMember: true, pageSize: 2, page: 0, sortField: 'name', sortDir: 'desc' }, admin);
    expect(party.total).toBe(3);
    expect(party.rows).toHaveLength(2);
  });

  it('tells namesakes in one unit apart by their ID numbers, and checks the numbers', async () => {
    const t = await town();
    const base = { unitId: t.id, post: '科员', rank: '科员及以下', partyMember: false, category: '一般干部' } as const;
    const a = await ok(env, 'people.create', { ...base, name: '丁卫华', idNumber: '11010519491231002x' }, admin);
    expect(a.idNumber).toBe('11010519491231002X');
    // A namesake without a number cannot be told apart; with a different number it can.
    const noId = await send(env, 'people.create', { ...base, name: '丁卫华' }, admin);
    expect(noId).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { name: '该单位已有同名在职人员，请填写身份证号以区分' } } });
    const b = await ok(env, 'people.create', { ...base, name: '丁卫华', idNumber: '11010119900307803X' }, admin);
    expect(b.name).toBe('丁卫华');
    // The same number twice is one person.
    const again = await send(env, 'people.create', { ...base, name: '丁伟华', idNumber: '11010119900307803X' }, admin);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!again.ok) expect(again.error.message).toContain('该身份证号已登记为“丁卫华”（城关镇）');
    // Checked as the reporter's: the check digit, and a birth date after today.
    const wrong = await send(env, 'people.create', { ...base, name: '丁三', idNumber: '11010519491231003X' }, admin);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!wrong.ok) expect(wrong.error.message).toContain('身份证号校验位不正确');
    const masked = await send(env, 'people.create', { ...base, name: '丁四', idNumber: '110***********002X' }, admin);
    if (masked.ok) throw new Error('a masked number was accepted');
    expect(masked.error.message).toContain('遮挡后的号码');
  });

  it('shows ID numbers in full only to the roles that maintain the registry; the audit keeps them masked', async () => {
    const t = await town();
    const p = await ok(env, 'people.create', { name: '丁卫华', idNumber: '11010519491231002X', unitId: t.id, post: '科员', rank: '科员及以下', partyMember: false, category: '一般干部' }, admin);
    const clerk = await userWithRole(env, '信访室', 'clerk');
    const caseRoom = await userWithRole(env, '案件监督管理室', 'case');
    expect((await ok(env, 'people.get', { id: p.id }, clerk)).idNumber).toBe('110***********002X');
    expect((await ok(env, 'people.list', {}, clerk)).rows[0]?.idNumber).toBe('110***********002X');
    expect((await ok(env, 'people.get', { id: p.id }, caseRoom)).idNumber).toBe('11010519491231002X');
    expect((await ok(env, 'people.list', {}, admin)).rows[0]?.idNumber).toBe('11010519491231002X');
    const stored = env.db.prepare("SELECT summary FROM audit WHERE op = 'people.create'").get() as { summary: string };
    expect(stored.summary).not.toContain('11010519491231002X');
    expect(stored.summary).toContain('110***********002X');
  });
});
