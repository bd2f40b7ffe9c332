// The year's 预警建议书: 批量印发 (consequences.issueAdvice) — consecutive 文号 in the order chosen, all
// or none, only this year's consequences' own drafts, one entry summing the batch up — read back
// through LibreOffice; 合并打印 (consequences.printAdvice) — the drafts (文号 left open) or the issued
// ones, in the units' order, as one Word file.
import { describe, expect, it } from 'vitest';
import type { ConsequenceRow } from '../../../shared/consequences/index.ts';
import { fingerprint, ok, send } from '../../helpers/services.ts';
import { draftNotice as draftPlainNotice } from '../../helpers/documents.ts';
import { docxToPdf, pageText, pdfWords } from '../../helpers/office.ts';
import { INDEX_YEAR, consequenceEachTest, publishYear } from '../office.ts';
import { day, periodRows, refusal, rowOf } from './kit.ts';

const Y = INDEX_YEAR;
const t = consequenceEachTest();

/** The year published: its 建议书 consequences in the units' order (the page's), each with its draft at its version. */
async function adviceDrafts(): Promise<Array<{ row: ConsequenceRow; id: number; version: number }>> {
  const { env, o } = t;
  await publishYear(env, o);
  const page = await periodRows(env, o, 0, { kind: '预警建议书' });
  return Promise.all(page.rows.map(async (row) => {
    const doc = await ok(env, 'docs.get', { id: row.document?.id ?? 0 }, o.manager);
    return { row, id: doc.id, version: doc.version };
  }));
}

/** The words LibreOffice prints of a .docx given as base64, every page joined. */
function printed(dataBase64: string): string {
  return pdfWords(docxToPdf(Buffer.from(dataBase64, 'base64'))).map(pageText).join('');
}

/** Where each text first appears, in the order given; fails on one not printed. */
function positions(all: string, parts: readonly string[]): number[] {
  return parts.map((part) => {
    const at = all.indexOf(part);
    if (at < 0) throw new Error(`“${part}” not printed`);
    return at;
  });
}

const serial = (number: string | null) => Number(/〔\d{4}〕(\d+)号$/.exec(number ?? '')?.[1] ?? Number.NaN);

describe('批量印发', () => {
  it('offers the year’s open drafts at their versions in the units’ order, then counts them issued and delivered', async () => {
    const { env, o } = t;
    const drafts = await adviceDrafts();
    const batch = await ok(env, 'consequences.adviceBatch', { year: Y }, o.readonly);
    expect(batch).toEqual({ year: Y, drafts: drafts.map((d) => ({ id: d.id, version: d.version, unitName: d.row.unitName })), issued: 0, delivered: 0 });
    const first = drafts[0];
    if (!first) throw new Error('no draft');
    await ok(env, 'consequences.close', { id: first.row.id, reason: '单位合并，另行发文' }, o.manager);
    const rest = drafts.slice(1);
    await ok(env, 'consequences.issueAdvice', { year: Y, drafts: rest.map((d) => ({ id: d.id, version: d.version })) }, o.manager);
    await ok(env, 'consequences.recordDelivery', { id: rest[0]?.row.id ?? 0, date: day(env) }, o.manager);
    expect(await ok(env, 'consequences.adviceBatch', { year: Y }, o.readonly)).toEqual({ year: Y, drafts: [], issued: 5, delivered: 1 });
  });

  it('issues the drafts chosen with consecutive 文号 in the order given, and sums the batch up in one entry', async () => {
    const { env, o } = t;
    const drafts = (await adviceDrafts()).reverse();
    const issued = await ok(env, 'consequences.issueAdvice', { year: Y, drafts: drafts.map((d) => ({ id: d.id, version: d.version })) }, o.manager);
    expect(issued.map((d) => d.id)).toEqual(drafts.map((d) => d.id));
    expect(issued.map((d) => serial(d.number))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(issued.every((d) => d.status === '已印发' && d.kind === 'advice')).toBe(true);
    const entries = env.db.prepare("SELECT entity, subject, summary FROM audit WHERE op = 'consequences.issueAdvice' ORDER BY id").all() as Array<{ entity: string; subject: string; summary: string }>;
    expect(entries.filter((e) => e.entity === 'document')).toHaveLength(6);
    const summary = entries.filter((e) => e.entity === 'index-consequence');
    expect(summary.map((e) => [e.subject, JSON.parse(e.summary)])).toEqual([
      [`${Y}年度预警建议书`, { period: `${Y}年度`, count: 6, numbers: `${issued[0]?.number ?? ''}–${issued[5]?.number ?? ''}` }],
    ]);
    for (const d of drafts) expect((await ok(env, 'consequences.get', { id: d.row.id }, o.readonly)).state).toBe('已印发');
  });

  it('reads back through LibreOffice: its 文号, the unit and the wording of its grade', async () => {
    const { env, o } = t;
    const drafts = await adviceDrafts();
    const village = drafts.find((d) => d.row.unitId === o.villageId);
    if (!village) throw new Error('no 建议书 for the village');
    const [issued] = await ok(env, 'consequences.issueAdvice', { year: Y, drafts: [{ id: village.id, version: village.version }] }, o.manager);
    const entry = env.db.prepare("SELECT summary FROM audit WHERE op = 'consequences.issueAdvice' AND entity = 'index-consequence'").get() as { summary: string };
    expect(JSON.parse(entry.summary)).toEqual({ period: `${Y}年度`, count: 1, numbers: issued?.number });
    const file = await ok(env, 'docs.download', { id: issued?.id ?? 0 }, o.readonly);
    const text = printed(file.dataBase64);
    expect(text).toContain(issued?.number ?? '?');
    expect(text).toContain(`${village.row.unitName}：`);
    expect(text).toContain(`${village.row.unitName}${Y}年度廉情指数为60.00分，评定为C级`);
    expect(text).toContain(`不得参加${Y}年度评先评优`);
  });

  it('issues none when one draft is no 建议书 of the year’s 廉情指数, naming it', async () => {
    const { env, o } = t;
    const drafts = await adviceDrafts();
    const plain = await draftPlainNotice(env, o.manager, { title: '关于做好年度考核工作的通知' });
    const before = fingerprint(env.db);
    const r = refusal(await send(env, 'consequences.issueAdvice', {
      year: Y, drafts: [{ id: drafts[0]?.id ?? 0, version: drafts[0]?.version ?? 0 }, { id: plain.id, version: plain.version }],
    }, o.manager));
    expect(r.code).toBe('VALIDATION');
    expect(r.message).toContain('《关于做好年度考核工作的通知》');
    expect(r.message).toContain(`不是${Y}年度廉情指数生成的预警建议书`);
    expect(fingerprint(env.db)).toBe(before);
    const other = refusal(await send(env, 'consequences.issueAdvice', { year: Y - 1, drafts: [{ id: drafts[0]?.id ?? 0, version: drafts[0]?.version ?? 0 }] }, o.manager));
    expect(other.message).toContain(`不是${Y - 1}年度廉情指数生成的预警建议书`);
  });

  it('issues none when one draft changed since it was chosen, or its consequence was closed', async () => {
    const { env, o } = t;
    const drafts = await adviceDrafts();
    const [a, b] = drafts;
    if (!a || !b) throw new Error('two drafts expected');
    const stale = refusal(await send(env, 'consequences.issueAdvice', { year: Y, drafts: [{ id: a.id, version: a.version }, { id: b.id, version: b.version + 1 }] }, o.manager));
    expect(stale.code).toBe('CONFLICT');
    await ok(env, 'consequences.close', { id: b.row.id, reason: '单位已撤并' }, o.leader);
    const closed = refusal(await send(env, 'consequences.issueAdvice', { year: Y, drafts: [{ id: a.id, version: a.version }, { id: b.id, version: b.version }] }, o.manager));
    expect(closed).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('所属的预警事项已关闭（单位已撤并），不能印发。') });
    expect(closed.message).toContain(b.row.unitName);
    const issuedCount = env.db.prepare("SELECT count(*) AS n FROM documents WHERE kind = 'advice' AND status = 'issued'").get() as { n: number };
    expect(issuedCount.n).toBe(0);
    expect(refusal(await send(env, 'consequences.issueAdvice', { year: Y, drafts: [{ id: a.id, version: a.version }] }, o.clerk)).code).toBe('FORBIDDEN');
  });
});

