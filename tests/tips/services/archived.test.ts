// An archived tip is closed (issue: security and data safety §2): no attachment and no repeat
// link changes it until a leader 重新启用 it with a reason, which returns it to 待归档 (recorded
// in its history and the audit trail). Attachments are added by the clerks and the tip's
// assigned handler only; every download and opening of one is audited.
import { describe, expect, it } from 'vitest';
import { ok, send, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { namedTip, register, registryPeople, type Office, eachWithOffice } from '../../helpers/tips.ts';
import { testDay } from '../../helpers/testDate.ts';
import type { TipDetail } from '../../../shared/tips/ledger.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
});

async function tipAt(stage: '承办中' | '已归档'): Promise<TipDetail> {
  const [p] = registryPeople(env, 1);
  const r = await register(env, o.clerk, namedTip([p!], { receivedDate: testDay(0) }));
  let tip = await ok(env, 'tips.get', { id: r.id }, o.clerk);
  tip = await ok(env, 'tips.propose', { id: tip.id, version: tip.version, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: testDay(30) }, o.clerk);
  tip = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
  if (stage === '承办中') return tip;
  tip = await ok(env, 'tips.conclude', { id: tip.id, version: tip.version, result: '查否', concludedDate: testDay(0), conclusion: '反映问题不属实。' }, o.handler);
  tip = await ok(env, 'tips.feedback', { id: tip.id, version: tip.version, date: testDay(0), way: '电话反馈', content: '已电话反馈。' }, o.clerk);
  return ok(env, 'tips.archive', { id: tip.id, version: tip.version }, o.clerk);
}

const file = { fileName: '补充材料.pdf', dataBase64: PDF };
const archivedMessage = (number: string) => `${number} 已归档，不能再修改；如确需修改，请由领导“重新启用”，并写明理由。`;

describe('an archived tip', () => {
  it('takes no attachment and no repeat link, from anyone', async () => {
    const tip = await tipAt('已归档');
    const other = await tipAt('承办中');
    for (const session of [o.clerk, o.handler]) {
      expect(await send(env, 'tips.addAttachment', { tipId: tip.id, file }, session)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: archivedMessage(tip.number) } });
    }
    expect(await send(env, 'tips.linkRepeat', { id: tip.id, version: tip.version, repeatOf: other.id }, o.clerk)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: archivedMessage(tip.number) } });
    expect((await ok(env, 'tips.get', { id: tip.id }, o.clerk)).version).toBe(tip.version);
  });

  it('重新启用 by a leader, with a reason: back to 待归档, in the history and the audit trail; then it can be completed and filed again', async () => {
    const tip = await tipAt('已归档');
    expect(await send(env, 'tips.reopen', { id: tip.id, version: tip.version, reason: '' }, o.leader)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await send(env, 'tips.reopen', { id: tip.id, version: tip.version, reason: '补充扫描件' }, o.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const reopened = await ok(env, 'tips.reopen', { id: tip.id, version: tip.version, reason: '补充当事人说明材料的扫描件。' }, o.leader);
    expect(reopened.status).toBe('待归档');
    expect(reopened.steps.at(-1)).toMatchObject({ step: '重新启用', fromStatus: '已归档', toStatus: '待归档', note: '补充当事人说明材料的扫描件。' });
    const audited = env.db.prepare("SELECT username, summary FROM audit WHERE op = 'tips.reopen' AND entity = 'tip'").all() as Array<{ username: string; summary: string }>;
    expect(audited).toHaveLength(1);
    expect(JSON.parse(audited[0]?.summary ?? '{}')).toEqual({ number: tip.number, reopened: true, reason: '补充当事人说明材料的扫描件。' });
    await ok(env, 'tips.addAttachment', { tipId: tip.id, file }, o.clerk);
    const again = await ok(env, 'tips.get', { id: tip.id }, o.clerk);
    expect((await ok(env, 'tips.archive', { id: tip.id, version: again.version }, o.clerk)).status).toBe('已归档');
    // Only from 已归档.
    const open = await tipAt('承办中');
    expect(await send(env, 'tips.reopen', { id: open.id, version: open.version, reason: '误操作' }, o.leader)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('attachments', () => {
  it('are added by the clerks and the assigned handler; another handler or a leader is refused (and the refusal audited)', async () => {
    const tip = await tipAt('承办中');
    await ok(env, 'tips.addAttachment', { tipId: tip.id, file }, o.clerk);
    await ok(env, 'tips.addAttachment', { tipId: tip.id, file: { ...file, fileName: '承办人补充.pdf' } }, o.handler);
    const colleague = await userWithRole(env, '监督检查室', 'colleague');
    for (const session of [colleague, o.leader]) {
      const r = await send(env, 'tips.addAttachment', { tipId: tip.id, file: { ...file, fileName: '越权上传.pdf' } }, session);
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: `只有信访室、案件监督管理室和本件的承办人可以为 ${tip.number} 上传附件。` } });
    }
    expect((await ok(env, 'tips.get', { id: tip.id }, o.clerk)).attachments.map((a) => a.fileName)).toEqual(['补充材料.pdf', '承办人补充.pdf']);
    expect(env.db.prepare("SELECT count(*) AS n FROM audit WHERE op = 'tips.addAttachment' AND entity = 'refusal'").get()).toEqual({ n: 2 });
  });

  it('every download and opening is audited with the file, never its content', async () => {
    const tip = await tipAt('承办中');
    const a = await ok(env, 'tips.addAttachment', { tipId: tip.id, file }, o.clerk);
    await ok(env, 'tips.downloadAttachment', { id: a.id }, o.clerk);
    await ok(env, 'tips.downloadAttachment', { id: a.id }, o.handler);
    await ok(env, 'tips.openAttachment', { id: a.id }, o.clerk);
    const rows = env.db.prepare("SELECT op, username, subject, summary FROM audit WHERE op IN ('tips.downloadAttachment', 'tips.openAttachment') ORDER BY id").all() as Array<{ op: string; username: string; subject: string; summary: string }>;
    expect(rows.map((r) => [r.op, r.username, r.subject, JSON.parse(r.summary)])).toEqual([
      ['tips.downloadAttachment', 'clerk', `${tip.number} 补充材料.pdf`, { number: tip.number, fileName: '补充材料.pdf', access: '下载' }],
      ['tips.downloadAttachment', 'handler', `${tip.number} 补充材料.pdf`, { number: tip.number, fileName: '补充材料.pdf', access: '下载' }],
      ['tips.openAttachment', 'clerk', `${tip.number} 补充材料.pdf`, { number: tip.number, fileName: '补充材料.pdf', access: '打开' }],
    ]);
    expect(JSON.stringify(rows)).not.toContain('PDF-1.4');
  });
});
