// Issuing several 预警建议书 at once (issueBatchSteps, what consequences.issueAdvice is made of) under
// the real runner: consecutive 文号 in the order given after the year's last, each audited, with
// afterIssue in the same transaction; all or none (a stale draft, a refusal in afterIssue); two
// batches at once get disjoint consecutive ranges; and the issued documents printed as one file
// (renderCombined), each in order on a section of its own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../../../shared/api.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import type { DocDetail } from '../../../shared/documents/register.ts';
import type { Call } from '../../../electron/services/kernel/context.ts';
import { runOperation } from '../../../electron/services/kernel/runner.ts';
import { issueBatchSteps, renderCombined } from '../../../electron/services/documents/index.ts';
import { requireOfficeProfile } from '../../../electron/services/core/index.ts';
import { insertUnit } from '../../../db/repos/registry/index.ts';
import { fingerprint, makeEnv, ok, type TestEnv } from '../../helpers/services.ts';
import { office, type Office } from '../../helpers/tips.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { docxParts, textOf } from '../../helpers/docxXml.ts';
import { TEST_TODAY, testDay } from '../../helpers/testDate.ts';
import { unitAt } from '../warningDrafts.ts';
import { callAs, consequenceSource, draftAdvice } from '../adviceDrafts.ts';

let env: TestEnv;
let o: Office;
const YEAR = Number(TEST_TODAY.slice(0, 4));
const REFUSAL = '该操作只印发预警建议书。';

beforeEach(async () => {
  env = makeEnv();
  o = await office(env);
  await saveOffice(env, o.admin);
});
afterEach(() => env.close());

type Seen = { id: number; version: number };

/** consequences.issueAdvice made of issueBatchSteps, run for the clerk with `afterIssue`. */
function issueBatch(drafts: Seen[], afterIssue?: (call: Call, docs: DocDetail[]) => void): Promise<DocDetail[]> {
  const steps = issueBatchSteps<'consequences.issueAdvice'>({ kinds: ['advice'], refusal: REFUSAL, drafts: (input) => input.drafts, afterIssue });
  const input = { year: YEAR, drafts: drafts.map((d) => ({ id: d.id, version: d.version })) };
  return runOperation(callAs(env, 'clerk', 'consequences.issueAdvice'), api['consequences.issueAdvice'], steps, input) as Promise<DocDetail[]>;
}

/** n 预警建议书 drafts, of the first n units, made as a consequence makes them. */
async function drafts(n: number, from = 0): Promise<DocDetail[]> {
  const out: DocDetail[] = [];
  for (let i = from; i < from + n; i += 1) {
    const unit = unitAt(env, i);
    out.push(await draftAdvice(env, 'clerk', unit, consequenceSource(100 + i, unit)));
  }
  return out;
}

