// 预警告知书 drafts through the dispatcher on a real database: made about a unit of the registry
// (its source), edited at their version with the source following the unit, previewed with the
// 文号 left open; docs.issue refuses them (they are issued by the rectification domain's own
// operation, on issueSteps); issueSteps' afterIssue commits or rolls back with the issue; each
// kind numbers in its own sequence.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../../../shared/api.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import type { DocDetail } from '../../../shared/documents/register.ts';
import { getUserById } from '../../../db/repos/core/index.ts';
import { insertUnit } from '../../../db/repos/registry/index.ts';
import type { Call } from '../../../electron/services/kernel/context.ts';
import { runOperation } from '../../../electron/services/kernel/runner.ts';
import { modules } from '../../../electron/services/modules.ts';
import { issueSteps } from '../../../electron/services/documents/index.ts';
import { fingerprint, makeEnv, ok, send, type TestEnv } from '../../helpers/services.ts';
import { office, type Office } from '../../helpers/tips.ts';
import { draftNotice, saveOffice } from '../../helpers/documents.ts';
import { docxParts, textOf } from '../../helpers/docxXml.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { draftWarning, unitAt, warningFields, type TestUnit } from '../warningDrafts.ts';

let env: TestEnv;
let o: Office;
let unit: TestUnit;
const YEAR = TEST_TODAY.slice(0, 4);
const REFUSAL = '预警告知书印发时会生成整改事项，请在预警告知书页面用“印发”办理。';

beforeEach(async () => {
  env = makeEnv();
  o = await office(env);
  unit = unitAt(env);
});
afterEach(() => env.close());

