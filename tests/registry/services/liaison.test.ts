// 联系干部 (issue 12): each unit under watch may have the 监督检查室 user who follows it — set in
// the unit's form, cleared, kept by an edit that leaves it out, refused for a wrong account, and
// set for many units at once (units.setLiaison).
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { auditSummaryText } from '../../../shared/audit.ts';
import type { Role } from '../../../shared/core/index.ts';
import { fingerprint, makeEnv, ok, send, setupAdmin, type TestEnv } from '../../helpers/services.ts';
import { HEADER, allUnits, buildFile, byName, refused } from './unitImportFiles.ts';

let env: TestEnv;
let admin: string;
beforeEach(async () => {
  env = makeEnv();
  admin = await setupAdmin(env);
});
afterEach(() => env.close());

let serial = 0;
async function account(displayName: string, role: Role = '监督检查室') {
  return ok(env, 'users.create', { username: `user${++serial}`, displayName, role, password: 'Initial123' }, admin);
}

async function town(name = '城关镇', liaisonUserId?: number | null) {
  return ok(env, 'units.create', { name, type: '镇（街道）', parentId: null, headcount: 60, leaderName: '张明', ...(liaisonUserId === undefined ? {} : { liaisonUserId }) }, admin);
}

/** The newest audit entries of an operation, as the audit page shows their summaries. */
async function summaries(op: string): Promise<string[]> {
  const page = await ok(env, 'audit.list', { q: op, pageSize: 100 }, admin);
  return page.rows.filter((r) => r.op === op).map((r) => auditSummaryText(r.op, r.summary));
}

describe('联系干部 of a unit', () => {
  it('is none for a unit created without it (callers from before the field)', async () => {
    const t = await town();
    expect(t).toMatchObject({ liaisonUserId: null, liaisonName: '' });
  });

  it('is set on creation and by an edit, named in the audit, and cleared by null', async () => {
    const zhou = await account('周敏');
    const wu = await account('吴刚');
    const t = await town('城关镇', zhou.id);
    expect(t).toMatchObject({ liaisonUserId: zhou.id, liaisonName: '周敏' });
    expect((await summaries('units.create'))[0]).toContain('联系干部：周敏');

    const moved = await ok(env, 'units.update', { id: t.id, version: t.version, name: '城关镇', type: '镇（街道）', parentId: null, headcount: 60, leaderName: '张明', liaisonUserId: wu.id }, admin);
    expect(moved).toMatchObject({ liaisonUserId: wu.id, liaisonName: '吴刚', version: 1 });
    expect((await summaries('units.update'))[0]).toBe('联系干部：周敏 → 吴刚');

    const cleared = await ok(env, 'units.update', { id: t.id, version: moved.version, name: '城关镇', type: '镇（街道）', parentId: null, headcount: 60, leaderName: '张明', liaisonUserId: null }, admin);
    expect(cleared).toMatchObject({ liaisonUserId: null, liaisonName: '' });
    expect((await summaries('units.update'))[0]).toBe('联系干部：吴刚 → （空）');
    expect((await ok(env, 'units.get', { id: t.id }, admin)).liaisonName).toBe('');
  });

  it('is kept by an edit that leaves the field out, and the audit does not mention it', async () => {
    const zhou = await account('周敏');
    const t = await town('城关镇', zhou.id);
    const edited = await ok(env, 'units.update', { id: t.id, version: t.version, name: '城关镇', type: '镇（街道）', parentId: null, headcount: 61, leaderName: '张明' }, admin);
    expect(edited).toMatchObject({ headcount: 61, liaisonUserId: zhou.id, liaisonName: '周敏' });
    expect((await summaries('units.update'))[0]).toBe('编制人数：60 → 61');
  });

  it('is kept when the account is disabled later and an edit leaves it as it is; only a new choice is checked', async () => {
    const zhou = await account('周敏');
    const t = await town('城关镇', zhou.id);
    await ok(env, 'users.setDisabled', { id: zhou.id, disabled: true }, admin);
    const edited = await ok(env, 'units.update', { id: t.id, version: t.version, name: '城关镇', type: '镇（街道）', parentId: null, headcount: 62, liaisonUserId: zhou.id }, admin);
    expect(edited).toMatchObject({ liaisonUserId: zhou.id, liaisonName: '周敏' });
    const other = await send(env, 'units.create', { name: '河口镇', type: '镇（街道）', parentId: null, headcount: 9, liaisonUserId: zhou.id }, admin);
    expect(other).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { liaisonUserId: '联系干部应为监督检查室的在用账号' } } });
  });

  it('refuses an unknown, a disabled or another role\'s account, with a Chinese message, changing nothing', async () => {
    const t = await town();
    const clerk = await account('信访员甲', '信访室');
    const gone = await account('周敏');
    await ok(env, 'users.setDisabled', { id: gone.id, disabled: true }, admin);
    const cases: Array<[number, string]> = [
      [99_999, '所选账号不存在'],
      [gone.id, '“周敏”的账号已停用'],
      [clerk.id, '“信访员甲”是信访室的账号'],
    ];
    for (const [id, why] of cases) {
      const before = fingerprint(env.db);
      const update = await send(env, 'units.update', { id: t.id, version: t.version, name: '城关镇', type: '镇（街道）', parentId: null, headcount: 60, liaisonUserId: id }, admin);
      expect(update).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: `联系干部应为监督检查室的在用账号：${why}。` } });
      const create = await send(env, 'units.create', { name: '河口镇', type: '镇（街道）', parentId: null, headcount: 9, liaisonUserId: id }, admin);
      expect(create).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { liaisonUserId: '联系干部应为监督检查室的在用账号' } } });
      const batch = await send(env, 'units.setLiaison', { unitIds: [t.id], liaisonUserId: id }, admin);
      expect(batch).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(fingerprint(env.db)).toBe(before);
    }
  });
});

