// 控制性检查 through the dispatcher: the grid of a period (a unit type's items as columns, who
// entered each result, the units still missing one), entering and clearing results (one audit
// entry listing what changed), refusals (an item of another type, a period the scheme does not
// enter, a unit not scored) and who may read and write.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME } from '../../../shared/integrity/index.ts';
import { ok, send } from '../../helpers/services.ts';
import { enableScheme, indexEachTest, INDEX_YEAR } from '../office.ts';

const t = indexEachTest();
const Q = { year: INDEX_YEAR, quarter: 3 };
const grid = (token: string, extra: Record<string, unknown> = {}) =>
  ok(t.env, 'integrity.checklist', { ...Q, unitType: '行政村', onlyMissing: false, page: 0, pageSize: 50, ...extra }, token);

describe('the grid', () => {
  it('shows a type\'s items as columns; a result entered shows who entered it; missingUnits counts the rest', async () => {
    const { env, o } = t;
    const before = await grid(o.manager);
    expect(before.items.map((i) => i.name)).toEqual(['三重一大集体决策', '财务双签', '招投标进场交易', '村务公开按时', '公车登记']);
    expect(before.rows.map((r) => r.unitName)).toHaveLength(4);
    expect(before.missingUnits).toBe(4);
    const row = await ok(env, 'integrity.setChecklist', {
      ...Q, unitId: o.villageId,
      results: DEFAULT_SCHEME.control.items.filter((i) => i.unitTypes.includes('行政村')).map((i) => ({ itemKey: i.key, result: '落实' as const })),
    }, o.handler);
    expect(row.cells.every((c) => c.result === '落实' && c.entered?.enteredByName !== undefined && c.recordId !== null)).toBe(true);
    const after = await grid(o.readonly);
    expect(after.missingUnits).toBe(3);
    const mine = after.rows.find((r) => r.unitId === o.villageId);
    expect(mine?.cells[0]).toMatchObject({ itemKey: 'collective', result: '落实', entered: { enteredAt: env.clock.now().toISOString() } });
    const missing = await grid(o.readonly, { onlyMissing: true });
    expect(missing.total).toBe(3);
    expect(missing.rows.some((r) => r.unitId === o.villageId)).toBe(false);
    const searched = await grid(o.readonly, { q: '青山' });
    expect(searched.rows.map((r) => r.unitName).sort()).toEqual(['青山东村', '青山西村']);
  });

  it('clearing a result makes it 未录入 again; the audit entry lists only what changed', async () => {
    const { env, o } = t;
    await ok(env, 'integrity.setChecklist', { ...Q, unitId: o.villageId, results: [{ itemKey: 'collective', result: '部分落实' }, { itemKey: 'vehicles', result: '落实' }] }, o.handler);
    const row = await ok(env, 'integrity.setChecklist', { ...Q, unitId: o.villageId, results: [{ itemKey: 'collective', result: null }, { itemKey: 'vehicles', result: '落实' }] }, o.manager);
    expect(row.cells.find((c) => c.itemKey === 'collective')).toMatchObject({ result: null, entered: null, recordId: null });
    const entries = env.db.prepare("SELECT summary FROM audit WHERE entity = 'index-checklist' ORDER BY id").all() as Array<{ summary: string }>;
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[0]!.summary)).toMatchObject({ year: INDEX_YEAR, quarter: 3, results: '三重一大集体决策：未录入 → 部分落实；公车登记：未录入 → 落实' });
    expect(JSON.parse(entries[1]!.summary).results).toBe('三重一大集体决策：部分落实 → 未录入');
  });
});

describe('refusals', () => {
  it('an item of another unit type is refused and nothing is written', async () => {
    const { env, o } = t;
    const r = await send(env, 'integrity.setChecklist', { ...Q, unitId: o.villageId, results: [{ itemKey: 'collective', result: '落实' }, { itemKey: 'gov-affairs', result: '落实' }] }, o.handler);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('政务公开按时”不适用于行政村') } });
    expect(env.db.prepare('SELECT count(*) AS n FROM index_checks').get()).toEqual({ n: 0 });
  });

  it('a period the scheme does not enter is refused, saying which to choose', async () => {
    const { env, o } = t;
    const whole = await send(env, 'integrity.setChecklist', { year: INDEX_YEAR, quarter: 0, unitId: o.villageId, results: [{ itemKey: 'collective', result: '落实' }] }, o.handler);
    expect(whole).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请选择第1至4季度') } });
    enableScheme(env, INDEX_YEAR, { ...DEFAULT_SCHEME, control: { ...DEFAULT_SCHEME.control, period: '年度' } });
    const quarterly = await send(env, 'integrity.setChecklist', { ...Q, unitId: o.villageId, results: [{ itemKey: 'collective', result: '落实' }] }, o.handler);
    expect(quarterly).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请选择“全年”') } });
    await ok(env, 'integrity.setChecklist', { year: INDEX_YEAR, quarter: 0, unitId: o.villageId, results: [{ itemKey: 'collective', result: '落实' }] }, o.handler);
  });

  it('a unit not scored in the period (撤销 before it) is refused', async () => {
    const { env, o } = t;
    env.db.prepare("UPDATE units SET revoked_date = '2026-06-30' WHERE id = ?").run(o.villageId);
    const r = await send(env, 'integrity.setChecklist', { ...Q, unitId: o.villageId, results: [{ itemKey: 'collective', result: '落实' }] }, o.handler);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('已于2026-06-30撤销') } });
    expect((await grid(o.manager)).total).toBe(3);
  });
});

describe('rights', () => {
  it('信访室 and 领导 may not write (FORBIDDEN); 只读 reads the grid', async () => {
    const { env, o } = t;
    for (const token of [o.clerk, o.leader, o.readonly]) {
      const r = await send(env, 'integrity.setChecklist', { ...Q, unitId: o.villageId, results: [{ itemKey: 'collective', result: '落实' }] }, token);
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(env.db.prepare('SELECT count(*) AS n FROM index_checks').get()).toEqual({ n: 0 });
    expect((await grid(o.readonly)).total).toBe(4);
    expect((await grid(o.clerk)).total).toBe(4);
  });
});
