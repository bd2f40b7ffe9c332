// The dispatch register through the dispatcher on a real database: drafts, preview, issuing with
// a 文号 from the kind's sequence (in order, unique, also when many issue at once), frozen bytes
// handed back identically, corrections, and what is refused (and changes nothing).
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFICE_PROFILE_MISSING } from '../../../shared/core/office.ts';
import { makeEnv, ok, send, type TestEnv } from '../../helpers/services.ts';
import { office, signInAgain, type Office } from '../../helpers/tips.ts';
import { draftNotice, noticeFields, saveOffice } from '../../helpers/documents.ts';
import { TEST_TODAY, testDay } from '../../helpers/testDate.ts';
import { daysBetween } from '../../../shared/kernel/workdays.ts';

let env: TestEnv;
let o: Office;
const YEAR = TEST_TODAY.slice(0, 4);

beforeEach(async () => {
  env = makeEnv();
  o = await office(env);
});
afterEach(() => env.close());

const sha = (base64: string) => createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex');
const auditCount = () => (env.db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;

describe('issuing a 通知', () => {
  it('is refused, changing nothing, until 机关信息 is filled in', async () => {
    const d = await draftNotice(env, o.clerk);
    const before = auditCount();
    const r = await send(env, 'docs.issue', { id: d.id, version: d.version }, o.clerk);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe(OFFICE_PROFILE_MISSING);
    expect((await ok(env, 'docs.get', { id: d.id }, o.clerk)).status).toBe('草稿');
    expect(auditCount()).toBe(before);
  });

  it('gives the next 文号 of the year, freezes the bytes and hands them back byte for byte', async () => {
    await saveOffice(env, o.admin);
    const d1 = await draftNotice(env, o.clerk, { title: '第一份通知' });
    const preview = await ok(env, 'docs.preview', { id: d1.id }, o.clerk);
    expect(preview.fileName).toBe('草稿 第一份通知.docx');
    expect(Buffer.from(preview.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');

    const i1 = await ok(env, 'docs.issue', { id: d1.id, version: d1.version }, o.clerk);
    expect(i1.number).toBe(`临纪发〔${YEAR}〕1号`);
    expect(i1.status).toBe('已印发');
    const d2 = await draftNotice(env, o.handler, { title: '第二份通知' });
    const i2 = await ok(env, 'docs.issue', { id: d2.id, version: d2.version }, o.handler);
    expect(i2.number).toBe(`临纪发〔${YEAR}〕2号`);

    const first = await ok(env, 'docs.download', { id: i1.id }, o.readonly);
    const again = await ok(env, 'docs.download', { id: i1.id }, o.leader);
    expect(again.dataBase64).toBe(first.dataBase64);
    expect(sha(first.dataBase64)).toBe(i1.sha256);
    // Its preview is the frozen file too, not a new rendering.
    expect((await ok(env, 'docs.preview', { id: i1.id }, o.clerk)).dataBase64).toBe(first.dataBase64);
    expect(first.fileName).toBe(`临纪发〔${YEAR}〕1号 第一份通知.docx`);
    expect((await ok(env, 'docs.byNumber', { number: `临纪发〔${YEAR}〕2号` }, o.clerk)).id).toBe(i2.id);

    // Frozen: neither edited, nor issued again, nor discarded.
    for (const [op, input] of [
      ['docs.updateDraft', { id: i1.id, version: i1.version, fields: noticeFields({ title: '改' }) }],
      ['docs.issue', { id: i1.id, version: i1.version }],
      ['docs.discardDraft', { id: i1.id, version: i1.version }],
    ] as const) {
      const r = await send(env, op, input, o.clerk);
      expect(r.ok, op).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('已印发');
    }
    expect((await ok(env, 'docs.download', { id: i1.id }, o.clerk)).dataBase64).toBe(first.dataBase64);
    // The database itself keeps it so.
    expect(() => env.db.prepare("UPDATE documents SET title = '改' WHERE id = ?").run(i1.id)).toThrow('已印发的公文不能修改');
    expect(() => env.db.prepare('DELETE FROM documents WHERE id = ?').run(i1.id)).toThrow('已印发的公文不能删除');
    expect(() => env.db.prepare("UPDATE document_files SET bytes = x'00'").run()).toThrow('定稿文件不能修改');
    expect(() => env.db.prepare('DELETE FROM document_files').run()).toThrow('定稿文件不能删除');
  });

  it('hands out numbers 1…12 once each when twelve drafts are issued at the same moment', async () => {
    await saveOffice(env, o.admin);
    const drafts = [];
    for (let n = 1; n <= 12; n++) drafts.push(await draftNotice(env, n % 2 ? o.clerk : o.handler, { title: `同时印发的通知${n}` }));
    const issued = await Promise.all(drafts.map((d, n) => ok(env, 'docs.issue', { id: d.id, version: d.version }, n % 2 ? o.handler : o.clerk)));
    const serials = issued.map((d) => Number(/〕(\d+)号$/.exec(d.number ?? '')?.[1])).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    // Each file carries its own number: the bytes differ and each matches its register row.
    const hashes = new Set(issued.map((d) => d.sha256));
    expect(hashes.size).toBe(12);
    for (const d of issued) expect(sha((await ok(env, 'docs.download', { id: d.id }, o.clerk)).dataBase64)).toBe(d.sha256);
  });

  it('numbers each year from 1; only a 成文日期 of this year, not after today, may be issued', async () => {
    await saveOffice(env, o.admin);
    const lastYear = await draftNotice(env, o.clerk, { date: `${Number(YEAR) - 1}-12-30` });
    const tomorrow = await draftNotice(env, o.clerk, { date: testDay(1) });
    const before = auditCount();
    for (const [d, message] of [
      [lastYear, `成文日期为${Number(YEAR) - 1}年，印发年度为${YEAR}年`],
      [tomorrow, `成文日期（${testDay(1)}）晚于今天（${TEST_TODAY}）`],
    ] as const) {
      const r = await send(env, 'docs.issue', { id: d.id, version: d.version }, o.clerk);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(message);
    }
    expect(auditCount()).toBe(before);
    const now = await draftNotice(env, o.clerk);
    expect((await ok(env, 'docs.issue', { id: now.id, version: now.version }, o.clerk)).number).toBe(`临纪发〔${YEAR}〕1号`);

    // Into the next year: its first 通知 is 1号 again.
    const next = `${Number(YEAR) + 1}-01-02`;
    env.clock.advanceMinutes(daysBetween(TEST_TODAY, next) * 24 * 60);
    const again = await signInAgain(env, o);
    const fixed = await ok(env, 'docs.updateDraft', { id: lastYear.id, version: lastYear.version, fields: noticeFields({ date: next }) }, again.clerk);
    expect((await ok(env, 'docs.issue', { id: fixed.id, version: fixed.version }, again.clerk)).number).toBe(`临纪发〔${Number(YEAR) + 1}〕1号`);
  });

  it('uses the format of 系统设置, which must keep 〔{年}〕 and {号}', async () => {
    await saveOffice(env, o.admin);
    const settings = await ok(env, 'settings.get', {}, o.admin);
    const bad = await send(env, 'settings.update', { ...settings, noticeNumberFormat: '{简称}通{年}{号}' }, o.admin);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('年份须写在六角括号内');
    await ok(env, 'settings.update', { ...settings, noticeNumberFormat: '{简称}通〔{年}〕{号}号' }, o.admin);
    const d = await draftNotice(env, o.clerk);
    expect((await ok(env, 'docs.issue', { id: d.id, version: d.version }, o.clerk)).number).toBe(`临纪通〔${YEAR}〕1号`);
  });

  it('a correction names the document it replaces; the old one stays as it was', async () => {
    await saveOffice(env, o.admin);
    const d = await draftNotice(env, o.clerk);
    const old = await ok(env, 'docs.issue', { id: d.id, version: d.version }, o.clerk);
    const bytes = (await ok(env, 'docs.download', { id: old.id }, o.clerk)).dataBase64;
    const fix = await ok(env, 'docs.createDraft', { kind: 'notice', fields: noticeFields({ title: '关于更正的通知' }), replacesId: old.id }, o.clerk);
    expect(fix.replacesNumber).toBe(old.number);
    const fixed = await ok(env, 'docs.issue', { id: fix.id, version: fix.version }, o.clerk);
    expect(fixed.number).toBe(`临纪发〔${YEAR}〕2号`);
    const oldNow = await ok(env, 'docs.get', { id: old.id }, o.clerk);
    expect(oldNow.replacedByNumber).toBe(fixed.number);
    expect(oldNow.sha256).toBe(old.sha256);
    expect((await ok(env, 'docs.download', { id: old.id }, o.clerk)).dataBase64).toBe(bytes);

    const ofDraft = await send(env, 'docs.createDraft', { kind: 'notice', fields: noticeFields(), replacesId: fix.id + 1000 }, o.clerk);
    expect(ofDraft.ok).toBe(false);
    // One correction of a document: a second names the first.
    const again = await send(env, 'docs.createDraft', { kind: 'notice', fields: noticeFields(), replacesId: old.id }, o.clerk);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toBe(`${old.number} 已由 ${fixed.number} 更正；如需再更正，请更正 ${fixed.number}。`);
  });
});

describe('drafts and the register', () => {
  it('edits a draft at its version only, and refuses a stale one', async () => {
    const d = await draftNotice(env, o.clerk);
    const edited = await ok(env, 'docs.updateDraft', { id: d.id, version: d.version, fields: noticeFields({ title: '改过的标题' }) }, o.handler);
    expect(edited.title).toBe('改过的标题');
    const stale = await send(env, 'docs.updateDraft', { id: d.id, version: d.version, fields: noticeFields({ title: '旧版本' }) }, o.clerk);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.message).toContain('已被他人修改');
    await ok(env, 'docs.discardDraft', { id: edited.id, version: edited.version }, o.clerk);
    expect((await send(env, 'docs.get', { id: d.id }, o.clerk)).ok).toBe(false);
  });

  it('keeps the body exactly as typed', async () => {
    const body = '  第一行前有空格\n\n一、标题\n（一）小标题\t有制表符 ';
    const d = await draftNotice(env, o.clerk, { body });
    const got = await ok(env, 'docs.get', { id: d.id }, o.clerk);
    expect(got.kind === 'notice' && got.fields.body).toBe(body);
  });

  it('is drafted and issued by the office staff only; everyone signed in reads the register', async () => {
    for (const who of [o.readonly, o.admin]) {
      const r = await send(env, 'docs.createDraft', { kind: 'notice', fields: noticeFields() }, who);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    }
    await draftNotice(env, o.leader);
    expect((await ok(env, 'docs.list', {}, o.readonly)).total).toBe(1);
  });

  it('lists, filters and sorts in SQL', async () => {
    await saveOffice(env, o.admin);
    const a = await draftNotice(env, o.clerk, { title: '关于甲事项的通知' });
    const b = await draftNotice(env, o.clerk, { title: '关于乙事项的通知' });
    await draftNotice(env, o.clerk, { title: '关于丙事项的通知' });
    await ok(env, 'docs.issue', { id: b.id, version: b.version }, o.clerk);
    await ok(env, 'docs.issue', { id: a.id, version: a.version }, o.clerk);
    const issued = await ok(env, 'docs.list', { status: '已印发', sortField: 'number', sortDir: 'asc' }, o.clerk);
    expect(issued.rows.map((r) => r.title)).toEqual(['关于乙事项的通知', '关于甲事项的通知']);
    expect((await ok(env, 'docs.list', { status: '草稿' }, o.clerk)).rows.map((r) => r.title)).toEqual(['关于丙事项的通知']);
    expect((await ok(env, 'docs.list', { q: '甲事项' }, o.clerk)).total).toBe(1);
    expect((await ok(env, 'docs.list', { q: `〔${YEAR}〕2号` }, o.clerk)).rows[0]?.title).toBe('关于甲事项的通知');
    expect((await ok(env, 'docs.list', { q: `临纪发[${YEAR}]2` }, o.clerk)).rows[0]?.title).toBe('关于甲事项的通知');
    expect((await ok(env, 'docs.list', { q: `（${YEAR}）1号` }, o.clerk)).rows[0]?.title).toBe('关于乙事项的通知');
    expect((await ok(env, 'docs.list', { year: Number(YEAR) - 1 }, o.clerk)).total).toBe(0);
    expect((await ok(env, 'docs.list', { page: 1, pageSize: 2 }, o.clerk)).rows).toHaveLength(1);
  });
});