describe('units.setLiaison (批量设置联系干部)', () => {
  it('sets the 联系干部 of many units in one call, one audit entry per unit changed', async () => {
    const zhou = await account('周敏');
    const wu = await account('吴刚');
    const t = await town();
    const villages = [];
    for (const name of ['东风村', '西河村', '柳树村']) villages.push(await ok(env, 'units.create', { name, type: '行政村', parentId: t.id, headcount: 7 }, admin));
    const [east, west, willow] = villages as [typeof t, typeof t, typeof t];
    await ok(env, 'units.update', { id: willow.id, version: willow.version, name: '柳树村', type: '行政村', parentId: t.id, headcount: 7, liaisonUserId: wu.id }, admin);

    const result = await ok(env, 'units.setLiaison', { unitIds: [east.id, west.id, willow.id, east.id], liaisonUserId: zhou.id }, admin);
    expect(result).toEqual({ changed: 3, unchanged: 0 });
    const list = await ok(env, 'units.list', { parentId: t.id }, admin);
    expect(list.rows.map((r) => [r.name, r.liaisonName, r.version])).toEqual([
      ['东风村', '周敏', 1],
      ['柳树村', '周敏', 2],
      ['西河村', '周敏', 1],
    ]);
    const entries = (await ok(env, 'audit.list', { q: 'units.setLiaison', pageSize: 100 }, admin)).rows.filter((r) => r.op === 'units.setLiaison');
    expect(entries.map((e) => [e.subject, auditSummaryText(e.op, e.summary)]).sort()).toEqual([
      ['东风村', '联系干部：（空） → 周敏'],
      ['柳树村', '联系干部：吴刚 → 周敏'],
      ['西河村', '联系干部：（空） → 周敏'],
    ]);

    // Again with one more unit: only that one changes (and is audited).
    expect(await ok(env, 'units.setLiaison', { unitIds: [east.id, west.id, t.id], liaisonUserId: zhou.id }, admin)).toEqual({ changed: 1, unchanged: 2 });
    expect((await summaries('units.setLiaison')).length).toBe(4);

    // Cleared for all at once.
    expect(await ok(env, 'units.setLiaison', { unitIds: [t.id, east.id], liaisonUserId: null }, admin)).toEqual({ changed: 2, unchanged: 0 });
    expect((await ok(env, 'units.list', { liaisonUserId: zhou.id }, admin)).rows.map((r) => r.name).sort()).toEqual(['柳树村', '西河村']);
  });

  it('refuses, changing nothing: nothing to change, an unknown unit, an empty or too long list', async () => {
    const zhou = await account('周敏');
    const t = await town('城关镇', zhou.id);
    const before = fingerprint(env.db);
    const same = await send(env, 'units.setLiaison', { unitIds: [t.id], liaisonUserId: zhou.id }, admin);
    expect(same).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '所选的 1 个单位的联系干部已是“周敏”，无需更改。' } });
    const missing = await send(env, 'units.setLiaison', { unitIds: [t.id, 99_999], liaisonUserId: null }, admin);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await send(env, 'units.setLiaison', { unitIds: [], liaisonUserId: null }, admin)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const many = Array.from({ length: 501 }, (_, i) => i + 1);
    expect(await send(env, 'units.setLiaison', { unitIds: many, liaisonUserId: null }, admin)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('is for the registry editors only', async () => {
    const zhou = await account('周敏');
    const t = await town();
    await ok(env, 'users.create', { username: 'watcher', displayName: '检查员', role: '监督检查室', password: 'Initial123' }, admin);
    const login = await ok(env, 'auth.login', { username: 'watcher', password: 'Initial123' }, null);
    const r = await send(env, 'units.setLiaison', { unitIds: [t.id], liaisonUserId: zhou.id }, login.token);
    expect(r.ok).toBe(false);
    expect((await ok(env, 'units.get', { id: t.id }, admin)).liaisonUserId).toBeNull();
  });
});

