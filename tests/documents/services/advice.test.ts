// 预警建议书 in the register, through the dispatcher on a real database: never drafted new there (the
// index's consequences make them, their source the consequence); a draft a consequence made keeps
// that source and its unit and is never deleted; docs.issue issues one in its own sequence; a
// correction of an issued one is an ordinary draft, its source the unit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSEQUENCE_DRAFT_KEPT } from '../../../shared/documents/advice.ts';
import type { DocDetail } from '../../../shared/documents/register.ts';
import { fingerprint, fingerprintBesidesRefusals, makeEnv, ok, send, type TestEnv } from '../../helpers/services.ts';
import { office, type Office } from '../../helpers/tips.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { docxParts, textOf } from '../../helpers/docxXml.ts';
import { TEST_TODAY } from '../../helpers/testDate.ts';
import { api } from '../../../shared/api.ts';
import { runOperation } from '../../../electron/services/kernel/runner.ts';
import type { Handler } from '../../../electron/services/kernel/handler.ts';
import { createDraft } from '../../../electron/services/documents/index.ts';
import { unitAt, warningFields, type TestUnit } from '../warningDrafts.ts';
import { adviceFields, callAs, consequenceSource, draftAdvice } from '../adviceDrafts.ts';

let env: TestEnv;
let o: Office;
let unit: TestUnit;
const YEAR = TEST_TODAY.slice(0, 4);
const NEW_REFUSAL = '预警建议书由年度廉情指数发布后生成，请在“预警闭环”页面办理。';
const UNIT_KEPT = '该草稿由廉情指数结果生成，预警对象单位不能更改。';

beforeEach(async () => {
  env = makeEnv();
  o = await office(env);
  unit = unitAt(env);
});
afterEach(() => env.close());

function expectRefused(r: Awaited<ReturnType<typeof send>>, code: string, message: string) {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toContain(message);
}

function asAdvice(doc: DocDetail) {
  if (doc.kind !== 'advice') throw new Error(`expected a 预警建议书, got ${doc.kind}`);
  return doc;
}

/** The summary of the last audit entry about a document. */
function lastSummary(id: number): Record<string, unknown> {
  const r = env.db.prepare("SELECT summary FROM audit WHERE entity = 'document' AND entity_id = ? ORDER BY id DESC LIMIT 1").get(String(id)) as { summary: string };
  return JSON.parse(r.summary) as Record<string, unknown>;
}

describe('a new 预警建议书', () => {
  it('is refused by docs.createDraft, which changes nothing: it is made from the year’s index', async () => {
    const before = fingerprintBesidesRefusals(env.db);
    const r = await send(env, 'docs.createDraft', { kind: 'advice', fields: adviceFields(unit) }, o.clerk);
    expectRefused(r, 'VALIDATION', NEW_REFUSAL);
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);
    expect((await ok(env, 'docs.list', { kind: 'advice' }, o.readonly)).total).toBe(0);
  });

  it('is made by a consequence with its source, audited with the unit and the source', async () => {
    const source = consequenceSource(41, unit);
    const d = asAdvice(await draftAdvice(env, 'clerk', unit, source));
    expect([d.kindLabel, d.status, d.number, d.recipients]).toEqual(['预警建议书', '草稿', null, unit.name]);
    expect(d.source).toEqual(source);
    expect(d.fields).toEqual(adviceFields(unit));
    expect(lastSummary(d.id)).toMatchObject({ kind: '预警建议书', title: d.title, unit: unit.name, source: source.label });
    const rows = (await ok(env, 'docs.list', { kind: 'advice' }, o.readonly)).rows;
    expect(rows.map((r) => [r.kindLabel, r.source?.label])).toEqual([['预警建议书', source.label]]);
  });
});

