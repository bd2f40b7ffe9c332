// Supervision findings through the dispatcher: entered for a channel of the scheme in force (never
// 信访), a date not after today, a unit not 撤销 before it; listed, searched and filtered in the store;
// edited with a version check; 作废 with a reason (kept, listed only when asked); rights by role.
import { describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../shared/kernel/errors.ts';
import { ok, send } from '../../helpers/services.ts';
import { testDay } from '../../helpers/testDate.ts';
import { INDEX_YEAR, indexEachTest } from '../office.ts';

const t = indexEachTest();
const DATE = `${INDEX_YEAR}-05-12`;

function refusal(r: ApiResponse<unknown>): { code: string; message: string } {
  if (r.ok) throw new Error('expected a refusal');
  return { code: r.error.code, message: r.error.message };
}

const finding = (unitId: number, over: Record<string, unknown> = {}) => ({
  unitId, channelKey: 'audit', date: DATE, source: '县审计局审计报告', summary: '专项资金未按规定拨付', ...over,
});

describe('integrity findings', () => {
  it('enters a finding with its channel named by the year’s scheme, and audits it', async () => {
    const { env, o } = t;
    const row = await ok(env, 'integrity.addFinding', finding(o.villageId), o.checker);
    expect(row).toMatchObject({ channelKey: 'audit', channelName: '审计', date: DATE, source: '县审计局审计报告', withdrawn: null, version: 0 });
    expect(row.enteredByName).not.toBe('');
    const entry = env.db.prepare("SELECT summary FROM audit WHERE entity = 'index-finding' ORDER BY id DESC LIMIT 1").get() as { summary: string };
    expect(JSON.parse(entry.summary)).toMatchObject({ channel: '审计', date: DATE, source: '县审计局审计报告', summary: '专项资金未按规定拨付' });
  });

  it('refuses the 信访 channel, a channel not in the scheme, a date after today, a year without a scheme', async () => {
    const { env, o } = t;
    expect(refusal(await send(env, 'integrity.addFinding', finding(o.villageId, { channelKey: 'tips' }), o.checker)).message).toContain(
      '信访渠道的问题由查实的信访件自动计入，无需在此登记',
    );
    expect(refusal(await send(env, 'integrity.addFinding', finding(o.villageId, { channelKey: 'nowhere' }), o.checker)).message).toContain('没有该监督渠道');
    expect(refusal(await send(env, 'integrity.addFinding', finding(o.villageId, { date: testDay(1) }), o.checker)).message).toContain('不能晚于今天');
    expect(refusal(await send(env, 'integrity.addFinding', finding(o.villageId, { date: '2019-05-01' }), o.checker)).message).toContain('2019年度尚无启用的评分方案');
    expect(env.db.prepare('SELECT count(*) AS n FROM index_findings').get()).toEqual({ n: 0 });
  });

  it('refuses a unit revoked before the date, naming the day it was revoked', async () => {
    const { env, o } = t;
    env.db.prepare("UPDATE units SET status = '已撤销', revoked_date = ? WHERE id = ?").run(`${INDEX_YEAR}-03-31`, o.villageId);
    const r = refusal(await send(env, 'integrity.addFinding', finding(o.villageId), o.checker));
    expect(r.message).toContain(`${INDEX_YEAR}-03-31`);
    // On or before the day of 撤销 it is still the unit's.
    await ok(env, 'integrity.addFinding', finding(o.villageId, { date: `${INDEX_YEAR}-03-31` }), o.checker);
  });

  it('lists by year, unit, channel and search, in pages', async () => {
    const { env, o } = t;
    await ok(env, 'integrity.addFinding', finding(o.villageId), o.checker);
    await ok(env, 'integrity.addFinding', finding(o.otherVillageId, { channelKey: 'media', summary: '网络舆情反映公车私用' }), o.manager);
    await ok(env, 'integrity.addFinding', finding(o.villageId, { channelKey: 'finance', date: `${INDEX_YEAR}-02-01` }), o.checker);
    const all = await ok(env, 'integrity.findings', { year: INDEX_YEAR, pageSize: 2, sortDir: 'desc' }, o.readonly);
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.date)).toEqual([DATE, DATE]);
    expect((await ok(env, 'integrity.findings', { unitId: o.otherVillageId }, o.clerk)).rows.map((r) => r.channelName)).toEqual(['舆论']);
    expect((await ok(env, 'integrity.findings', { channelKey: 'finance' }, o.leader)).total).toBe(1);
    expect((await ok(env, 'integrity.findings', { q: '公车' }, o.readonly)).rows.map((r) => r.channelKey)).toEqual(['media']);
    expect((await ok(env, 'integrity.findings', { year: INDEX_YEAR - 1 }, o.readonly)).total).toBe(0);
  });

  it('edits with the version read; a stale version is refused', async () => {
    const { env, o } = t;
    const row = await ok(env, 'integrity.addFinding', finding(o.villageId), o.checker);
    const edited = await ok(env, 'integrity.updateFinding', { ...finding(o.villageId, { channelKey: 'society' }), id: row.id, version: row.version }, o.manager);
    expect(edited).toMatchObject({ channelName: '社会', version: 1 });
    const stale = refusal(await send(env, 'integrity.updateFinding', { ...finding(o.villageId, { summary: '改' }), id: row.id, version: 0 }, o.checker));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('刷新');
  });

  it('withdraws with a reason: kept and shown struck with it, listed only when asked, never edited again', async () => {
    const { env, o } = t;
    const row = await ok(env, 'integrity.addFinding', finding(o.villageId), o.checker);
    expect(refusal(await send(env, 'integrity.withdrawFinding', { id: row.id, version: row.version, reason: '  ' }, o.checker)).message).toContain('作废理由');
    const gone = await ok(env, 'integrity.withdrawFinding', { id: row.id, version: row.version, reason: '重复登记' }, o.checker);
    expect(gone.withdrawn).toMatchObject({ reason: '重复登记' });
    expect((await ok(env, 'integrity.findings', {}, o.readonly)).total).toBe(0);
    expect((await ok(env, 'integrity.findings', { includeWithdrawn: true }, o.readonly)).rows[0]?.withdrawn?.reason).toBe('重复登记');
    expect(refusal(await send(env, 'integrity.updateFinding', { ...finding(o.villageId), id: row.id, version: gone.version }, o.checker)).message).toContain('已作废');
    expect(env.db.prepare('SELECT count(*) AS n FROM index_findings').get()).toEqual({ n: 1 });
  });

  it('lets 监督检查室 and 案件监督管理室 write; 信访室, 领导 and 只读 only read', async () => {
    const { env, o } = t;
    for (const who of [o.clerk, o.leader, o.readonly]) {
      expect(refusal(await send(env, 'integrity.addFinding', finding(o.villageId), who)).code).toBe('FORBIDDEN');
      await ok(env, 'integrity.findings', {}, who);
    }
    const row = await ok(env, 'integrity.addFinding', finding(o.villageId), o.manager);
    expect(refusal(await send(env, 'integrity.withdrawFinding', { id: row.id, version: 0, reason: '错' }, o.leader)).code).toBe('FORBIDDEN');
  });
});
