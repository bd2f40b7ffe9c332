// An item's life through the real services: registered from a 问题清单, progress, evidence,
// 申请验收, a check by someone else (退回整改, then passed), 销号 by a leader with the evidence's
// hashes, 延期 with both dates kept, 屡查屡犯 linked to the closed item. Refusals change nothing.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, ok, send } from '../../helpers/services.ts';
import { WRITTEN_FOR } from '../../helpers/tips.ts';
import { anItem, createOne, rectEachTest } from './office.ts';

const t = rectEachTest(WRITTEN_FOR);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const TXT = Buffer.from('整改完成情况说明：已召开村民代表会议。\n', 'utf8');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const file = (fileName: string, data: Buffer) => ({ fileName, dataBase64: data.toString('base64') });

async function refused(op: string, input: unknown, token: string, code: string, message?: RegExp) {
  const before = fingerprint(t.env.db);
  const r = await send(t.env, op, input, token);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  if (message) expect(r.error.message).toMatch(message);
  // A refusal by right is audited (越权操作); nothing else changes.
  if (code !== 'FORBIDDEN') expect(fingerprint(t.env.db)).toBe(before);
}

describe('registering', () => {
  it('a 问题清单 gives numbered items, each with its history and audit entry', async () => {
    const { env, o } = t;
    const rows = await ok(env, 'rect.create', {
      source: '巡察反馈', sourceRef: '县委第三巡察组反馈意见',
      items: [anItem(o), anItem(o, { problem: '惠民资金发放台账不全', category: '惠民资金', deadline: '2027-01-31', measures: [] })],
    }, o.handler);
    expect(rows.map((r) => r.number)).toEqual(['ZG-2026-0001', 'ZG-2026-0002']);
    expect(rows[0]).toMatchObject({ status: '未启动', source: '巡察反馈', sourceRef: '县委第三巡察组反馈意见', leaderName: '周建国', deadline: '2026-12-31', deadlineOriginal: '2026-12-31', dueState: '正常' });
    expect(rows[0]?.measuresText).toBe('1. 召开村民代表会议重新审议租赁合同');
    const detail = await ok(env, 'rect.get', { id: rows[0]!.id }, o.readonly);
    expect(detail.events.map((e) => e.kind)).toEqual(['登记']);
    expect(detail.can.edit).toBe(false);
    const audits = env.db.prepare("SELECT count(*) AS n FROM audit WHERE op = 'rect.create'").get() as { n: number };
    expect(audits.n).toBe(2);
  });

  it('refuses a category not in the office\'s list, a person who left, a revoked unit — changing nothing', async () => {
    const { env, o } = t;
    await refused('rect.create', { source: '审计发现', items: [anItem(o, { category: '不存在的类别' })] }, o.handler, 'VALIDATION', /问题类别“不存在的类别”不在问题类别列表中/);
    env.db.prepare("UPDATE people SET status = '已离任' WHERE id = ?").run(o.staffId);
    await refused('rect.create', { source: '审计发现', items: [anItem(o, { ownerPersonId: o.staffId, measures: [] })] }, o.handler, 'VALIDATION', /责任人“.+”已离任/);
    await refused('rect.create', { source: '预警告知书', items: [anItem(o)] }, o.handler, 'VALIDATION', /印发告知书时自动生成/);
  });

  it('the roles that do not record rectification are refused', async () => {
    const { o } = t;
    for (const token of [o.clerk, o.readonly, o.admin]) await refused('rect.create', { source: '其他', items: [anItem(o)] }, token, 'FORBIDDEN');
  });
});