describe('a 预警建议书 draft a consequence made', () => {
  it('is edited as typed, keeping its source (never replaced by the unit)', async () => {
    const source = consequenceSource(41, unit);
    const d = await draftAdvice(env, 'clerk', unit, source);
    const body = '一、存在的主要薄弱环节\n改过的正文。\n二、下一年度工作要求\n请认真整改。';
    const edited = asAdvice(await ok(env, 'docs.updateDraft', { id: d.id, version: d.version, kind: 'advice', fields: adviceFields(unit, { body, copyTo: '城关镇纪委' }) }, o.handler));
    expect(edited.source).toEqual(source);
    expect(edited.fields.body).toBe(body);
    expect(edited.fields.copyTo).toBe('城关镇纪委');
    expect(lastSummary(d.id)).toMatchObject({ unit: unit.name });
  });

  it('refuses another unit at the field, changing nothing', async () => {
    const d = await draftAdvice(env, 'clerk', unit, consequenceSource(41, unit));
    const before = fingerprintBesidesRefusals(env.db);
    const r = await send(env, 'docs.updateDraft', { id: d.id, version: d.version, kind: 'advice', fields: adviceFields(unitAt(env, 1)) }, o.clerk);
    expectRefused(r, 'VALIDATION', UNIT_KEPT);
    if (!r.ok) expect(r.error.fields).toEqual({ 'fields.unitId': UNIT_KEPT });
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);
  });

  it('is never deleted: docs.discardDraft is refused, changing nothing', async () => {
    const d = await draftAdvice(env, 'clerk', unit, consequenceSource(41, unit));
    const before = fingerprintBesidesRefusals(env.db);
    expectRefused(await send(env, 'docs.discardDraft', { id: d.id, version: d.version }, o.leader), 'CONFLICT', CONSEQUENCE_DRAFT_KEPT);
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);
    expect((await ok(env, 'docs.get', { id: d.id }, o.clerk)).status).toBe('草稿');
  });

  it('is previewed with its 文号 left open, the 正文 as typed', async () => {
    await saveOffice(env, o.admin);
    const d = await draftAdvice(env, 'clerk', unit, consequenceSource(41, unit));
    const preview = await ok(env, 'docs.preview', { id: d.id }, o.readonly);
    expect(preview.fileName).toBe(`草稿 ${d.title}.docx`);
    const text = textOf(docxParts(Buffer.from(preview.dataBase64, 'base64')).part('word/document.xml'));
    expect(text).toContain(`预建〔${YEAR}〕　　号`);
    const at = ['廉情指数为60.00分', '一、存在的主要薄弱环节', '二、下一年度工作要求', '请你单位领导班子专题研究整改。'].map((t) => text.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('issuing a 预警建议书 one by one', () => {
  it('gives it the next 预建 文号 of the year, in a sequence of its own, and freezes the file', async () => {
    await saveOffice(env, o.admin);
    const a = await draftAdvice(env, 'clerk', unit, consequenceSource(41, unit));
    const issued = await ok(env, 'docs.issue', { id: a.id, version: a.version }, o.clerk);
    expect([issued.status, issued.number]).toEqual(['已印发', `临纪预建〔${YEAR}〕1号`]);
    expect(issued.source).toEqual(consequenceSource(41, unit));
    const file = await ok(env, 'docs.download', { id: a.id }, o.readonly);
    expect(file.fileName).toBe(`临纪预建〔${YEAR}〕1号 ${a.title}.docx`);
    expect(textOf(docxParts(Buffer.from(file.dataBase64, 'base64')).part('word/document.xml'))).toContain(`临纪预建〔${YEAR}〕1号`);
    // A 通知 keeps its own sequence.
    const n = await ok(env, 'docs.createDraft', { kind: 'notice', fields: { title: '通知', recipients: '各单位', body: '正文', date: TEST_TODAY } }, o.clerk);
    expect((await ok(env, 'docs.issue', { id: n.id, version: n.version }, o.clerk)).number).toBe(`临纪发〔${YEAR}〕1号`);
    const b = await draftAdvice(env, 'clerk', unitAt(env, 1), consequenceSource(42, unitAt(env, 1)));
    expect((await ok(env, 'docs.issue', { id: b.id, version: b.version }, o.clerk)).number).toBe(`临纪预建〔${YEAR}〕2号`);
  });

  it('takes its 文号 format from 系统设置', async () => {
    await saveOffice(env, o.admin);
    const settings = await ok(env, 'settings.get', {}, o.admin);
    expect(settings.adviceNumberFormat).toBe('{简称}预建〔{年}〕{号}号');
    expectRefused(await send(env, 'settings.update', { ...settings, adviceNumberFormat: '{简称}建议' }, o.admin), 'VALIDATION', '预警建议书的文号格式');
    await ok(env, 'settings.update', { ...settings, adviceNumberFormat: '{简称}建〔{年}〕{号}号' }, o.admin);
    const a = await draftAdvice(env, 'clerk', unit, consequenceSource(41, unit));
    expect((await ok(env, 'docs.issue', { id: a.id, version: a.version }, o.clerk)).number).toBe(`临纪建〔${YEAR}〕1号`);
  });
});

describe('a correction of an issued 预警建议书', () => {
  it('is an ordinary draft: made in the register, its source the unit, edited and discarded as any', async () => {
    await saveOffice(env, o.admin);
    const a = await draftAdvice(env, 'clerk', unit, consequenceSource(41, unit));
    const issued = await ok(env, 'docs.issue', { id: a.id, version: a.version }, o.clerk);
    const fix = asAdvice(await ok(env, 'docs.createDraft', { kind: 'advice', replacesId: issued.id, fields: adviceFields(unit, { title: '关于更正预警建议书的通知' }) }, o.clerk));
    expect(fix.replacesNumber).toBe(issued.number);
    expect(fix.source).toEqual({ type: 'unit', id: unit.id, label: unit.name });
    const other = unitAt(env, 1);
    const moved = await ok(env, 'docs.updateDraft', { id: fix.id, version: fix.version, kind: 'advice', fields: adviceFields(other) }, o.clerk);
    expect(moved.source).toEqual({ type: 'unit', id: other.id, label: other.name });
    const before = fingerprint(env.db);
    await ok(env, 'docs.discardDraft', { id: moved.id, version: moved.version }, o.clerk);
    expect(fingerprint(env.db)).not.toBe(before);
    await expect(ok(env, 'docs.get', { id: fix.id }, o.clerk)).rejects.toThrow('未找到该公文');
  });

  it('is refused for a unit 已撤销, at the field', async () => {
    await saveOffice(env, o.admin);
    const a = await draftAdvice(env, 'clerk', unit, consequenceSource(41, unit));
    const issued = await ok(env, 'docs.issue', { id: a.id, version: a.version }, o.clerk);
    env.db.prepare("UPDATE units SET status = '已撤销' WHERE id = ?").run(unit.id);
    const r = await send(env, 'docs.createDraft', { kind: 'advice', replacesId: issued.id, fields: adviceFields(unit) }, o.clerk);
    expectRefused(r, 'VALIDATION', `预警对象单位“${unit.name}”已撤销，不能再发预警建议书`);
  });
});

describe('a 预警告知书 draft a consequence made', () => {
  it('keeps its source and unit, and is never deleted, as a 建议书 is', async () => {
    const source = consequenceSource(43, unit);
    const made: Handler<'docs.createDraft'> = (call, input) => createDraft(call, input, source);
    const line = { key: 'participation.tip:信访件:12', records: [{ kind: '信访件', id: 12, label: '信访件 XF-2026-0012' }] };
    const problems = [{ text: '查实信访举报问题1件。', category: '财务管理', line }];
    const d = (await runOperation(callAs(env, 'clerk', 'docs.createDraft'), api['docs.createDraft'], made, { kind: 'warning', fields: warningFields(unit, { problems }) })) as DocDetail;
    expect(d.source).toEqual(source);
    expect(lastSummary(d.id)).toMatchObject({ unit: unit.name, problems: 1, source: source.label });
    // Saved again with its line, as the form sends it back: kept, and so is the source.
    const edited = await ok(env, 'docs.updateDraft', { id: d.id, version: d.version, kind: 'warning', fields: warningFields(unit, { problems, title: '改过的标题' }) }, o.clerk);
    expect(edited.source).toEqual(source);
    expect(edited.kind === 'warning' ? edited.fields.problems : []).toEqual(problems);
    const before = fingerprintBesidesRefusals(env.db);
    const moved = await send(env, 'docs.updateDraft', { id: d.id, version: edited.version, kind: 'warning', fields: warningFields(unitAt(env, 1), { problems }) }, o.clerk);
    expectRefused(moved, 'VALIDATION', UNIT_KEPT);
    expectRefused(await send(env, 'docs.discardDraft', { id: d.id, version: edited.version }, o.clerk), 'CONFLICT', CONSEQUENCE_DRAFT_KEPT);
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);
  });
});
