// 评分方案 through the dispatcher: a version made from each source and numbered as the year's next,
// one draft per year, a save checked by its row version and audited with its differences, enabling
// refused while the whole-scheme checks fail, an enabled version frozen (by the service and by the
// store's trigger), and who may read and write.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, type SchemeContent, type SchemeDetail } from '../../../shared/integrity/index.ts';
import { auditObjectText, auditSummaryText, opLabel } from '../../../shared/audit.ts';
import { schemeInForce } from '../../../electron/services/integrity/common.ts';
import { ok, send, type TestEnv } from '../../helpers/services.ts';
import { auditOf, refused } from '../../interviews/services/recordsKit.ts';
import { INDEX_YEAR, enableScheme, indexEachTest } from '../office.ts';

const t = indexEachTest();
const NEXT = INDEX_YEAR + 1;

function withPoints(content: SchemeContent, key: string, points: number): SchemeContent {
  const c = structuredClone(content);
  const item = c.control.items.find((i) => i.key === key);
  if (!item) throw new Error(key);
  item.points = points;
  return c;
}

async function draft(from: '默认方案' | '上年方案' | '本年最新版本' = '默认方案', year = NEXT, note = '年度方案'): Promise<SchemeDetail> {
  return ok(t.env, 'integrity.createScheme', { year, from, note }, t.o.manager);
}

function storedStatus(env: TestEnv, id: number): string {
  return (env.db.prepare('SELECT status FROM index_schemes WHERE id = ?').get(id) as { status: string }).status;
}

describe('creating a version', () => {
  it('from 默认方案: a draft, version 1 of the year, with the default content, by its maker', async () => {
    const made = await draft('默认方案', NEXT, '2027年度方案');
    expect(made).toMatchObject({ year: NEXT, version: 1, status: '草稿', note: '2027年度方案', createdByName: expect.any(String), enabledAt: null, publications: 0 });
    expect(made.content).toEqual(DEFAULT_SCHEME);
    expect((await ok(t.env, 'integrity.schemes', { year: NEXT }, t.o.manager)).map((r) => r.version)).toEqual([1]);
  });

  it('from 上年方案: last year’s latest enabled version (not a later draft); refused when last year has none', async () => {
    const { env, o } = t;
    const corrected = withPoints(withPoints(DEFAULT_SCHEME, 'dual-sign', 12), 'collective', 8);
    enableScheme(env, INDEX_YEAR, corrected);
    await ok(env, 'integrity.createScheme', { year: INDEX_YEAR, from: '默认方案', note: '' }, o.manager); // a later draft of 2026
    const made = await draft('上年方案');
    expect(made.content).toEqual(corrected);
    await refused(env, 'integrity.createScheme', { year: NEXT + 5, from: '上年方案', note: '' }, o.manager, 'VALIDATION', `${NEXT + 4}年度没有已启用的评分方案，不能复制上年方案，请改选“默认方案”。`);
  });

  it('from 本年最新版本: a correction, the year’s next number, starting from the latest version', async () => {
    const { env, o } = t;
    const made = await draft('本年最新版本', INDEX_YEAR, '更正');
    expect(made).toMatchObject({ year: INDEX_YEAR, version: 2, status: '草稿' });
    expect(made.content).toEqual(DEFAULT_SCHEME);
    await refused(env, 'integrity.createScheme', { year: NEXT, from: '本年最新版本', note: '' }, o.manager, 'VALIDATION', /2027年度还没有评分方案/);
  });

  it('one draft per year at a time; another year may have its own', async () => {
    const { env, o } = t;
    await draft('本年最新版本', INDEX_YEAR);
    await refused(env, 'integrity.createScheme', { year: INDEX_YEAR, from: '默认方案', note: '' }, o.manager, 'CONFLICT', `${INDEX_YEAR}年度已有草稿（第2版），请先编辑或启用它。`);
    expect((await draft('默认方案', NEXT)).version).toBe(1);
  });
});

