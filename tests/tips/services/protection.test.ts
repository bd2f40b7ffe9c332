// Reporter protection (举报人保护) and the anonymous query code.
import { describe, it, expect } from 'vitest';
import { ok, send, type TestEnv } from '../../helpers/services.ts';
import { namedTip, office, register, registryPeople, REPORTER, type Office, eachWithOffice } from '../../helpers/tips.ts';

/** The day these tests' dates were written for (they name 2026 dates and numbers). */
const WRITTEN_FOR = '2026-11-21T09:00:00+08:00';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
}, WRITTEN_FOR);

const secrets = [REPORTER.name, REPORTER.phone, REPORTER.idNumber, REPORTER.address, '解放路'];

function auditText(): string {
  return (env.db.prepare('SELECT group_concat(summary, char(10)) AS s FROM audit').get() as { s: string }).s;
}

describe('reporter identities', () => {
  it('are masked for everyone until a permitted role reveals them, and the reveal is audited without the data', async () => {
    const [p] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([p!]));
    const seen = await ok(env, 'tips.get', { id: r.id }, o.readonly);
    expect(seen.reporter).toEqual({ name: '张**', phone: '138****5678', idNumber: expect.stringMatching(/^330\*+\d{3}[\dX]$/), address: '临江县城****' });
    expect(seen.canRevealReporter).toBe(false);
    expect(JSON.stringify(seen)).not.toMatch(/张三丰|13812345678|解放路/);
    const list = await ok(env, 'tips.list', {}, o.readonly);
    expect(list.rows[0]?.reporterMasked).toBe('张**');
    expect(JSON.stringify(list)).not.toMatch(/张三丰|13812345678/);

    const refused = await send(env, 'tips.revealReporter', { id: r.id }, o.readonly);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const handlerRefused = await send(env, 'tips.revealReporter', { id: r.id }, o.handler);
    expect(handlerRefused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const forClerk = await ok(env, 'tips.get', { id: r.id }, o.clerk);
    expect(forClerk.canRevealReporter).toBe(true);
    expect(forClerk.reporter.name).toBe('张**');
    const revealed = await ok(env, 'tips.revealReporter', { id: r.id }, o.clerk);
    expect(revealed).toEqual(REPORTER);
    const reveal = env.db.prepare("SELECT username, entity, entity_id AS entityId FROM audit WHERE op = 'tips.revealReporter' ORDER BY id").all();
    // The two refused attempts first (without the tip or its data), then the reveal.
    expect(reveal).toEqual([
      { username: 'reader', entity: 'refusal', entityId: null },
      { username: 'handler', entity: 'refusal', entityId: null },
      { username: 'clerk', entity: 'tip-reporter', entityId: String(r.id) },
    ]);
    for (const s of secrets) expect(auditText()).not.toContain(s);
  });

  it('are not searchable: a reporter name finds nothing', async () => {
    const [p] = registryPeople(env, 1);
    await register(env, o.clerk, namedTip([p!]));
    expect((await ok(env, 'tips.list', { q: '张三丰' }, o.clerk)).total).toBe(0);
    expect((await ok(env, 'tips.list', { q: '13812345678' }, o.clerk)).total).toBe(0);
  });

  it('follow the configured roles', async () => {
    const [p] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([p!]));
    const settings = await ok(env, 'settings.get', {}, o.admin);
    await ok(env, 'settings.update', { ...settings, reporterRoles: ['领导'] }, o.admin);
    expect(await ok(env, 'tips.revealReporter', { id: r.id }, o.leader)).toEqual(REPORTER);
    expect(await send(env, 'tips.revealReporter', { id: r.id }, o.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('query codes', () => {
  it('are given to anonymous reporters once and tell the stage only', async () => {
    const [p] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([p!], { mode: '匿名', reporter: { name: '', phone: '', idNumber: '', address: '' } }));
    expect(r.queryCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const code = r.queryCode!;
    expect(JSON.stringify(env.db.prepare('SELECT * FROM tips').all())).not.toContain(code.replace('-', ''));
    expect(await ok(env, 'tips.lookupCode', { code }, o.readonly)).toEqual({ status: '已受理' });
    // typed loosely: lower case, no dash, full-width
    expect(await ok(env, 'tips.lookupCode', { code: code.replace('-', ' ').toLowerCase() }, o.clerk)).toEqual({ status: '已受理' });
    let tip = await ok(env, 'tips.propose', { id: r.id, version: 0, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: '2026-12-20' }, o.clerk);
    tip = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
    expect(await ok(env, 'tips.lookupCode', { code }, o.clerk)).toEqual({ status: '办理中' });
    tip = await ok(env, 'tips.conclude', { id: tip.id, version: tip.version, result: '查否', concludedDate: '2026-11-21', conclusion: '反映不实' }, o.handler);
    expect(tip.status).toBe('待归档');
    expect(await ok(env, 'tips.lookupCode', { code }, o.clerk)).toEqual({ status: '已办结' });
    const wrong = await send(env, 'tips.lookupCode', { code: 'AAAA-BBBB' }, o.clerk);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(auditText()).not.toContain(code.replace('-', ''));
    // named reports get none
    expect((await register(env, o.clerk, namedTip([p!]))).queryCode).toBeNull();
  });
});
