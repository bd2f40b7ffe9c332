// Repeat detection, the ledger's search and filters, attachments, numbering and the calendar.
import { openSealed } from '../../../electron/services/kernel/sealedFiles.ts';
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { ok, send, fingerprint, type TestEnv } from '../../helpers/services.ts';
import { namedTip, office, register, registryPeople, type Office, eachWithOffice } from '../../helpers/tips.ts';

/** The day these tests' dates were written for (they name 2026 dates and numbers). */
const WRITTEN_FOR = '2026-11-21T09:00:00+08:00';

let env: TestEnv;
let o: Office;
eachWithOffice((e, office) => {
  env = e;
  o = office;
}, WRITTEN_FOR);

describe('repeats', () => {
  it('suggests earlier tips about the same person, unit or text, ranked, and links or dismisses', async () => {
    const [a, b] = registryPeople(env, 2);
    const first = await register(env, o.clerk, namedTip([a!]));
    const other = await register(env, o.clerk, namedTip([b!], { summary: '反映某站所工作人员上班时间打牌', content: '工作日下午经常在办公室打牌。' }));
    const sameText = await register(env, o.clerk, {
      ...namedTip([]),
      people: [{ name: '王某', unitName: '外县某单位' }],
      summary: '反映村委会主任违规发放集体土地征收补偿款',
    });
    const found = await ok(env, 'tips.repeatCandidates', { people: [{ personId: a!.id, name: a!.name }], summary: '村委会主任虚报冒领土地征收补偿款' }, o.clerk);
    expect(found[0]).toMatchObject({ id: first.id, number: 'XF-2026-0001' });
    expect(found[0]!.reasons[0]).toBe(`同一被反映人：${a!.name}`);
    expect(found.map((c) => c.id)).toContain(sameText.id);
    expect(found.map((c) => c.id)).not.toContain(other.id);
    expect(found[0]!.score).toBeGreaterThan(found.find((c) => c.id === sameText.id)!.score);

    const repeat = await register(env, o.clerk, namedTip([a!], { repeatOf: first.id, dismissedRepeats: [sameText.id] }));
    const detail = await ok(env, 'tips.get', { id: repeat.id }, o.clerk);
    expect(detail.repeatOf).toBe(first.id);
    expect(detail.repeatOfNumber).toBe('XF-2026-0001');
    expect(detail.repeats.map((r) => [r.number, r.isOriginal])).toEqual([['XF-2026-0001', true], [repeat.number, false]]);
    // dismissed suggestions do not come back on the tip's page
    const again = await ok(env, 'tips.repeatCandidates', { people: [{ personId: a!.id, name: a!.name }], summary: detail.summary, excludeId: repeat.id }, o.clerk);
    expect(again.map((c) => c.id)).not.toContain(sameText.id);
    expect((await ok(env, 'tips.list', { repeat: true }, o.clerk)).rows.map((r) => r.id)).toEqual([repeat.id]);
    expect((await ok(env, 'tips.list', { repeat: false }, o.clerk)).total).toBe(3);
    expect((await ok(env, 'tips.get', { id: first.id }, o.clerk)).repeatCount).toBe(1);

    // a repeat of a repeat points at the original; an original with repeats cannot become one
    const third = await register(env, o.clerk, namedTip([a!], { repeatOf: repeat.id }));
    expect((await ok(env, 'tips.get', { id: third.id }, o.clerk)).repeatOf).toBe(first.id);
    const firstTip = await ok(env, 'tips.get', { id: first.id }, o.clerk);
    const refused = await send(env, 'tips.linkRepeat', { id: first.id, version: firstTip.version, repeatOf: other.id }, o.clerk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const unlinked = await ok(env, 'tips.unlinkRepeat', { id: third.id, version: (await ok(env, 'tips.get', { id: third.id }, o.clerk)).version }, o.clerk);
    expect(unlinked.repeatOf).toBeNull();
    expect(unlinked.steps.at(-1)?.step).toBe('取消重复件关联');
  });

  it('looks back only as far as configured', async () => {
    const [a] = registryPeople(env, 1);
    await register(env, o.clerk, namedTip([a!], { receivedDate: '2024-10-01' }));
    const q = { people: [{ personId: a!.id, name: a!.name }] };
    expect(await ok(env, 'tips.repeatCandidates', q, o.clerk)).toEqual([]);
    const settings = await ok(env, 'settings.get', {}, o.admin);
    await ok(env, 'settings.update', { ...settings, repeatWindowMonths: 36 }, o.admin);
    expect(await ok(env, 'tips.repeatCandidates', q, o.clerk)).toHaveLength(1);
  });
});

describe('the ledger', () => {
  it('searches summary, content, names and numbers by any substring of 1 or more characters', async () => {
    const [a, b] = registryPeople(env, 2);
    const one = await register(env, o.clerk, namedTip([a!]));
    const two = await register(env, o.clerk, namedTip([b!], { summary: '反映公车私用问题', content: '周末驾驶公务用车接送家属。' }));
    const ids = async (q: string, token = o.clerk) => (await ok(env, 'tips.list', { q }, token)).rows.map((r) => r.id).sort();
    expect(await ids('冒')).toEqual([one.id]);
    expect(await ids('公车')).toEqual([two.id]);
    expect(await ids('接送家属')).toEqual([two.id]);
    // 反映内容 is searched only by the roles that may read it.
    expect(await ids('接送家属', o.readonly)).toEqual([]);
    expect(await ids('公车', o.readonly)).toEqual([two.id]);
    expect(await ids(a!.name)).toContain(one.id);
    expect(await ids('XF-2026-0002')).toEqual([two.id]);
    expect(await ids('0002')).toEqual([two.id]);
    expect(await ids('反映')).toEqual([one.id, two.id]);
    expect(await ids('不存在的词')).toEqual([]);
    // A symbol is searched for like any other character.
    expect(await ids('"')).toEqual([]);
    expect(await ids('。')).toEqual([one.id, two.id]);
  });

  it('filters by channel, category, status, unit, person, handler and dates, and sorts', async () => {
    const [a, b] = registryPeople(env, 2);
    const one = await register(env, o.clerk, namedTip([a!], { channel: '来访', categories: ['群众纪律'], receivedDate: '2026-10-01' }));
    const two = await register(env, o.clerk, namedTip([b!]));
    await ok(env, 'tips.propose', { id: two.id, version: 0, disposal: '暂存待查', handlingDept: '信访室', handlerUserId: o.handlerId, handlingDue: '2026-12-01' }, o.clerk);
    const ids = async (f: Record<string, unknown>) => (await ok(env, 'tips.list', f as never, o.clerk)).rows.map((r) => r.id);
    expect(await ids({ channel: '来访' })).toEqual([one.id]);
    expect(await ids({ category: '群众纪律' })).toEqual([one.id]);
    expect(await ids({ status: '待审批' })).toEqual([two.id]);
    expect(await ids({ disposal: '暂存待查' })).toEqual([two.id]);
    expect(await ids({ unitId: a!.unitId })).toContain(one.id);
    expect(await ids({ personId: b!.id })).toEqual([two.id]);
    expect(await ids({ handlerUserId: o.handlerId })).toEqual([two.id]);
    expect(await ids({ dateFrom: '2026-11-01' })).toEqual([two.id]);
    expect(await ids({ dateTo: '2026-10-31' })).toEqual([one.id]);
    expect(await ids({ sortField: 'receivedDate', sortDir: 'asc' })).toEqual([one.id, two.id]);
    expect(await ids({ sortField: 'number', sortDir: 'desc' })).toEqual([two.id, one.id]);
    // 2026-10-01 + 5 working days (国庆) is long past: overdue
    expect(await ids({ due: '逾期' })).toEqual([one.id]);
  });
});

describe('attachments', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

  it('are stored once by content hash beside the database and read back intact', async () => {
    const [a] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([a!]));
    const att = await ok(env, 'tips.addAttachment', { tipId: r.id, file: { fileName: '..\\..\\举报信扫描件.pdf', dataBase64: pdf.toString('base64') } }, o.clerk);
    const sha = createHash('sha256').update(pdf).digest('hex');
    expect(att).toMatchObject({ fileName: '举报信扫描件.pdf', size: pdf.length, sha256: sha });
    const stored = join(env.dir, 'attachments', sha.slice(0, 2), sha);
    // Encrypted at rest: the stored file is not the letter, and opens to it with the install's key.
    expect(readFileSync(stored).includes(pdf.subarray(0, 16))).toBe(false);
    expect(openSealed(env.ctx.keys.files, sha, readFileSync(stored))).toEqual(pdf);
    await ok(env, 'tips.addAttachment', { tipId: r.id, file: { fileName: '副本.pdf', dataBase64: pdf.toString('base64') } }, o.clerk);
    expect((env.db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n).toBe(1);
    const back = await ok(env, 'tips.downloadAttachment', { id: att.id }, o.handler);
    expect(Buffer.from(back.dataBase64, 'base64')).toEqual(pdf);
    expect(await ok(env, 'tips.openAttachment', { id: att.id }, o.handler)).toEqual({ opened: false });
    const tip = await ok(env, 'tips.get', { id: r.id }, o.handler);
    expect(tip.attachments.map((x) => x.fileName)).toEqual(['举报信扫描件.pdf', '副本.pdf']);
  });

  it('refuses other types, content that does not match the extension, and empty files, storing nothing', async () => {
    const [a] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([a!]));
    const before = fingerprint(env.db);
    const exe = await send(env, 'tips.addAttachment', { tipId: r.id, file: { fileName: '扫描件.exe', dataBase64: Buffer.from('MZ').toString('base64') } }, o.clerk);
    expect(exe).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '附件只能是 pdf、jpg、png、docx、xlsx 或 txt 文件。' } });
    const fake = await send(env, 'tips.addAttachment', { tipId: r.id, file: { fileName: '扫描件.pdf', dataBase64: Buffer.from('MZ\u0000\u0001').toString('base64') } }, o.clerk);
    expect(fake).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fingerprint(env.db)).toBe(before);
    expect(existsSync(join(env.dir, 'attachments'))).toBe(false);
  });

  it('notices a stored file that was changed', async () => {
    const [a] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([a!]));
    const att = await ok(env, 'tips.addAttachment', { tipId: r.id, file: { fileName: 'a.txt', dataBase64: Buffer.from('举报信内容').toString('base64') } }, o.clerk);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(env.dir, 'attachments', att.sha256.slice(0, 2), att.sha256), '被改动');
    expect(await send(env, 'tips.downloadAttachment', { id: att.id }, o.clerk)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('numbering and the calendar', () => {
  it('numbers restart each year and stay in order', async () => {
    const [a] = registryPeople(env, 1);
    expect((await register(env, o.clerk, namedTip([a!]))).number).toBe('XF-2026-0001');
    expect((await register(env, o.clerk, namedTip([a!]))).number).toBe('XF-2026-0002');
    env.clock.advanceMinutes(60 * 24 * 41 + 60 * 3); // 2027-01-01 12:00 in Beijing (the same date in UTC)
    const { signInAgain } = await import('../../helpers/tips.ts');
    o = await signInAgain(env, o);
    expect((await register(env, o.clerk, namedTip([a!], { receivedDate: '2026-12-31' }))).number).toBe('XF-2027-0001');
  });

  it('the administrator edits holidays, and working-day deadlines follow', async () => {
    const days = await ok(env, 'calendar.list', { year: 2026 }, o.readonly);
    expect(days.find((d) => d.date === '2026-10-01')).toEqual({ date: '2026-10-01', kind: '休', name: '国庆节' });
    expect(await send(env, 'calendar.set', { date: '2026-11-23', kind: '休', name: '临时' }, o.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await ok(env, 'calendar.set', { date: '2026-11-23', kind: '休', name: '县里临时调整' }, o.admin);
    const [a] = registryPeople(env, 1);
    const r = await register(env, o.clerk, namedTip([a!]));
    // Fri 11-20 + 5 working days, Mon 11-23 off → Mon 11-30
    expect((await ok(env, 'tips.get', { id: r.id }, o.clerk)).dueDate).toBe('2026-11-30');
    await ok(env, 'calendar.set', { date: '2026-11-23', kind: null }, o.admin);
    expect((await ok(env, 'calendar.list', { year: 2026 }, o.admin)).some((d) => d.date === '2026-11-23')).toBe(false);
  });
});