const auditCount = () => (env.db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
const unitCount = () => (env.db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;

function expectRefused(r: Awaited<ReturnType<typeof send>>, code: string, message: string | RegExp) {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  if (typeof message === 'string') expect(r.error.message).toContain(message);
  else expect(r.error.message).toMatch(message);
}

function asWarning(doc: DocDetail) {
  if (doc.kind !== 'warning') throw new Error(`expected a 预警告知书, got ${doc.kind}`);
  return doc;
}

describe('a 预警告知书 draft', () => {
  it('is made about a unit of the registry: its source, fields as given', async () => {
    const d = asWarning(await draftWarning(env, o.clerk, unit));
    expect(d.kindLabel).toBe('预警告知书');
    expect(d.status).toBe('草稿');
    expect(d.source).toEqual({ type: 'unit', id: unit.id, label: unit.name });
    expect(d.recipients).toBe(unit.name);
    expect(d.fields.problems.map((p) => p.category)).toEqual(['财务管理', '资产管理']);
    expect(d.fields.problems[1]?.text).toBe('集体资产台账未及时更新。\n部分闲置资产长期无人管理。');
    const got = asWarning(await ok(env, 'docs.get', { id: d.id }, o.readonly));
    expect(got.fields).toEqual(d.fields);
    const row = (await ok(env, 'docs.list', { kind: 'warning' }, o.readonly)).rows;
    expect(row.map((r) => [r.kindLabel, r.source?.label])).toEqual([['预警告知书', unit.name]]);
  });

  it('is refused, changing nothing, for a unit not in the registry or 已撤销', async () => {
    const revoked = unitAt(env, 1);
    env.db.prepare("UPDATE units SET status = '已撤销' WHERE id = ?").run(revoked.id);
    const before = fingerprint(env.db);
    expectRefused(await send(env, 'docs.createDraft', { kind: 'warning', fields: warningFields({ id: 99_999, name: '无此单位' }) }, o.clerk), 'VALIDATION', '预警对象单位不存在');
    const r = await send(env, 'docs.createDraft', { kind: 'warning', fields: warningFields(revoked) }, o.clerk);
    expectRefused(r, 'VALIDATION', `预警对象单位“${revoked.name}”已撤销，不能再发预警告知书`);
    if (!r.ok) expect(Object.keys(r.error.fields ?? {})).toEqual(['fields.unitId']);
    expect(fingerprint(env.db)).toBe(before);
  });

  it('refuses a 整改时限 not after the 成文日期, at the field', async () => {
    const r = await send(env, 'docs.createDraft', { kind: 'warning', fields: warningFields(unit, { deadline: TEST_TODAY }) }, o.clerk);
    expectRefused(r, 'VALIDATION', '应晚于成文日期');
    if (!r.ok) expect(r.error.fields?.['fields.deadline']).toContain(`整改时限（${TEST_TODAY}）应晚于成文日期`);
  });

  it('is edited at its version, its source following the unit; it stays a 预警告知书', async () => {
    const d = await draftWarning(env, o.clerk, unit);
    const other = unitAt(env, 2);
    const edited = asWarning(await ok(env, 'docs.updateDraft', { id: d.id, version: d.version, kind: 'warning', fields: warningFields(other, { problems: [{ text: '新问题。', category: '作风建设', tipId: 7 }] }) }, o.handler));
    expect(edited.source).toEqual({ type: 'unit', id: other.id, label: other.name });
    expect(edited.fields.problems).toEqual([{ text: '新问题。', category: '作风建设', tipId: 7 }]);

    const before = fingerprint(env.db);
    // Not as a 通知 (with or without the kind said), and a 通知 not as a 预警告知书.
    const asNotice = { title: '通知', recipients: '各单位', body: '正文', date: TEST_TODAY };
    expectRefused(await send(env, 'docs.updateDraft', { id: d.id, version: edited.version, kind: 'notice', fields: asNotice }, o.clerk), 'VALIDATION', '该草稿是预警告知书，不能改为通知');
    expectRefused(await send(env, 'docs.updateDraft', { id: d.id, version: edited.version, fields: asNotice }, o.clerk), 'VALIDATION', '不能改为通知');
    const notice = await draftNotice(env, o.clerk);
    const withNotice = fingerprint(env.db);
    expectRefused(await send(env, 'docs.updateDraft', { id: notice.id, version: notice.version, kind: 'warning', fields: warningFields(unit) }, o.clerk), 'VALIDATION', '该草稿是通知，不能改为预警告知书');
    expect(fingerprint(env.db)).toBe(withNotice);
    expect(withNotice).not.toBe(before);
    // A stale version is refused as for a 通知.
    expectRefused(await send(env, 'docs.updateDraft', { id: d.id, version: d.version, kind: 'warning', fields: warningFields(unit) }, o.clerk), 'CONFLICT', '已被他人修改');
  });

  it('is previewed with its 文号 left open, its problems in order and the closing sentence', async () => {
    await saveOffice(env, o.admin);
    const d = await draftWarning(env, o.clerk, unit, { deadline: `${YEAR}-12-31` });
    const preview = await ok(env, 'docs.preview', { id: d.id }, o.readonly);
    expect(preview.fileName).toBe(`草稿 ${d.title}.docx`);
    const text = textOf(docxParts(Buffer.from(preview.dataBase64, 'base64')).part('word/document.xml'));
    expect(text).toContain(`预告〔${YEAR}〕　　号`);
    const order = ['一、存在的问题', '1.村级财务报销手续不全', '2.集体资产台账未及时更新。', '部分闲置资产长期无人管理。', '二、整改要求', `请你单位于${YEAR}年12月31日前将整改情况书面报送我委。`];
    const at = order.map((t) => text.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('issuing a 预警告知书', () => {
  /** A call of docs.issue's kind by the clerk, as the dispatcher would make it, for issueSteps run on its own. */
  function clerkCall(): Call {
    const { id } = env.db.prepare("SELECT id FROM users WHERE username = 'clerk'").get() as { id: number };
    const user = getUserById(env.db, id);
    if (!user) throw new Error('no clerk');
    return {
      ctx: env.ctx, op: 'docs.issue', caller: { kind: 'user', user }, sessionToken: null, now: env.clock.now(), timeZone: 'Asia/Shanghai',
      audited: { entries: 0, changes: 0 }, subjects: modules.auditSubjects, loadDemo: () => [], homeFigures: () => ({}),
      startJob: () => {
        throw new Error('no jobs here');
      },
      runAs: () => {
        throw new Error('no other operations here');
      },
    };
  }

  const issueWarning = (afterIssue: (call: Call, doc: DocDetail) => void, d: { id: number; version: number }) =>
    runOperation(clerkCall(), api['docs.issue'], issueSteps({ kinds: ['warning'], refusal: '该操作只印发预警告知书。', afterIssue }), { id: d.id, version: d.version }) as Promise<DocDetail>;

  const addUnit = (call: Call, name: string) => insertUnit(call.ctx.db, { name, type: '其他', parentId: null, headcount: null, leaderName: '' }, call.now.toISOString());

  it('is refused by docs.issue, which changes nothing', async () => {
    await saveOffice(env, o.admin);
    const d = await draftWarning(env, o.clerk, unit);
    const before = fingerprint(env.db);
    expectRefused(await send(env, 'docs.issue', { id: d.id, version: d.version }, o.clerk), 'CONFLICT', REFUSAL);
    expect(fingerprint(env.db)).toBe(before);
    expect((await ok(env, 'docs.get', { id: d.id }, o.clerk)).status).toBe('草稿');
  });

  it('commits what afterIssue writes with the issue, in its transaction', async () => {
    await saveOffice(env, o.admin);
    const d = await draftWarning(env, o.clerk, unit);
    const units = unitCount();
    const audits = auditCount();
    let seen: DocDetail | null = null;
    const issued = await issueWarning((call, doc) => {
      seen = doc;
      addUnit(call, '整改事项的替身');
    }, d);
    expect(issued.number).toBe(`临纪预告〔${YEAR}〕1号`);
    expect(issued.status).toBe('已印发');
    // afterIssue saw the document issued (its 文号, its frozen file).
    expect(seen).toMatchObject({ id: d.id, status: '已印发', number: issued.number, sha256: issued.sha256 });
    expect(unitCount()).toBe(units + 1);
    expect(auditCount()).toBe(audits + 1);
    const file = await ok(env, 'docs.download', { id: d.id }, o.readonly);
    const text = textOf(docxParts(Buffer.from(file.dataBase64, 'base64')).part('word/document.xml'));
    expect(text).toContain(`临纪预告〔${YEAR}〕1号`);
  });

  it('issues nothing when afterIssue throws: the draft stays a draft and the next issue takes the same 文号', async () => {
    await saveOffice(env, o.admin);
    const d = await draftWarning(env, o.clerk, unit);
    const before = fingerprint(env.db);
    await expect(issueWarning((call) => {
      addUnit(call, '不会留下的单位');
      throw new AppError('VALIDATION', '第2个问题缺少责任单位。');
    }, d)).rejects.toThrow('第2个问题缺少责任单位。');
    expect(fingerprint(env.db)).toBe(before);
    const still = await ok(env, 'docs.get', { id: d.id }, o.clerk);
    expect([still.status, still.number, still.sha256, still.version]).toEqual(['草稿', null, null, d.version]);
    // The turn was let go: the next issue goes ahead, with the serial that was not used.
    const issued = await issueWarning(() => undefined, d);
    expect(issued.number).toBe(`临纪预告〔${YEAR}〕1号`);
  });

  it('numbers 预警告知书 and 通知 in sequences of their own', async () => {
    await saveOffice(env, o.admin);
    const n1 = await draftNotice(env, o.clerk, { title: '第一份通知' });
    expect((await ok(env, 'docs.issue', { id: n1.id, version: n1.version }, o.clerk)).number).toBe(`临纪发〔${YEAR}〕1号`);
    const w1 = await draftWarning(env, o.clerk, unit);
    expect((await issueWarning(() => undefined, w1)).number).toBe(`临纪预告〔${YEAR}〕1号`);
    const w2 = await draftWarning(env, o.clerk, unitAt(env, 1));
    expect((await issueWarning(() => undefined, w2)).number).toBe(`临纪预告〔${YEAR}〕2号`);
    const n2 = await draftNotice(env, o.clerk, { title: '第二份通知' });
    expect((await ok(env, 'docs.issue', { id: n2.id, version: n2.version }, o.clerk)).number).toBe(`临纪发〔${YEAR}〕2号`);
    // issueSteps for 预警告知书 refuses a 通知 with its own message.
    const n3 = await draftNotice(env, o.clerk, { title: '第三份通知' });
    await expect(issueWarning(() => undefined, n3)).rejects.toThrow('该操作只印发预警告知书。');
  });

  it('takes its 文号 format from 系统设置', async () => {
    await saveOffice(env, o.admin);
    const settings = await ok(env, 'settings.get', {}, o.admin);
    expect(settings.warningNumberFormat).toBe('{简称}预告〔{年}〕{号}号');
    expect(settings.warningDeadlineDays).toBe(30);
    expectRefused(await send(env, 'settings.update', { ...settings, warningDeadlineDays: 0 }, o.admin), 'VALIDATION', '预警告知书默认整改期限为1到365天');
    await ok(env, 'settings.update', { ...settings, warningNumberFormat: '{简称}预警〔{年}〕{号}号' }, o.admin);
    const d = await draftWarning(env, o.clerk, unit);
    expect((await issueWarning(() => undefined, d)).number).toBe(`临纪预警〔${YEAR}〕1号`);
  });
});
