// Bonus entries through the dispatcher: a kind of the scheme in force for the date's year, its points
// from that scheme; 作废 with a reason; rights by role.
import { describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../shared/kernel/errors.ts';
import { ok, send } from '../../helpers/services.ts';
import { testDay } from '../../helpers/testDate.ts';
import { INDEX_YEAR, indexEachTest } from '../office.ts';

const t = indexEachTest();

function refusal(r: ApiResponse<unknown>): { code: string; message: string } {
  if (r.ok) throw new Error('expected a refusal');
  return { code: r.error.code, message: r.error.message };
}

const bonus = (unitId: number, over: Record<string, unknown> = {}) => ({
  unitId, kindKey: 'adopted', date: `${INDEX_YEAR}-04-20`, summary: '“村务阳光码”被市纪委推广', evidence: '市纪委通报〔2026〕5号', ...over,
});

describe('integrity bonuses', () => {
  it('enters a bonus with its kind’s name and points from the year’s scheme', async () => {
    const { env, o } = t;
    const row = await ok(env, 'integrity.addBonus', bonus(o.villageId), o.checker);
    expect(row).toMatchObject({ kindName: '创新做法被上级推广', points: 3, evidence: '市纪委通报〔2026〕5号', withdrawn: null });
    const entry = env.db.prepare("SELECT summary FROM audit WHERE entity = 'index-bonus' ORDER BY id DESC LIMIT 1").get() as { summary: string };
    expect(JSON.parse(entry.summary)).toMatchObject({ bonusKind: '创新做法被上级推广', evidence: '市纪委通报〔2026〕5号' });
  });

  it('refuses a kind not in the scheme, a date after today, and a writer without the right', async () => {
    const { env, o } = t;
    expect(refusal(await send(env, 'integrity.addBonus', bonus(o.villageId, { kindKey: 'other' }), o.checker)).message).toContain('没有该加分项');
    expect(refusal(await send(env, 'integrity.addBonus', bonus(o.villageId, { date: testDay(1) }), o.checker)).message).toContain('不能晚于今天');
    for (const who of [o.clerk, o.leader, o.readonly]) expect(refusal(await send(env, 'integrity.addBonus', bonus(o.villageId), who)).code).toBe('FORBIDDEN');
    expect(env.db.prepare('SELECT count(*) AS n FROM index_bonuses').get()).toEqual({ n: 0 });
  });

  it('withdraws with a reason and lists withdrawn entries only when asked', async () => {
    const { env, o } = t;
    const row = await ok(env, 'integrity.addBonus', bonus(o.villageId), o.manager);
    await ok(env, 'integrity.addBonus', bonus(o.otherVillageId, { kindKey: 'case-help', summary: '配合查办案件' }), o.manager);
    const gone = await ok(env, 'integrity.withdrawBonus', { id: row.id, version: row.version, reason: '佐证材料不实' }, o.checker);
    expect(gone.withdrawn?.reason).toBe('佐证材料不实');
    expect(refusal(await send(env, 'integrity.withdrawBonus', { id: row.id, version: row.version, reason: '再次' }, o.checker)).code).toBe('CONFLICT');
    expect((await ok(env, 'integrity.bonuses', { year: INDEX_YEAR }, o.readonly)).rows.map((r) => r.kindKey)).toEqual(['case-help']);
    expect((await ok(env, 'integrity.bonuses', { includeWithdrawn: true, kindKey: 'adopted' }, o.leader)).total).toBe(1);
    expect((await ok(env, 'integrity.bonuses', { q: '查办' }, o.clerk)).total).toBe(1);
  });
});