describe('saving a draft', () => {
  it('keeps the content as typed, bumps the row version, and a stale row version is refused', async () => {
    const { env, o } = t;
    const d = await draft();
    const content = withPoints(d.content, 'dual-sign', 12.5);
    const saved = await ok(env, 'integrity.saveScheme', { id: d.id, rowVersion: d.rowVersion, content, note: '财务双签加分' }, o.manager);
    expect(saved.content).toEqual(content);
    expect(saved.rowVersion).toBe(d.rowVersion + 1);
    expect(saved.note).toBe('财务双签加分');
    await refused(env, 'integrity.saveScheme', { id: d.id, rowVersion: d.rowVersion, content: d.content, note: '' }, o.admin, 'CONFLICT', /已被他人修改，请刷新/);
  });

  it('a draft failing the whole-scheme checks is saved (a draft may be incomplete); content failing the schema is refused', async () => {
    const { env, o } = t;
    const d = await draft();
    const broken = withPoints(d.content, 'dual-sign', 30);
    const saved = await ok(env, 'integrity.saveScheme', { id: d.id, rowVersion: d.rowVersion, content: broken, note: '' }, o.manager);
    expect(saved.content.control.items.find((i) => i.key === 'dual-sign')?.points).toBe(30);
    const bad = withPoints(d.content, 'dual-sign', 1.234);
    await refused(env, 'integrity.saveScheme', { id: d.id, rowVersion: saved.rowVersion, content: bad, note: '' }, o.manager, 'VALIDATION');
  });

  it('the audit entry says what changed, in Chinese', async () => {
    const { env, o } = t;
    const d = await draft();
    await ok(env, 'integrity.saveScheme', { id: d.id, rowVersion: d.rowVersion, content: withPoints(d.content, 'dual-sign', 12), note: '调整' }, o.manager);
    const [entry] = auditOf(env, 'integrity.saveScheme');
    expect(entry?.subject).toBe(`${NEXT}年度第1版`);
    expect(auditSummaryText('integrity.saveScheme', entry?.summary ?? '')).toBe(
      `年度：${NEXT}；版本：1；修改内容：说明：年度方案 → 调整；控制点“财务双签”分值：10 → 12`,
    );
  });
});

describe('enabling', () => {
  it('is refused while the checks fail (listing them), then enabled once fixed; computing then uses it', async () => {
    const { env, o } = t;
    const d = await draft('本年最新版本', INDEX_YEAR);
    const broken = await ok(env, 'integrity.saveScheme', { id: d.id, rowVersion: d.rowVersion, content: withPoints(d.content, 'dual-sign', 12), note: '' }, o.manager);
    await refused(env, 'integrity.enableScheme', { id: d.id, rowVersion: broken.rowVersion }, o.manager, 'VALIDATION', /单位类型“行政村”的控制点分值合计42分，应等于控制性满分40分/);
    const fixed = await ok(env, 'integrity.saveScheme', {
      id: d.id, rowVersion: broken.rowVersion, content: withPoints(broken.content, 'collective', 8), note: '',
    }, o.manager);
    const enabled = await ok(env, 'integrity.enableScheme', { id: d.id, rowVersion: fixed.rowVersion }, o.manager);
    expect(enabled).toMatchObject({ status: '已启用', version: 2, enabledByName: expect.any(String), enabledAt: expect.any(String) });
    expect(schemeInForce(env.db, INDEX_YEAR)?.ref).toEqual({ id: d.id, year: INDEX_YEAR, version: 2 });
  });

  it('a stale row version is refused', async () => {
    const { env, o } = t;
    const d = await draft();
    await ok(env, 'integrity.saveScheme', { id: d.id, rowVersion: d.rowVersion, content: d.content, note: '再存' }, o.manager);
    await refused(env, 'integrity.enableScheme', { id: d.id, rowVersion: d.rowVersion }, o.manager, 'CONFLICT', /已被他人修改，请刷新/);
  });

  it('an enabled version is frozen: saving and enabling again are refused, and the store refuses a direct update', async () => {
    const { env, o } = t;
    const d = await draft();
    const enabled = await ok(env, 'integrity.enableScheme', { id: d.id, rowVersion: d.rowVersion }, o.manager);
    await refused(env, 'integrity.saveScheme', { id: d.id, rowVersion: enabled.rowVersion, content: d.content, note: '' }, o.manager, 'CONFLICT',
      `${NEXT}年度第1版已启用，已启用的评分方案不能修改，如需更正请新建本年更正版本。`);
    await refused(env, 'integrity.enableScheme', { id: d.id, rowVersion: enabled.rowVersion }, o.manager, 'CONFLICT', /已启用的评分方案不能修改/);
    expect(() => env.db.prepare('UPDATE index_schemes SET content = ? WHERE id = ?').run('{}', d.id)).toThrow(/已启用的评分方案不能修改/);
    expect(() => env.db.prepare("UPDATE index_schemes SET status = '草稿', enabled_at = NULL WHERE id = ?").run(d.id)).toThrow(/已启用的评分方案不能修改/);
    expect(storedStatus(env, d.id)).toBe('已启用');
    // The correction: a new version of the same year from it.
    expect((await draft('本年最新版本')).version).toBe(2);
  });
});

