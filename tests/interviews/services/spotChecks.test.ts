// 抽查核实 through the real services: the population is the 函询 concluded as 了结 in the period and
// not drawn before; ⌈share × N⌉ are drawn with a seed made at drawing time, and the audit entry holds
// everything needed to re-derive the draw; each result is recorded once, a 不属实 shows on the
// letter's page. Refusals change nothing. Concluded letters are put in by SQL (their steps have
// tests of their own).
import { describe, expect, it } from 'vitest';
import { fingerprint, ok, send, type TestEnv } from '../../helpers/services.ts';
import { testDay } from '../../helpers/testDate.ts';
import { signInAgain } from '../../helpers/tips.ts';
import { insertInterview, updateInterview } from '../../../db/repos/interviews/records.ts';
import { drawSpotChecks, spotCheckCount, type InterviewOutcome, type InterviewKind } from '../../../shared/interviews/index.ts';
import { interviewEachTest } from './office.ts';

const t = interviewEachTest();
let serial = 0;

/** A letter (or talk) concluded on `day` with `outcome`, as its steps would leave it. */
function concluded(env: TestEnv, day: string, outcome: InterviewOutcome = '了结', kind: InterviewKind = '函询'): number {
  const person = env.db.prepare("SELECT p.id, p.name, p.unit_id AS unitId, u.name AS unitName, p.post, p.category FROM people p JOIN units u ON u.id = p.unit_id ORDER BY p.id LIMIT 1 OFFSET ?")
    .get(serial % 16) as { id: number; name: string; unitId: number; unitName: string; post: string; category: '一般干部' };
  serial += 1;
  const now = env.clock.now().toISOString();
  const id = insertInterview(env.db, {
    number: `${kind === '函询' ? 'HX' : 'TH'}-2026-${String(serial).padStart(4, '0')}`, kind, talkType: kind === '谈话' ? '廉政谈话' : null,
    holder: '本委', holderNames: '', status: kind === '函询' ? '待发函' : '待谈话', planId: null, planItemId: null, causeKind: '其他',
    tipId: null, tipPersonId: null, rectItemId: null, warningDocumentId: null, causeText: '群众反映', personId: person.id,
    personName: person.name, unitId: person.unitId, unitName: person.unitName, post: person.post, category: person.category,
    plannedDate: null, plannedTime: null, place: '', recorderUserId: null, interviewerIds: [], ledgerDate: day, createdOn: day,
    createdBy: null, now,
  });
  updateInterview(env.db, id, 0, { status: '已办结', outcome, concluded_date: day, ...(kind === '函询' ? { assessment: '如实说明', reply_date: day } : {}) }, now);
  return id;
}

const numberOf = (env: TestEnv, id: number) => (env.db.prepare('SELECT number FROM interviews WHERE id = ?').get(id) as { number: string }).number;

interface DrawEntry { from: string; to: string; share: number; population: number; drawn: number; seed: string; drawnIds: string[] }
function drawEntries(env: TestEnv): Array<{ entityId: string; summary: DrawEntry }> {
  return (env.db.prepare("SELECT entity_id AS entityId, summary FROM audit WHERE op = 'interviews.drawSpotCheck' ORDER BY id").all() as Array<{ entityId: string; summary: string }>)
    .map((r) => ({ entityId: r.entityId, summary: JSON.parse(r.summary) as DrawEntry }));
}

async function refused(op: string, input: unknown, token: string, code: string, message?: RegExp) {
  const before = fingerprint(t.env.db);
  const r = await send(t.env, op, input, token);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  if (message) expect(r.error.message).toMatch(message);
  if (code !== 'FORBIDDEN') expect(fingerprint(t.env.db)).toBe(before);
}

