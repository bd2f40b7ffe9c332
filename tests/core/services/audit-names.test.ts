// The audit log names the object of each entry as a person reads it (XF-2026-0001, a unit's or
// a person's name, a user name), never "#421"; entries written before names were kept
// (migration 0004) are named when listed, from the object as it is now.
import { describe, expect, it } from 'vitest';
import { auditObjectText, auditSummaryText } from '../../../shared/audit.ts';
import { ok, type TestEnv } from '../../helpers/services.ts';
import { namedTip, office, registryPeople, type Office, eachWithOffice } from '../../helpers/tips.ts';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
}, '2026-11-21T09:00:00+08:00');

describe('audit entries name their objects', () => {
  it('as a person reads them, also for entries written before names were kept', async () => {
    const [person] = registryPeople(env, 1);
    const tip = await ok(env, 'tips.register', namedTip([person!]), o.clerk);
    await ok(env, 'tips.list', { due: '逾期' }, o.clerk);
    await ok(env, 'tips.export', { due: '逾期' }, o.clerk);
    const rows = (await ok(env, 'audit.list', { pageSize: 100 }, o.admin)).rows;
    const registered = rows.find((r) => r.op === 'tips.register');
    expect(registered?.subject).toBe(tip.number);
    expect(auditObjectText(registered!)).toBe(`信访件 ${tip.number}`);
    const exported = rows.find((r) => r.op === 'tips.export');
    expect(auditSummaryText('tips.export', exported!.summary)).toContain('筛选条件：时限状态 逾期');
    expect(rows.find((r) => r.op === 'auth.login' && r.subject === 'clerk')).toBeDefined();

    // An entry as migration 0004 found it: no name kept. The list names it from the tip.
    env.db.prepare("UPDATE audit SET subject = NULL WHERE op = 'tips.register'").run();
    const again = (await ok(env, 'audit.list', { pageSize: 100 }, o.admin)).rows.find((r) => r.op === 'tips.register');
    expect(again?.subject).toBe(tip.number);
  });

  it('shows a summary with Chinese labels and values, never a raw key', async () => {
    expect(auditSummaryText('tips.approve', JSON.stringify({ number: 'XF-2026-0373', approved: false }))).toBe('编号：XF-2026-0373；是否同意：否');
    expect(auditSummaryText('units.update', JSON.stringify({ name: ['甲', '乙'] }))).toBe('名称：甲 → 乙');
    expect(auditObjectText({ entity: 'tip-reporter', entityId: '421', subject: null })).toBe('举报人信息（编号 421）');
  });
});