describe('from progress to 销号', () => {
  it('the whole way, a check by someone else, the evidence\'s hashes in the closing entry', async () => {
    const { env, o } = t;
    const item = await createOne(env, o);
    let d = await ok(env, 'rect.progress', { id: item.id, version: item.version, date: '2026-11-21', text: '已起草整改方案', percent: 30 }, o.handler);
    expect(d).toMatchObject({ status: '整改中', percent: 30, latestProgress: '2026-11-21 已起草整改方案' });
    d = await ok(env, 'rect.addEvidence', { id: item.id, file: file('会议记录.pdf', PDF), note: '村民代表会议记录' }, o.handler);
    expect(d.files.map((f) => [f.fileName, f.sha256, f.note])).toEqual([['会议记录.pdf', sha(PDF), '村民代表会议记录']]);
    d = await ok(env, 'rect.requestAcceptance', { id: item.id, version: d.version, date: '2026-11-21', text: '已重新审议并签订合同' }, o.handler);
    expect(d).toMatchObject({ status: '待验收', acceptanceRecordedBy: { name: '测试监督检查室' }, verified: false });

    // The one who recorded it may not check it; neither may a leader.
    await refused('rect.verify', { id: item.id, version: d.version, date: '2026-11-21', passed: true, opinion: '同意' }, o.handler, 'FORBIDDEN', /须由监督检查室的其他人员验收/);
    await refused('rect.verify', { id: item.id, version: d.version, date: '2026-11-21', passed: true, opinion: '同意' }, o.leader, 'FORBIDDEN');
    // Not closed before a passed check.
    await refused('rect.close', { id: item.id, version: d.version, date: '2026-11-21' }, o.leader, 'CONFLICT', /须经验收通过后才能销号/);

    d = await ok(env, 'rect.verify', { id: item.id, version: d.version, date: '2026-11-21', passed: false, opinion: '缺少合同文本' }, o.checker);
    expect(d).toMatchObject({ status: '整改中', verified: false, acceptanceRecordedBy: null });
    d = await ok(env, 'rect.addEvidence', { id: item.id, file: file('说明.txt', TXT), note: '' }, o.handler);
    d = await ok(env, 'rect.requestAcceptance', { id: item.id, version: d.version, date: '2026-11-21', text: '补充合同文本' }, o.handler);
    d = await ok(env, 'rect.verify', { id: item.id, version: d.version, date: '2026-11-21', passed: true, opinion: '整改到位' }, o.checker);
    expect(d).toMatchObject({ status: '待验收', verified: true, can: expect.objectContaining({ close: false }) });
    await refused('rect.close', { id: item.id, version: d.version, date: '2026-11-21' }, o.checker, 'FORBIDDEN');
    d = await ok(env, 'rect.close', { id: item.id, version: d.version, date: '2026-11-21', opinion: '同意销号' }, o.leader);
    expect(d).toMatchObject({ status: '已销号', closedOn: '2026-11-21', closedOnTime: true, dueState: null });
    expect(d.events.map((e) => e.kind)).toEqual(['登记', '进展', '佐证材料', '申请验收', '退回整改', '佐证材料', '申请验收', '验收通过', '销号']);
    expect(d.events.find((e) => e.kind === '退回整改')).toMatchObject({ text: '缺少合同文本', fromStatus: '待验收', toStatus: '整改中' });
    expect(d.events.at(-1)?.evidenceHashes).toEqual([sha(PDF), sha(TXT)]);

    // Closed is closed: nothing but a recurrence.
    await refused('rect.progress', { id: item.id, version: d.version, date: '2026-11-21', text: 'x', percent: 100 }, o.handler, 'CONFLICT', /已销号/);
    const download = await ok(env, 'rect.downloadFile', { id: d.files[0]!.id }, o.readonly);
    expect(Buffer.from(download.dataBase64, 'base64').equals(PDF)).toBe(true);
  });

  it('a step on an old version, a future date or a date before registration is refused', async () => {
    const { env, o } = t;
    const item = await createOne(env, o);
    await ok(env, 'rect.progress', { id: item.id, version: item.version, date: '2026-11-21', text: '开始整改', percent: 10 }, o.handler);
    await refused('rect.progress', { id: item.id, version: item.version, date: '2026-11-21', text: '再次', percent: 20 }, o.handler, 'CONFLICT', /已被他人更新/);
    const d = await ok(env, 'rect.get', { id: item.id }, o.handler);
    await refused('rect.progress', { id: item.id, version: d.version, date: '2026-11-22', text: '明天', percent: 20 }, o.handler, 'VALIDATION', /不能晚于今天/);
    await refused('rect.progress', { id: item.id, version: d.version, date: '2026-11-01', text: '以前', percent: 20 }, o.handler, 'VALIDATION', /不能早于登记日期/);
  });

  it('evidence is checked like a tip\'s attachments', async () => {
    const { env, o } = t;
    const item = await createOne(env, o);
    await refused('rect.addEvidence', { id: item.id, file: file('病毒.exe', Buffer.from('MZ')), note: '' }, o.handler, 'VALIDATION', /附件只能是/);
    await refused('rect.addEvidence', { id: item.id, file: file('假的.pdf', Buffer.from('not a pdf')), note: '' }, o.handler, 'VALIDATION', /内容与扩展名.pdf不符/);
    await refused('rect.addEvidence', { id: item.id, file: file('说明.txt', TXT), note: '' }, o.clerk, 'FORBIDDEN');
  });
});