describe('合并打印', () => {
  it('prints the year’s drafts in the units’ order, 文号 left open, as one file', async () => {
    const { env, o } = t;
    const drafts = await adviceDrafts();
    const file = await ok(env, 'consequences.printAdvice', { year: Y, which: '草稿' }, o.readonly);
    expect(file.fileName).toBe(`草稿 ${Y}年度预警建议书（合并打印）.docx`);
    const text = printed(file.dataBase64);
    const at = positions(text, drafts.map((d) => `${d.row.unitName}：`));
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(text.split(`${Y}年度廉情预警建议书`).length - 1).toBeGreaterThanOrEqual(drafts.length);
    expect(text).toContain('〔2027〕');
    expect(text).not.toMatch(/〔2027〕\d+号/);
  });

  it('prints the issued ones with their 文号, in the units’ order whatever the order issued; a closed draft is left out of the drafts', async () => {
    const { env, o } = t;
    const drafts = await adviceDrafts();
    const [kept, ...rest] = drafts;
    if (!kept) throw new Error('no drafts');
    const issued = await ok(env, 'consequences.issueAdvice', { year: Y, drafts: [...rest].reverse().map((d) => ({ id: d.id, version: d.version })) }, o.manager);
    await ok(env, 'consequences.close', { id: kept.row.id, reason: '单位已撤并' }, o.leader);
    expect(refusal(await send(env, 'consequences.printAdvice', { year: Y, which: '草稿' }, o.readonly))).toMatchObject({ code: 'VALIDATION', message: '没有可打印的预警建议书' });
    const file = await ok(env, 'consequences.printAdvice', { year: Y, which: '已印发' }, o.leader);
    expect(file.fileName).toBe(`${Y}年度预警建议书（合并打印）.docx`);
    const text = printed(file.dataBase64);
    const byUnit = rest.map((d) => issued.find((i) => i.id === d.id)?.number ?? '?');
    const at = positions(text, byUnit);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(text).not.toContain(`${kept.row.unitName}：`);
  });

  it('refuses when there is none to print', async () => {
    const { env, o } = t;
    await adviceDrafts();
    expect(refusal(await send(env, 'consequences.printAdvice', { year: Y, which: '已印发' }, o.readonly))).toMatchObject({ code: 'VALIDATION', message: '没有可打印的预警建议书' });
    expect(refusal(await send(env, 'consequences.printAdvice', { year: Y - 1, which: '草稿' }, o.readonly))).toMatchObject({ code: 'VALIDATION', message: '没有可打印的预警建议书' });
  });
});
