// A 预警告知书 issued from rectification: one item per problem, linked both ways, in the issue's own
// transaction (a refused item leaves the notice a draft and its 文号 unused); the notice's page
// with its items; the unit's 整改情况报告 recorded against it.
import { describe, expect, it } from 'vitest';
import type { WarningFields } from '../../../shared/documents/index.ts';
import { fingerprint, ok, send } from '../../helpers/services.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { WRITTEN_FOR } from '../../helpers/tips.ts';
import { rectEachTest, type RectOffice } from './office.ts';

const t = rectEachTest(WRITTEN_FOR);

function warning(o: RectOffice, over: Partial<WarningFields> = {}): WarningFields {
  return {
    title: '关于城关东村存在问题的预警告知书',
    unitId: o.villageId,
    recipients: '城关东村党支部',
    intro: '近期，我委在日常监督中发现你单位存在以下问题：',
    problems: [
      { text: '村集体资产租赁合同未经村民代表会议讨论', category: '三资管理' },
      { text: '工程项目未按规定公开招标', category: '工程项目' },
      { text: '惠民资金发放台账不全', category: '惠民资金' },
    ],
    requirements: '请你单位高度重视，逐条制定整改措施。',
    deadline: '2026-12-21',
    date: '2026-11-21',
    copyTo: '',
    ...over,
  };
}

async function draft(o: RectOffice, over: Partial<WarningFields> = {}) {
  await saveOffice(t.env, o.admin);
  return ok(t.env, 'docs.createDraft', { kind: 'warning', fields: warning(o, over) }, o.handler);
}

