// A tip's forms printed through tips.printForm: the reporter whole only for a role with the right,
// masked for the others, never on a form of an anonymous tip; the 反映内容 only with the 信访内容
// right; 审批表 and 办结报告 only once there is something to print; every print audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, ok, send, type TestEnv } from '../../helpers/services.ts';
import { namedTip, office, register, registryPeople, REPORTER, type Office } from '../../helpers/tips.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { docxParts, textOf } from '../../helpers/docxXml.ts';
import { testDay } from '../../helpers/testDate.ts';
import type { TipForm } from '../../../shared/tips/steps.ts';

let env: TestEnv;
let o: Office;

beforeEach(async () => {
  env = makeEnv();
  o = await office(env);
  await saveOffice(env, o.admin);
});
afterEach(() => env.close());

async function printed(id: number, form: TipForm, session: string): Promise<string> {
  const file = await ok(env, 'tips.printForm', { id, form }, session);
  expect(file.fileName).toMatch(new RegExp(`${form}\\.docx$`));
  return textOf(docxParts(Buffer.from(file.dataBase64, 'base64')).part('word/document.xml'));
}

function formEntries(): Array<{ summary: Record<string, unknown>; username: string }> {
  return (env.db.prepare("SELECT summary, username FROM audit WHERE op = 'tips.printForm' ORDER BY id").all() as Array<{ summary: string; username: string }>).map(
    (r) => ({ summary: JSON.parse(r.summary) as Record<string, unknown>, username: r.username }),
  );
}

describe('信访举报登记表', () => {
  it('shows the reporter to 信访室 and masks it for 只读; each print is audited', async () => {
    const [p] = registryPeople(env, 1);
    const tip = await register(env, o.clerk, namedTip([p!], { receivedDate: testDay(0) }));
    const forClerk = await printed(tip.id, '信访举报登记表', o.clerk);
    expect(forClerk).toContain(tip.number);
    expect(forClerk).toContain(REPORTER.name);
    expect(forClerk).toContain(REPORTER.phone);
    expect(forClerk).toContain('中共临江县纪律检查委员会');

    const forReader = await printed(tip.id, '信访举报登记表', o.readonly);
    expect(forReader).toContain(tip.number);
    expect(forReader).not.toContain(REPORTER.name);
    expect(forReader).not.toContain(REPORTER.phone);
    expect(forReader).not.toContain(REPORTER.idNumber);
    expect(forReader).toContain('举报人信息已按权限遮蔽');
    expect(forReader).toContain('（无权查看）');

    expect(formEntries()).toEqual([
      { username: 'clerk', summary: { number: tip.number, form: '信访举报登记表', withReporterShown: true } },
      { username: 'reader', summary: { number: tip.number, form: '信访举报登记表', withReporterShown: false } },
    ]);
  });

  it('prints 匿名 and no reporter for an anonymous tip', async () => {
    const [p] = registryPeople(env, 1);
    const tip = await register(env, o.clerk, namedTip([p!], { receivedDate: testDay(0), mode: '匿名', reporter: undefined }));
    const text = await printed(tip.id, '信访举报登记表', o.clerk);
    expect(text).toContain('匿名');
    expect(text).not.toContain(REPORTER.name);
  });

  it('is refused, with what to do, before 机关信息 is filled in', async () => {
    const fresh = makeEnv();
    try {
      const f = await office(fresh);
      const [p] = registryPeople(fresh, 1);
      const tip = await register(fresh, f.clerk, namedTip([p!], { receivedDate: testDay(0) }));
      const r = await send(fresh, 'tips.printForm', { id: tip.id, form: '信访举报登记表' }, f.clerk);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('机关信息');
    } finally {
      fresh.close();
    }
  });
});

describe('问题线索处置审批表 and 办结报告', () => {
  it('prints the 拟办 and, once decided, the 审批 with names, opinions and dates; the report once concluded', async () => {
    const [p] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([p!], { receivedDate: testDay(0) }));
    let tip = await ok(env, 'tips.get', { id: r.id }, o.clerk);
    const early = await send(env, 'tips.printForm', { id: tip.id, form: '问题线索处置审批表' }, o.clerk);
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toContain('尚未拟办');

    tip = await ok(env, 'tips.propose', { id: tip.id, version: tip.version, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: testDay(30), note: '建议初步核实' }, o.clerk);
    const proposed = await printed(tip.id, '问题线索处置审批表', o.clerk);
    expect(proposed).toContain('初步核实');
    expect(proposed).toContain('建议初步核实');
    expect(proposed).not.toContain(REPORTER.name);

    tip = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true, note: '同意初步核实' }, o.leader);
    const approved = await printed(tip.id, '问题线索处置审批表', o.readonly);
    expect(approved).toContain('同意初步核实');
    expect(approved).toContain('批准');

    const notYet = await send(env, 'tips.printForm', { id: tip.id, form: '办结报告' }, o.clerk);
    expect(notYet.ok).toBe(false);
    if (!notYet.ok) expect(notYet.error.message).toContain('尚未办结');
    await ok(env, 'tips.conclude', { id: tip.id, version: tip.version, result: '查否', concludedDate: testDay(0), conclusion: '经核查，反映问题不属实。' }, o.handler);
    const report = await printed(tip.id, '办结报告', o.handler);
    expect(report).toContain('经核查，反映问题不属实。');
    expect(report).toContain('查否');
    expect(report).not.toContain(REPORTER.name);
  });
});