describe('drawing', () => {
  it('draws ⌈share × N⌉ of the 了结 letters of the period, re-derivable from the audit entry\'s seed', async () => {
    const { env, o } = t;
    const from = testDay(-60);
    const to = testDay(-1);
    const inPeriod = Array.from({ length: 21 }, (_, i) => concluded(env, testDay(-60 + i * 2)));
    // Not in the population: another outcome, a talk, outside the period, still open.
    concluded(env, testDay(-30), '提醒');
    concluded(env, testDay(-30), '了结', '谈话');
    concluded(env, testDay(-61));
    concluded(env, testDay(0));
    const batch = await ok(env, 'interviews.drawSpotCheck', { from, to }, o.handler);
    expect(batch).toMatchObject({ from, to, sharePercent: 15, population: 21, drawn: 4, done: 0, drawnByName: expect.any(String) });
    expect(batch.items).toHaveLength(4);
    expect(batch.seed).toMatch(/^[0-9a-f]{32}$/);
    for (const item of batch.items) {
      expect(inPeriod).toContain(item.interviewId);
      expect(item).toMatchObject({ result: null, resultDate: null, note: null, recordedBy: null });
    }

    // Anyone can re-derive the draw from the entry: the period's population, the share and the seed.
    const [entry] = drawEntries(env);
    expect(entry?.entityId).toBe(String(batch.id));
    const s = entry!.summary;
    expect(s).toMatchObject({ from, to, share: 15, population: 21, drawn: 4, seed: batch.seed });
    const population = (env.db.prepare("SELECT id FROM interviews WHERE kind = '函询' AND outcome = '了结' AND concluded_date BETWEEN ? AND ?").all(s.from, s.to) as Array<{ id: number }>).map((r) => r.id);
    expect(population).toHaveLength(s.population);
    const again = drawSpotChecks(population, spotCheckCount(s.population, s.share), s.seed);
    expect(again.map((id) => numberOf(env, id))).toEqual(s.drawnIds);
    expect(batch.items.map((i) => i.number).sort()).toEqual([...s.drawnIds].sort());
  });

  it('the seed is made at drawing time: two draws of equal populations have different seeds', async () => {
    const { env, o } = t;
    for (let i = 0; i < 10; i++) concluded(env, testDay(-10));
    for (let i = 0; i < 10; i++) concluded(env, testDay(-20));
    const a = await ok(env, 'interviews.drawSpotCheck', { from: testDay(-10), to: testDay(-10) }, o.handler);
    const b = await ok(env, 'interviews.drawSpotCheck', { from: testDay(-20), to: testDay(-20) }, o.handler);
    expect(a.seed).not.toBe(b.seed);
    expect(new Set(drawEntries(env).map((e) => e.summary.seed)).size).toBe(2);
  });

  it('a later batch over the same period draws from the letters not drawn before; the share may be given', async () => {
    const { env, o } = t;
    const ids = Array.from({ length: 10 }, () => concluded(env, testDay(-15)));
    const first = await ok(env, 'interviews.drawSpotCheck', { from: testDay(-30), to: testDay(0), sharePercent: 50 }, o.handler);
    expect(first).toMatchObject({ sharePercent: 50, population: 10, drawn: 5 });
    const second = await ok(env, 'interviews.drawSpotCheck', { from: testDay(-30), to: testDay(0), sharePercent: 100 }, o.handler);
    expect(second).toMatchObject({ population: 5, drawn: 5 });
    const drawn = [...first.items, ...second.items].map((i) => i.interviewId).sort((a, b) => a - b);
    expect(drawn).toEqual(ids);
    // The second entry re-derives from the population it had: the first batch's letters left out.
    const s = drawEntries(env)[1]!.summary;
    const rest = ids.filter((id) => !first.items.some((i) => i.interviewId === id));
    expect(drawSpotChecks(rest, spotCheckCount(s.population, s.share), s.seed).map((id) => numberOf(env, id))).toEqual(s.drawnIds);
    // Nothing left: refused.
    await refused('interviews.drawSpotCheck', { from: testDay(-30), to: testDay(0) }, o.handler, 'VALIDATION', /该期间没有以了结办结且未抽查过的函询/);
    // Newest first, with their items.
    const list = await ok(env, 'interviews.spotChecks', {}, o.readonly);
    expect(list.map((b) => b.id)).toEqual([second.id, first.id]);
    expect(await ok(env, 'interviews.spotCheck', { id: first.id }, o.readonly)).toEqual(first);
  });

  it('refuses an empty period, a period ending after today, bad shares and the roles that do not handle letters — changing nothing', async () => {
    const { env, o } = t;
    concluded(env, testDay(-5));
    await refused('interviews.drawSpotCheck', { from: testDay(-100), to: testDay(-50) }, o.handler, 'VALIDATION', /该期间没有以了结办结且未抽查过的函询/);
    await refused('interviews.drawSpotCheck', { from: testDay(-10), to: testDay(1) }, o.handler, 'VALIDATION', /不能晚于今天/);
    await refused('interviews.drawSpotCheck', { from: testDay(-1), to: testDay(-10) }, o.handler, 'VALIDATION', /办结日期止应不早于办结日期起/);
    await refused('interviews.drawSpotCheck', { from: testDay(-10), to: testDay(0), sharePercent: 0 }, o.handler, 'VALIDATION', /抽查比例应为1到100的整数/);
    await refused('interviews.drawSpotCheck', { from: testDay(-10), to: testDay(0), sharePercent: 101 }, o.handler, 'VALIDATION', /抽查比例应为1到100的整数/);
    await refused('interviews.spotCheck', { id: 999 }, o.handler, 'NOT_FOUND');
    for (const token of [o.readonly, o.admin]) await refused('interviews.drawSpotCheck', { from: testDay(-10), to: testDay(0) }, token, 'FORBIDDEN');
    expect(env.db.prepare('SELECT count(*) AS n FROM spot_check_batches').get()).toEqual({ n: 0 });
  });

  it('the share comes from 系统设置 when not given', async () => {
    const { env, o } = t;
    for (let i = 0; i < 10; i++) concluded(env, testDay(-3));
    const settings = await ok(env, 'settings.get', {}, o.admin);
    await ok(env, 'settings.update', { ...settings, spotCheckPercent: 30 }, o.admin);
    expect(await ok(env, 'interviews.drawSpotCheck', { from: testDay(-3), to: testDay(-3) }, o.handler)).toMatchObject({ sharePercent: 30, drawn: 3 });
  });
});