const number = (serial: number) => `临纪预建〔${YEAR}〕${serial}号`;
const addUnit = (call: Call, name: string) => insertUnit(call.ctx.db, { name, type: '其他', parentId: null, headcount: null, leaderName: '' }, call.now.toISOString());
const unitCount = () => (env.db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
const issueAudits = () => env.db.prepare("SELECT entity_id AS entityId, summary FROM audit WHERE op = 'consequences.issueAdvice' ORDER BY audit.id").all() as Array<{ entityId: string; summary: string }>;

describe('issuing a batch', () => {
  it('numbers the drafts consecutively in the order given, after the year’s last, each audited, afterIssue in the transaction', async () => {
    const [first, a, b, c] = await drafts(4);
    if (!first || !a || !b || !c) throw new Error('drafts missing');
    expect((await ok(env, 'docs.issue', { id: first.id, version: first.version }, o.clerk)).number).toBe(number(1));
    const units = unitCount();
    let seen: DocDetail[] = [];
    const issued = await issueBatch([c, a, b], (call, docs) => {
      seen = docs;
      addUnit(call, '预警事项的替身');
    });
    expect(issued.map((d) => [d.id, d.status, d.number])).toEqual([
      [c.id, '已印发', number(2)],
      [a.id, '已印发', number(3)],
      [b.id, '已印发', number(4)],
    ]);
    expect(seen.map((d) => [d.id, d.number])).toEqual(issued.map((d) => [d.id, d.number]));
    expect(unitCount()).toBe(units + 1);
    // Each audited as a single issue is, in the order numbered.
    const audits = issueAudits();
    expect(audits.map((e) => Number(e.entityId))).toEqual([c.id, a.id, b.id]);
    expect(JSON.parse(audits[0]?.summary ?? '{}')).toMatchObject({ kind: '预警建议书', number: number(2), title: c.title, sha256: issued[0]?.sha256 });
    // Each frozen file carries its own 文号.
    for (const d of issued) {
      const file = await ok(env, 'docs.download', { id: d.id }, o.readonly);
      expect(textOf(docxParts(Buffer.from(file.dataBase64, 'base64')).part('word/document.xml'))).toContain(d.number ?? '');
    }
  });

  it('issues none when one draft is no longer the version seen, and says which', async () => {
    const [a, b, c] = await drafts(3);
    if (!a || !b || !c) throw new Error('drafts missing');
    await ok(env, 'docs.updateDraft', { id: b.id, version: b.version, kind: 'advice', fields: { ...(b.kind === 'advice' ? b.fields : never()), title: '改过的标题' } }, o.handler);
    const before = fingerprint(env.db);
    await expect(issueBatch([a, b, c])).rejects.toThrow(`《改过的标题》：该草稿已被他人修改，请刷新后再试。`);
    expect(fingerprint(env.db)).toBe(before);
    const fresh = await Promise.all([a, b, c].map((d) => ok(env, 'docs.get', { id: d.id }, o.clerk)));
    expect(fresh.map((d) => d.status)).toEqual(['草稿', '草稿', '草稿']);
    // The turn was let go and no 文号 used: the batch at the versions now takes 1 to 3.
    expect((await issueBatch(fresh)).map((d) => d.number)).toEqual([number(1), number(2), number(3)]);
  });

  it('issues none when afterIssue refuses: the drafts stay drafts and the 文号 are not used', async () => {
    const list = await drafts(2);
    const before = fingerprint(env.db);
    await expect(issueBatch(list, (call) => {
      addUnit(call, '不会留下的单位');
      throw new AppError('VALIDATION', '第2份建议书的预警事项已关闭。');
    })).rejects.toThrow('第2份建议书的预警事项已关闭。');
    expect(fingerprint(env.db)).toBe(before);
    expect((await issueBatch(list)).map((d) => d.number)).toEqual([number(1), number(2)]);
  });

  it('gives two batches at once disjoint consecutive ranges', async () => {
    const one = await drafts(3, 0);
    const two = await drafts(3, 3);
    const [x, y] = await Promise.all([issueBatch(one), issueBatch(two)]);
    const serials = (docs: DocDetail[] | undefined) => (docs ?? []).map((d) => Number(/(\d+)号$/.exec(d.number ?? '')?.[1]));
    const sx = serials(x);
    const sy = serials(y);
    for (const s of [sx, sy]) expect(s).toEqual([s[0], (s[0] ?? 0) + 1, (s[0] ?? 0) + 2]);
    expect([...sx, ...sy].sort((p, q) => p - q)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses, issuing none, a draft of another kind, one named twice, or a 成文日期 after today', async () => {
    const [a, b] = await drafts(2);
    if (!a || !b) throw new Error('drafts missing');
    const notice = await ok(env, 'docs.createDraft', { kind: 'notice', fields: { title: '一份通知', recipients: '各单位', body: '正文', date: TEST_TODAY } }, o.clerk);
    const before = fingerprint(env.db);
    await expect(issueBatch([a, notice])).rejects.toThrow(`《一份通知》：${REFUSAL}`);
    await expect(issueBatch([a, b, a])).rejects.toThrow('同一份公文在本批中出现了两次');
    expect(fingerprint(env.db)).toBe(before);
    const late = await draftAdvice(env, 'clerk', unitAt(env, 2), consequenceSource(7, unitAt(env, 2)), { date: testDay(1) });
    const withLate = fingerprint(env.db);
    await expect(issueBatch([a, late])).rejects.toThrow(`《${late.title}》：成文日期（${testDay(1)}）晚于今天`);
    expect(fingerprint(env.db)).toBe(withLate);
  });
});

describe('合并打印 of issued documents', () => {
  it('is one .docx of each document in order, each a section of its own from page 1, with its title and 文号', async () => {
    const issued = await issueBatch(await drafts(3));
    const bytes = await renderCombined(issued.map((doc) => ({ doc, number: doc.number ?? '' })), requireOfficeProfile(env.db));
    const parts = docxParts(bytes);
    const xml = parts.part('word/document.xml');
    expect(xml.match(/<w:sectPr[\s>]/g)).toHaveLength(3);
    expect(xml.match(/<w:type w:val="nextPage"\/>/g)).toHaveLength(3);
    expect(xml.match(/<w:pgNumType [^>]*w:start="1"/g)).toHaveLength(3);
    // Each section holds its own document: split the body at the section ends.
    const sections = xml.split(/<w:sectPr[\s>]/).slice(0, 3).map(textOf);
    issued.forEach((d, i) => {
      expect(sections[i]).toContain(d.number ?? '');
      expect(sections[i]).toContain(d.title);
      for (const other of issued.filter((x) => x.id !== d.id)) expect(sections[i]).not.toContain(other.title);
    });
    expect(parts.part('docProps/core.xml')).toContain('<dc:title>预警建议书（共3份）</dc:title>');
  });

  it('is refused for no documents', async () => {
    await expect(renderCombined([], requireOfficeProfile(env.db))).rejects.toThrow('没有可打印的公文');
  });
});

function never(): never {
  throw new Error('not a 预警建议书');
}
