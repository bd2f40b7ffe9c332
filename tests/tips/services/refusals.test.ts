// Refused attempts at sensitive things leave a trace (issue: security and data safety §3): a
// refused reveal, a refused export with reporter data, a refused administrator's read and every
// failed query-code lookup are audited in a transaction of their own — who, when, what, never the
// data or the code typed. Query-code lookups are limited per person: 10 a minute, each failure in
// the last minute pausing the next a little longer.
import { describe, expect, it } from 'vitest';
import { ok, send, type TestEnv } from '../../helpers/services.ts';
import { namedTip, register, registryPeople, type Office, eachWithOffice } from '../../helpers/tips.ts';
import { LOOKUPS_PER_MINUTE } from '../../../electron/services/tips/view.ts';
import { auditObjectText, auditSummaryText, opLabel } from '../../../shared/audit.ts';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
});

interface Entry {
  op: string;
  entity: string;
  username: string;
  summary: Record<string, unknown>;
}

function entriesSince(id: number): Entry[] {
  return (env.db.prepare('SELECT op, entity, username, summary FROM audit WHERE id > ? ORDER BY id').all(id) as Array<Omit<Entry, 'summary'> & { summary: string }>).map((e) => ({
    ...e,
    summary: JSON.parse(e.summary) as Record<string, unknown>,
  }));
}
const lastId = () => (env.db.prepare('SELECT ifnull(max(id), 0) AS n FROM audit').get() as { n: number }).n;
const usernameOf = (token: string) => env.ctx.sessions.peek(token, env.clock.now(), { idleMinutes: 60, maxHours: 12 });

describe('refusals are audited', () => {
  it('a refused reveal, a refused export with reporter data and a refused administrator read: one entry each, without the data', async () => {
    const [p] = registryPeople(env, 1);
    const tip = await register(env, o.clerk, namedTip([p!]));
    const from = lastId();
    expect(await send(env, 'tips.revealReporter', { id: tip.id }, o.readonly)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await send(env, 'tips.export', { includeReporter: true }, o.handler)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await send(env, 'audit.list', {}, o.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const entries = entriesSince(from);
    expect(entries.map((e) => [e.op, e.entity, e.summary.result])).toEqual([
      ['tips.revealReporter', 'refusal', '已拒绝'],
      ['tips.export', 'refusal', '已拒绝'],
      ['audit.list', 'refusal', '已拒绝'],
    ]);
    expect(entries[0]?.summary.refused).toBe('您的角色无权查看举报人信息。');
    expect(new Set(entries.map((e) => e.username)).size).toBe(3);
    expect(usernameOf(o.readonly)).not.toBeNull();
    // The audit page reads them in Chinese.
    const listed = await ok(env, 'audit.list', { q: '已拒绝', pageSize: 10 }, o.admin);
    expect(listed.total).toBe(3);
    const shown = listed.rows.map((r) => `${opLabel(r.op)} ${auditObjectText(r)} ${auditSummaryText(r.op, r.summary)}`);
    expect(shown).toContain('查询审计日志 越权操作（已拒绝） 结果：已拒绝；拒绝原因：您的角色（信访室）无权进行此操作。');
  });
});

describe('query-code lookups', () => {
  it('a failed lookup is audited (found: no) and changes nothing else', async () => {
    const from = lastId();
    const before = env.db.prepare('SELECT count(*) AS n FROM tips').get();
    expect(await send(env, 'tips.lookupCode', { code: 'AAAA-BBBB' }, o.readonly)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(entriesSince(from).map((e) => [e.op, e.entity, e.summary])).toEqual([['tips.lookupCode', 'tip-query-code', { found: false }]]);
    expect(env.db.prepare('SELECT count(*) AS n FROM tips').get()).toEqual(before);
    expect(JSON.stringify(entriesSince(from))).not.toContain('AAAA');
  });

  it('at most 10 a minute per person, then refused (and audited) until the oldest leaves the minute; each failure pauses the next longer', async () => {
    const [p] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([p!], { mode: '匿名', reporter: { name: '', phone: '', idNumber: '', address: '' } }));
    env.sleeps.length = 0;
    const wrong = ['AAAA-BBBB', 'CCCC-DDDD', 'EEEE-FFFF'];
    for (const code of wrong) expect((await send(env, 'tips.lookupCode', { code }, o.readonly)).ok).toBe(false);
    // Paused before the second and the third: one failure, then two, in the last minute.
    expect(env.sleeps).toEqual([200, 400]);
    for (let i = 3; i < LOOKUPS_PER_MINUTE; i++) expect(await ok(env, 'tips.lookupCode', { code: r.queryCode! }, o.readonly)).toEqual({ status: '已受理' });
    const from = lastId();
    const limited = await send(env, 'tips.lookupCode', { code: r.queryCode! }, o.readonly);
    expect(limited).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^查询码查询过于频繁：每人每分钟最多查询 10 次，请 \d+ 秒后再试。$/) } });
    expect(entriesSince(from).map((e) => e.summary)).toEqual([{ found: null, limited: true }]);
    // Another person is not held up by it.
    expect(await ok(env, 'tips.lookupCode', { code: r.queryCode! }, o.clerk)).toEqual({ status: '已受理' });
    env.clock.advanceMinutes(1);
    expect(await ok(env, 'tips.lookupCode', { code: r.queryCode! }, o.readonly)).toEqual({ status: '已受理' });
  });

  it('ten wrong codes sent at once are taken one at a time: each waits for the pause the failures before it earned', async () => {
    env.sleeps.length = 0;
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => send(env, 'tips.lookupCode', { code: `AAAA-BBB${'CDEFGHJKLMNP'[i]}` }, o.readonly)));
    expect(answers.filter((a) => !a.ok && a.error.code === 'NOT_FOUND')).toHaveLength(10);
    expect(answers.filter((a) => !a.ok && a.error.code === 'RATE_LIMITED')).toHaveLength(2);
    expect(env.sleeps).toEqual([200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800]);
  });
});
