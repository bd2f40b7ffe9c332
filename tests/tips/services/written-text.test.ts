// What a clerk writes is kept as written: the letter round-trips through register, the tip's
// page, the export and search; search is exact inside one field and finds full-width and
// half-width alike; symbols are searched for. After a leader's 退回 the tip shows what was
// returned; 拟办 proposes the 承办时限 from the 处置方式.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ok, send } from '../../helpers/services.ts';
import { namedTip, officeEachTest, register, registryPeople, WRITTEN_FOR } from '../../helpers/tips.ts';

const t = officeEachTest(WRITTEN_FOR);

/** As typed in WPS and pasted: CR LF line endings, a blank line, the full-width indent and punctuation. */
const LETTER_TYPED = '尊敬的县纪委：\r\n\r\n　　一、城关东村工程款（约120万元）被挪用。\r\n　　二、甲说：龘。麤鱻事项。\r\n此致\r\n敬礼！';
const LETTER = '尊敬的县纪委：\n\n　　一、城关东村工程款（约120万元）被挪用。\n　　二、甲说：龘。麤鱻事项。\n此致\n敬礼！';
const SUMMARY = '反映城关东村工程款（约120万元）被挪用😀';

async function exportedRows(token: string, q: string): Promise<string[][]> {
  const file = await ok(t.env, 'tips.export', { q, includeReporter: false }, token);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows.slice(rows.findIndex((r) => r.includes('编号')));
}

describe('a letter as written', () => {
  it('is stored, shown and exported exactly as typed, line endings as LF', async () => {
    const [p] = registryPeople(t.env, 1);
    const r = await register(t.env, t.o.clerk, namedTip([p!], {
      summary: `  ${SUMMARY}  `,
      content: LETTER_TYPED,
      reporter: { name: ' 张  三丰 ', phone: '138 1234 5678', idNumber: '', address: '临江县城关镇（东门）８号' },
    }));
    const tip = await ok(t.env, 'tips.get', { id: r.id }, t.o.clerk);
    expect(tip.content).toBe(LETTER);
    expect(tip.summary).toBe(`  ${SUMMARY}  `);
    expect(await ok(t.env, 'tips.revealReporter', { id: r.id }, t.o.clerk)).toEqual({
      name: '张  三丰', phone: '138 1234 5678', idNumber: '', address: '临江县城关镇（东门）８号',
    });
    expect(tip.reporter.phone).toBe('138****5678');
    const rows = await exportedRows(t.o.clerk, '工程款（约120万元）');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[rows[0]!.indexOf('问题摘要')]).toBe(`  ${SUMMARY}  `);
  });

  it('is found by what occurs in it, full-width or half-width, and by nothing that does not', async () => {
    const [p, q] = registryPeople(t.env, 2);
    const r = await register(t.env, t.o.clerk, namedTip([p!], { summary: SUMMARY, content: LETTER_TYPED }));
    await register(t.env, t.o.clerk, namedTip([q!], { summary: '反映公车私用问题', content: '周末驾驶公务用车接送家属。' }));
    const found = async (text: string) => (await ok(t.env, 'tips.list', { q: text }, t.o.clerk)).rows.map((tip) => tip.id);
    for (const text of ['（约120万元）', '(约120万元)', '（约１２０万元）', '龘。麤', '甲说：龘', '甲说:龘', '此致\n敬礼', '😀', '　　二、']) {
      expect(await found(text), text).toEqual([r.id]);
    }
    // Not across punctuation, a line break or from one field into the next.
    for (const text of ['龘麤', '龘麤鱻', '此致敬礼', '被挪用一', '😀尊敬', '😃']) {
      expect(await found(text), text).toEqual([]);
    }
  });

  it('refuses a required text of white space only and keeps a name as typed except its outer spaces', async () => {
    const [p] = registryPeople(t.env, 1);
    const blank = await send(t.env, 'tips.register', namedTip([p!], { content: ' \r\n　' }), t.o.clerk);
    expect(blank).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { content: '请填写反映内容' } } });
    const broken = await send(t.env, 'tips.register', namedTip([], { people: [{ name: '王\n五' }] }), t.o.clerk);
    expect(broken).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'people.0.name': '被反映人姓名只能填写一行，请去掉换行' } } });
    expect((t.env.db.prepare('SELECT count(*) AS n FROM tips').get() as { n: number }).n).toBe(0);
  });
});

describe('after a leader returns the proposal', () => {
  it('the tip shows what was returned and why, until it is proposed again', async () => {
    const [p] = registryPeople(t.env, 1);
    const r = await register(t.env, t.o.clerk, namedTip([p!]));
    let tip = await ok(t.env, 'tips.get', { id: r.id }, t.o.clerk);
    tip = await ok(t.env, 'tips.propose', {
      id: r.id, version: tip.version, disposal: '初步核实', handlingDept: '第一监督检查室', handlerUserId: t.o.handlerId, handlingDue: '2027-02-26',
      note: '建议初步核实。\n　　重点核查补偿款发放名单。',
    }, t.o.clerk);
    expect(tip.returned).toBeNull();
    tip = await ok(t.env, 'tips.approve', { id: r.id, version: tip.version, approved: false, note: '先谈话函询' }, t.o.leader);
    expect(tip.status).toBe('待拟办');
    expect(tip.returned).toMatchObject({
      disposal: '初步核实', handlingDept: '第一监督检查室', handlerName: expect.any(String), handlingDue: '2027-02-26',
      proposalNote: '建议初步核实。\n　　重点核查补偿款发放名单。', reason: '先谈话函询', returnedBy: expect.any(String),
    });
    tip = await ok(t.env, 'tips.propose', {
      id: r.id, version: tip.version, disposal: '谈话函询', handlingDept: '第一监督检查室', handlerUserId: t.o.handlerId, handlingDue: '2027-01-08',
    }, t.o.clerk);
    expect(tip.returned).toBeNull();
  });
});

describe('the proposed 承办时限', () => {
  it('follows the 处置方式 in working days (暂存待查: a review date months on), as configured', async () => {
    const [p] = registryPeople(t.env, 1);
    const r = await register(t.env, t.o.clerk, namedTip([p!]));
    const tip = await ok(t.env, 'tips.get', { id: r.id }, t.o.clerk);
    // From Saturday 2026-11-21. 2027 has no holiday table here, so its weekdays count as working days.
    expect(tip.proposedDue).toEqual({ 予以了结: '2026-11-27', 谈话函询: '2027-01-01', 初步核实: '2027-02-12', 暂存待查: '2027-05-21' });
    const settings = await ok(t.env, 'settings.get', {}, t.o.admin);
    await ok(t.env, 'settings.update', { ...settings, closeWorkdays: 10, holdReviewMonths: 3 }, t.o.admin);
    expect((await ok(t.env, 'tips.get', { id: r.id }, t.o.clerk)).proposedDue).toMatchObject({ 予以了结: '2026-12-04', 暂存待查: '2027-02-21' });
    const proposed = await ok(t.env, 'tips.propose', {
      id: r.id, version: tip.version, disposal: '予以了结', handlingDept: '信访室', handlerUserId: t.o.handlerId, handlingDue: '2026-12-04',
    }, t.o.clerk);
    expect(proposed.proposedDue).toBeNull();
  });
});