describe('reading', () => {
  it('lists the versions newest year and version first; one version with its content; an unknown id is NOT_FOUND', async () => {
    const { env, o } = t;
    await draft('本年最新版本', INDEX_YEAR);
    await draft('默认方案', NEXT);
    const all = await ok(env, 'integrity.schemes', {}, o.readonly);
    expect(all.map((r) => [r.year, r.version, r.status])).toEqual([[NEXT, 1, '草稿'], [INDEX_YEAR, 2, '草稿'], [INDEX_YEAR, 1, '已启用']]);
    const one = await ok(env, 'integrity.scheme', { id: o.schemes[INDEX_YEAR] ?? 0 }, o.readonly);
    expect(one).toMatchObject({ year: INDEX_YEAR, version: 1, status: '已启用', publications: 0 });
    expect(one.content).toEqual(DEFAULT_SCHEME);
    const missing = await send(env, 'integrity.scheme', { id: 999999 }, o.readonly);
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});

describe('rights', () => {
  it('信访室 and 领导 may not create, save or enable (FORBIDDEN); 案件监督管理室 and 系统管理员 may; 只读 reads', async () => {
    const { env, o } = t;
    for (const token of [o.clerk, o.leader, o.readonly, o.handler]) {
      await refused(env, 'integrity.createScheme', { year: NEXT, from: '默认方案', note: '' }, token, 'FORBIDDEN');
    }
    const d = await ok(env, 'integrity.createScheme', { year: NEXT, from: '默认方案', note: '' }, o.admin);
    for (const token of [o.clerk, o.leader]) {
      await refused(env, 'integrity.saveScheme', { id: d.id, rowVersion: d.rowVersion, content: d.content, note: '' }, token, 'FORBIDDEN');
      await refused(env, 'integrity.enableScheme', { id: d.id, rowVersion: d.rowVersion }, token, 'FORBIDDEN');
    }
    const saved = await ok(env, 'integrity.saveScheme', { id: d.id, rowVersion: d.rowVersion, content: d.content, note: '管理员保存' }, o.admin);
    await ok(env, 'integrity.enableScheme', { id: d.id, rowVersion: saved.rowVersion }, o.manager);
    for (const token of [o.readonly, o.clerk, o.leader, o.admin]) {
      expect((await ok(env, 'integrity.scheme', { id: d.id }, token)).status).toBe('已启用');
    }
  });
});

describe('the audit trail', () => {
  it('names the version, the source and the note; each entry reads in Chinese', async () => {
    const { env, o } = t;
    const d = await draft('默认方案', NEXT, '新年度');
    await ok(env, 'integrity.enableScheme', { id: d.id, rowVersion: d.rowVersion }, o.manager);
    const rows = env.db.prepare("SELECT op, entity, entity_id AS entityId, subject, summary FROM audit WHERE entity = 'index-scheme' ORDER BY id").all() as Array<{
      op: string; entity: string; entityId: string; subject: string; summary: string;
    }>;
    expect(rows.map((r) => `${opLabel(r.op)} ${auditObjectText(r)} ${auditSummaryText(r.op, r.summary)}`)).toEqual([
      `新建评分方案 评分方案 ${NEXT}年度第1版 年度：${NEXT}；版本：1；方案来源：默认方案；说明：新年度`,
      `启用评分方案 评分方案 ${NEXT}年度第1版 年度：${NEXT}；版本：1；状态：已启用`,
    ]);
  });
});