describe('recording the results', () => {
  async function drawnBatch() {
    const { env, o } = t;
    for (let i = 0; i < 4; i++) concluded(env, testDay(-8));
    return ok(env, 'interviews.drawSpotCheck', { from: testDay(-8), to: testDay(-8), sharePercent: 100 }, o.handler);
  }

  it('each once; a 不属实 shows on the letter\'s history', async () => {
    const { env, o } = t;
    const batch = await drawnBatch();
    const [a, b] = batch.items;
    const afterA = await ok(env, 'interviews.recordSpotCheck', { itemId: a!.id, result: '属实', date: testDay(0), note: '经核实，函询答复属实。' }, o.handler);
    expect(afterA.done).toBe(1);
    expect(afterA.items.find((i) => i.id === a!.id)).toMatchObject({ result: '属实', resultDate: testDay(0), note: '经核实，函询答复属实。', recordedBy: expect.any(String) });
    const afterB = await ok(env, 'interviews.recordSpotCheck', { itemId: b!.id, result: '不属实', date: testDay(0), note: '隐瞒了其亲属经商情况。' }, o.checker);
    expect(afterB.done).toBe(2);
    const history = env.db.prepare('SELECT action, date, text FROM interview_history WHERE interview_id = ? ORDER BY id').all(b!.interviewId) as Array<{ action: string; date: string; text: string }>;
    expect(history.at(-1)).toEqual({ action: '抽查核实', date: testDay(0), text: '抽查核实：不属实（隐瞒了其亲属经商情况。）' });
    const entry = env.db.prepare("SELECT entity, entity_id AS id, summary FROM audit WHERE op = 'interviews.recordSpotCheck' ORDER BY id DESC").get() as { entity: string; id: string; summary: string };
    expect(entry).toMatchObject({ entity: 'interview', id: String(b!.interviewId) });
    expect(JSON.parse(entry.summary)).toMatchObject({ number: b!.number, checkResult: '不属实', checkDate: testDay(0) });
    // Once per item.
    await refused('interviews.recordSpotCheck', { itemId: b!.id, result: '属实', date: testDay(0), note: '经核实属实。' }, o.handler, 'CONFLICT', /抽查核实结果已登记/);
  });

  it('refuses a date after today or before the drawing, an unknown item, a reader — changing nothing', async () => {
    const { env, o } = t;
    const batch = await drawnBatch();
    const itemId = batch.items[0]!.id;
    await refused('interviews.recordSpotCheck', { itemId, result: '属实', date: testDay(1), note: '经核实属实。' }, o.handler, 'VALIDATION', /不能晚于今天/);
    await refused('interviews.recordSpotCheck', { itemId, result: '属实', date: testDay(-1), note: '经核实属实。' }, o.handler, 'VALIDATION', /不能早于抽取日期/);
    await refused('interviews.recordSpotCheck', { itemId: 999, result: '属实', date: testDay(0), note: '经核实属实。' }, o.handler, 'NOT_FOUND');
    await refused('interviews.recordSpotCheck', { itemId, result: '部分属实', date: testDay(0), note: '经核实属实。' }, o.handler, 'VALIDATION');
    await refused('interviews.recordSpotCheck', { itemId, result: '属实', date: testDay(0), note: '经核实属实。' }, o.readonly, 'FORBIDDEN');
    // A day later the check may be dated on the drawing day.
    env.clock.advanceMinutes(24 * 60);
    const again = await signInAgain(env, o);
    const done = await ok(env, 'interviews.recordSpotCheck', { itemId, result: '属实', date: testDay(0), note: '经核实属实。' }, again.handler);
    expect(done.items.find((i) => i.id === itemId)?.resultDate).toBe(testDay(0));
  });
});