describe('issuing a 预警告知书', () => {
  it('gives the 文号 and one item per problem, each linked to the notice', async () => {
    const { env, o } = t;
    const d = await draft(o);
    const refusedByDocs = await send(env, 'docs.issue', { id: d.id, version: d.version }, o.handler);
    expect(refusedByDocs.ok).toBe(false);
    const issued = await ok(env, 'rect.issueWarning', { id: d.id, version: d.version }, o.handler);
    expect(issued.number).toBe('临纪预告〔2026〕1号');
    const view = await ok(env, 'rect.notice', { documentId: d.id }, o.readonly);
    expect(view).toMatchObject({ number: '临纪预告〔2026〕1号', unitId: o.villageId, deadline: '2026-12-21', open: 3, closed: 0, overdue: 0 });
    expect(view.items.map((i) => [i.problem, i.category, i.source, i.sourceRef, i.sourceDocument?.number, i.deadline, i.leaderName, i.status])).toEqual([
      ['村集体资产租赁合同未经村民代表会议讨论', '三资管理', '预警告知书', '临纪预告〔2026〕1号', '临纪预告〔2026〕1号', '2026-12-21', '周建国', '未启动'],
      ['工程项目未按规定公开招标', '工程项目', '预警告知书', '临纪预告〔2026〕1号', '临纪预告〔2026〕1号', '2026-12-21', '周建国', '未启动'],
      ['惠民资金发放台账不全', '惠民资金', '预警告知书', '临纪预告〔2026〕1号', '临纪预告〔2026〕1号', '2026-12-21', '周建国', '未启动'],
    ]);
    const audited = env.db.prepare("SELECT count(*) AS n FROM audit WHERE op = 'rect.issueWarning'").get() as { n: number };
    expect(audited.n).toBe(4);
  });

  it('a problem whose category is not in the list refuses the whole issue: still a draft, the 文号 unused', async () => {
    const { env, o } = t;
    const bad = await draft(o, { problems: [{ text: '问题一', category: '三资管理' }, { text: '问题二', category: '没有的类别' }] });
    const before = fingerprint(env.db);
    const r = await send(env, 'rect.issueWarning', { id: bad.id, version: bad.version }, o.handler);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/预警告知书第2个问题：问题类别“没有的类别”/);
    expect(fingerprint(env.db)).toBe(before);
    const good = await ok(env, 'docs.createDraft', { kind: 'warning', fields: warning(o) }, o.handler);
    expect((await ok(env, 'rect.issueWarning', { id: good.id, version: good.version }, o.handler)).number).toBe('临纪预告〔2026〕1号');
  });

  it('a correction (更正) creates no second set of items: the original\'s carry on, and it keeps the unit', async () => {
    const { env, o } = t;
    const d = await draft(o);
    await ok(env, 'rect.issueWarning', { id: d.id, version: d.version }, o.handler);
    const elsewhere = await ok(env, 'docs.createDraft', { kind: 'warning', replacesId: d.id, fields: warning(o, { unitId: o.otherVillageId }) }, o.handler);
    const moved = await send(env, 'rect.issueWarning', { id: elsewhere.id, version: elsewhere.version }, o.handler);
    expect(moved.ok).toBe(false);
    if (!moved.ok) expect(moved.error.message).toMatch(/应与原告知书（临纪预告〔2026〕1号）为同一单位/);
    await ok(env, 'docs.discardDraft', { id: elsewhere.id, version: elsewhere.version }, o.handler);
    const fix = await ok(env, 'docs.createDraft', { kind: 'warning', replacesId: d.id, fields: warning(o, { title: '关于城关东村存在问题的预警告知书（更正）' }) }, o.handler);
    const issued = await ok(env, 'rect.issueWarning', { id: fix.id, version: fix.version }, o.handler);
    expect(issued.number).toBe('临纪预告〔2026〕2号');
    const items = env.db.prepare('SELECT count(*) AS n FROM rect_items').get() as { n: number };
    expect(items.n).toBe(3);
    const view = await ok(env, 'rect.notice', { documentId: fix.id }, o.readonly);
    expect(view.original).toEqual({ id: d.id, number: '临纪预告〔2026〕1号' });
    expect(view.items.map((i) => i.sourceRef)).toEqual(['临纪预告〔2026〕1号', '临纪预告〔2026〕1号', '临纪预告〔2026〕1号']);
  });

  it('a 通知 is not issued here', async () => {
    const { env, o } = t;
    await saveOffice(env, o.admin);
    const notice = await ok(env, 'docs.createDraft', { kind: 'notice', fields: { title: '通知', recipients: '各单位', body: '正文', attachments: [], date: '2026-11-21', copyTo: '' } }, o.handler);
    const r = await send(env, 'rect.issueWarning', { id: notice.id, version: notice.version }, o.handler);
    expect(r.ok).toBe(false);
  });
});

describe('the unit\'s 整改情况报告', () => {
  it('recorded against the notice with its scan; refused for a draft or a future date', async () => {
    const { env, o } = t;
    const d = await draft(o);
    const early = await send(env, 'rect.recordNoticeReport', { documentId: d.id, date: '2026-11-21', text: '报告' }, o.handler);
    expect(early.ok).toBe(false);
    await ok(env, 'rect.issueWarning', { id: d.id, version: d.version }, o.handler);
    const future = await send(env, 'rect.recordNoticeReport', { documentId: d.id, date: '2026-11-22', text: '报告' }, o.handler);
    expect(future.ok).toBe(false);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const report = await ok(env, 'rect.recordNoticeReport', {
      documentId: d.id, date: '2026-11-21', text: '三个问题均已制定整改措施', file: { fileName: '整改情况报告.pdf', dataBase64: pdf.toString('base64') },
    }, o.handler);
    expect(report).toMatchObject({ date: '2026-11-21', text: '三个问题均已制定整改措施', file: { fileName: '整改情况报告.pdf' } });
    const view = await ok(env, 'rect.notice', { documentId: d.id }, o.readonly);
    expect(view.reports).toHaveLength(1);
    const scan = await ok(env, 'rect.downloadFile', { id: report.file!.id }, o.readonly);
    expect(Buffer.from(scan.dataBase64, 'base64').equals(pdf)).toBe(true);
  });
});