describe('units.list by 联系干部', () => {
  it('filters by the 联系干部 and sorts by the name, units without one last', async () => {
    const zhou = await account('周敏');
    const wu = await account('吴刚');
    await town('城关镇', zhou.id);
    await town('河口镇', wu.id);
    await town('新桥镇');
    await town('白沙镇', zhou.id);
    const mine = await ok(env, 'units.list', { liaisonUserId: zhou.id }, admin);
    expect(mine.total).toBe(2);
    expect(mine.rows.map((r) => r.name)).toEqual(['白沙镇', '城关镇']);
    const byLiaison = await ok(env, 'units.list', { sortField: 'liaisonName', sortDir: 'asc' }, admin);
    const order = byLiaison.rows.map((r) => r.liaisonName);
    expect(order.slice(0, 3).sort()).toEqual(['吴刚', '周敏', '周敏']);
    expect(order[3]).toBe('');
    expect(byLiaison.rows.slice(0, 3).filter((r) => r.liaisonName === '周敏').map((r) => r.name)).toEqual(['白沙镇', '城关镇']);
    const desc = await ok(env, 'units.list', { sortField: 'liaisonName', sortDir: 'desc' }, admin);
    expect(desc.rows[3]?.liaisonName).toBe('');
  });
});

describe('the units import\'s 联系干部 column', () => {
  const file = (rows: unknown[][]) =>
    buildFile((ws) => {
      ws.getRow(1).values = [...HEADER, '联系干部'];
      rows.forEach((row, i) => {
        ws.getRow(i + 2).values = row as never;
      });
    });

  it('matches the display name of an active 监督检查室 account; empty is none', async () => {
    const zhou = await account('周敏');
    const input = await file([
      ['城关镇', '镇（街道）', null, 30, '李明', ' 周敏 '],
      ['河口镇', '镇（街道）', null, 20, '', null],
    ]);
    const preview = await ok(env, 'units.importPreview', input, admin);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.value.name, r.value.liaisonUserId, r.value.liaisonName])).toEqual([
      ['城关镇', zhou.id, '周敏'],
      ['河口镇', null, ''],
    ]);
    expect(await ok(env, 'units.importCommit', input, admin)).toEqual({ created: 2 });
    const units = await allUnits(env, admin);
    expect(byName(units, '城关镇')).toMatchObject({ liaisonUserId: zhou.id, liaisonName: '周敏' });
    expect(byName(units, '河口镇')).toMatchObject({ liaisonUserId: null, liaisonName: '' });
  });

  it('refuses, row by row in Chinese, a name that is no active 监督检查室 account or is shared by two; nothing written', async () => {
    await account('周敏');
    await account('周敏');
    await account('信访员甲', '信访室');
    const gone = await account('郑停');
    await ok(env, 'users.setDisabled', { id: gone.id, disabled: true }, admin);
    const input = await file([
      ['城关镇', '镇（街道）', null, 30, '', '王不在'],
      ['河口镇', '镇（街道）', null, 20, '', '信访员甲'],
      ['新桥镇', '镇（街道）', null, 20, '', '郑停'],
      ['白沙镇', '镇（街道）', null, 20, '', '周敏'],
    ]);
    const preview = await ok(env, 'units.importPreview', input, admin);
    expect(preview.errors).toEqual([
      { rowNumber: 2, message: '联系干部“王不在”不是监督检查室的在用账号（请填写其在用户管理中的姓名，或留空）' },
      { rowNumber: 3, message: '联系干部“信访员甲”不是监督检查室的在用账号（请填写其在用户管理中的姓名，或留空）' },
      { rowNumber: 4, message: '联系干部“郑停”不是监督检查室的在用账号（请填写其在用户管理中的姓名，或留空）' },
      { rowNumber: 5, message: '联系干部“周敏”有重名账号，无法确定是哪一位：请导入后在单位中选择' },
    ]);
    const before = fingerprint(env.db);
    const r = refused(await send(env, 'units.importCommit', input, admin));
    expect(r.message).toContain('第2行：联系干部“王不在”不是监督检查室的在用账号');
    expect(fingerprint(env.db)).toBe(before);
  });
});