describe('延期', () => {
  it('asked with a reason, approved by a leader: the deadline in force moves, the original stays', async () => {
    const { env, o } = t;
    const item = await createOne(env, o);
    await refused('rect.requestExtension', { id: item.id, version: item.version, newDeadline: '2026-12-30', reason: '提前' }, o.handler, 'VALIDATION', /应晚于现在的整改时限/);
    let d = await ok(env, 'rect.requestExtension', { id: item.id, version: item.version, newDeadline: '2027-01-31', reason: '需等待镇政府审批' }, o.handler);
    expect(d.extensions).toMatchObject([{ previousDeadline: '2026-12-31', requestedDeadline: '2027-01-31', state: '待审批' }]);
    expect(d.deadline).toBe('2026-12-31');
    await refused('rect.requestExtension', { id: item.id, version: d.version, newDeadline: '2027-02-28', reason: '再延' }, o.handler, 'CONFLICT', /已有一份延期申请待审批/);
    await refused('rect.decideExtension', { id: item.id, version: d.version, approve: true }, o.handler, 'FORBIDDEN');
    d = await ok(env, 'rect.decideExtension', { id: item.id, version: d.version, approve: true, opinion: '同意' }, o.leader);
    expect(d).toMatchObject({ deadline: '2027-01-31', deadlineOriginal: '2026-12-31' });
    expect(d.extensions[0]).toMatchObject({ state: '已批准', decidedOn: '2026-11-21', decidedByName: '测试领导' });
    d = await ok(env, 'rect.requestExtension', { id: item.id, version: d.version, newDeadline: '2027-03-31', reason: '再次延期' }, o.handler);
    d = await ok(env, 'rect.decideExtension', { id: item.id, version: d.version, approve: false, opinion: '不同意' }, o.leader);
    expect(d.deadline).toBe('2027-01-31');
    expect(d.events.filter((e) => e.kind.includes('延期')).map((e) => [e.kind, e.deadlineFrom, e.deadlineTo])).toEqual([
      ['申请延期', '2026-12-31', '2027-01-31'], ['批准延期', '2026-12-31', '2027-01-31'], ['申请延期', '2027-01-31', '2027-03-31'], ['不批准延期', '2027-01-31', '2027-03-31'],
    ]);
  });

  it('the deadline is not edited directly', async () => {
    const { env, o } = t;
    const item = await createOne(env, o);
    await refused('rect.update', { id: item.id, version: item.version, ...anItem(o, { deadline: '2027-06-30' }) }, o.handler, 'VALIDATION', /请申请延期/);
    const d = await ok(env, 'rect.update', { id: item.id, version: item.version, ...anItem(o, { problem: '租赁合同未经民主程序', measures: [] }) }, o.handler);
    expect(d).toMatchObject({ problem: '租赁合同未经民主程序', measuresText: '' });
    expect(d.events.map((e) => e.kind)).toEqual(['登记', '修改']);
  });
});

describe('屡查屡犯', () => {
  async function closedItem() {
    const { env, o } = t;
    const item = await createOne(env, o);
    let d = await ok(env, 'rect.requestAcceptance', { id: item.id, version: item.version, date: '2026-11-21', text: '已完成' }, o.handler);
    d = await ok(env, 'rect.verify', { id: item.id, version: d.version, date: '2026-11-21', passed: true, opinion: '到位' }, o.checker);
    return ok(env, 'rect.close', { id: item.id, version: d.version, date: '2026-11-21' }, o.leader);
  }

  it('a new item linked to the closed one, and the closed one lists it', async () => {
    const { env, o } = t;
    const old = await closedItem();
    const [again] = await ok(env, 'rect.create', { source: '专项检查', recurrenceOf: old.id, items: [anItem(o, { deadline: '2027-02-28' })] }, o.handler);
    expect(again?.recurrenceOf).toEqual({ id: old.id, number: old.number });
    const oldNow = await ok(env, 'rect.get', { id: old.id }, o.handler);
    expect(oldNow.recurrences).toEqual([{ id: again!.id, number: again!.number, status: '未启动' }]);
    await refused('rect.create', { source: '专项检查', recurrenceOf: old.id, items: [anItem(o, { unitId: o.otherVillageId, leaderPersonId: null, ownerPersonId: null, measures: [] })] }, o.handler, 'VALIDATION', /同一单位/);
    // Nor moved to another unit afterwards.
    await refused('rect.update', { id: again!.id, version: again!.version, ...anItem(o, { unitId: o.otherVillageId, deadline: '2027-02-28', leaderPersonId: null, ownerPersonId: null, measures: [] }) }, o.handler, 'VALIDATION', /屡查屡犯事项，应与原事项为同一单位/);
  });

  it('an open item cannot be repeated', async () => {
    const { env, o } = t;
    const item = await createOne(env, o);
    await refused('rect.create', { source: '专项检查', recurrenceOf: item.id, items: [anItem(o)] }, o.handler, 'CONFLICT', /只有已销号的事项/);
  });
});
