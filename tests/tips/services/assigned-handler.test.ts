// 办结 and 申请延期 of a lead: the handler it is assigned to may, and so may a supervising role
// (领导, 案件监督管理室) for any lead; a colleague of the same room (another 监督检查室 user)
// or a 信访室 user not assigned to it may not, and a refusal writes nothing.
import { describe, expect, it } from 'vitest';
import { fingerprintBesidesRefusals as fingerprint, ok, send, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { eachWithOffice, namedTip, register, registryPeople, type Office } from '../../helpers/tips.ts';
import { testDay } from '../../helpers/testDate.ts';
import type { TipDetail } from '../../../shared/tips/ledger.ts';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
});

const userId = (username: string) => (env.db.prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: number }).id;

/** A lead in handling (承办中), assigned to the user with this id. */
async function leadAssignedTo(handlerUserId: number): Promise<TipDetail> {
  const [p] = registryPeople(env, 1);
  const r = await register(env, o.clerk, namedTip([p!], { receivedDate: testDay(0) }));
  const proposed = await ok(env, 'tips.propose', { id: r.id, version: 0, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId, handlingDue: testDay(30) }, o.clerk);
  const tip = await ok(env, 'tips.approve', { id: proposed.id, version: proposed.version, approved: true }, o.leader);
  expect(tip).toMatchObject({ status: '承办中', handlerUserId });
  return tip;
}

const conclusion = (tip: TipDetail) => ({ id: tip.id, version: tip.version, result: '查否' as const, concludedDate: testDay(0), conclusion: '经初步核实，反映问题不属实。' });
const extension = (tip: TipDetail) => ({ id: tip.id, version: tip.version, newDue: testDay(60), reason: '需调取银行流水' });

describe('only the assigned handler among the handling staff concludes or extends a lead', () => {
  it('another 监督检查室 user may neither conclude nor ask for more time, and nothing is written', async () => {
    const colleague = await userWithRole(env, '监督检查室', 'handler2');
    const tip = await leadAssignedTo(o.handlerId);
    const before = fingerprint(env.db);

    const concluded = await send(env, 'tips.conclude', conclusion(tip), colleague);
    expect(concluded).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!concluded.ok) expect(concluded.error.message).toContain(`只有承办人或领导、案件监督管理室可以办结（${tip.number}）`);
    const extended = await send(env, 'tips.requestExtension', extension(tip), colleague);
    expect(extended).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!extended.ok) expect(extended.error.message).toContain(`可以申请延期（${tip.number}）`);
    expect(fingerprint(env.db)).toBe(before);
    expect(await ok(env, 'tips.get', { id: tip.id }, o.handler)).toMatchObject({ status: '承办中', version: tip.version, extensions: [] });

    // The assigned handler may do both.
    const asked = await ok(env, 'tips.requestExtension', extension(tip), o.handler);
    expect(asked.extensions).toMatchObject([{ state: '待审批', newDue: testDay(60) }]);
    const done = await ok(env, 'tips.conclude', conclusion(asked), o.handler);
    expect(done.status).toBe('待反馈');
  });

  it('the other way round: a lead assigned to the colleague is refused to the first handler', async () => {
    await userWithRole(env, '监督检查室', 'handler2');
    const tip = await leadAssignedTo(userId('handler2'));
    const before = fingerprint(env.db);
    expect(await send(env, 'tips.conclude', conclusion(tip), o.handler)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await send(env, 'tips.requestExtension', extension(tip), o.handler)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('a 信访室 user (a handling role) not assigned to the lead is refused too', async () => {
    const tip = await leadAssignedTo(o.handlerId);
    const before = fingerprint(env.db);
    expect(await send(env, 'tips.conclude', conclusion(tip), o.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await send(env, 'tips.requestExtension', extension(tip), o.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fingerprint(env.db)).toBe(before);
  });

  it('领导 and 案件监督管理室 may conclude or extend any lead', async () => {
    const supervisor = await userWithRole(env, '案件监督管理室', 'anguan');
    const first = await leadAssignedTo(o.handlerId);
    const asked = await ok(env, 'tips.requestExtension', extension(first), supervisor);
    expect(asked.extensions).toMatchObject([{ state: '待审批' }]);
    expect((await ok(env, 'tips.conclude', conclusion(asked), supervisor)).status).toBe('待反馈');

    const second = await leadAssignedTo(o.handlerId);
    const askedByLeader = await ok(env, 'tips.requestExtension', extension(second), o.leader);
    expect(askedByLeader.extensions).toMatchObject([{ state: '待审批' }]);
    expect((await ok(env, 'tips.conclude', conclusion(askedByLeader), o.leader)).status).toBe('待反馈');
  });
});
