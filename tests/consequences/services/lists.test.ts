// The year lists through the dispatcher: the office's year published (the village C with its 主要负责人
// and 班子成员 on 不得评先评优, the other five units A), the lists paged and searched, the answer by
// person with its why (before the year is published too), people added and removed by hand with
// their refusals, a republished year's rows marked, and the exported list read back with exceljs.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ok, send, type TestEnv } from '../../helpers/services.ts';
import { INDEX_YEAR, consequenceEachTest, publishYear, type ConsequenceOffice } from '../office.ts';
import { VILLAGE_ITEMS, setCheck } from '../../integrity/services/facts.ts';
import { TEST_OFFICE } from '../../helpers/documents.ts';

const Y = INDEX_YEAR;
const t = consequenceEachTest();

function nameOf(env: TestEnv, table: 'units' | 'people', id: number): string {
  return (env.db.prepare(`SELECT name FROM ${table} WHERE id = ?`).get(id) as { name: string }).name;
}

/** The chief (主要负责人) of the other village: a person of an A unit. */
function otherChief(env: TestEnv, o: ConsequenceOffice): number {
  return (env.db.prepare("SELECT id FROM people WHERE unit_id = ? AND category = '主要负责人'").get(o.otherVillageId) as { id: number }).id;
}

async function noAwardList(env: TestEnv, o: ConsequenceOffice, q?: string) {
  return ok(env, 'consequences.awardList', { year: Y, list: '不得评先评优', ...(q === undefined ? {} : { q }) }, o.readonly);
}

/** The village's 不得评先评优 consequence id. */
async function villageList(env: TestEnv, o: ConsequenceOffice): Promise<number> {
  const page = await noAwardList(env, o);
  const row = page.rows.find((r) => r.unitId === o.villageId);
  if (!row) throw new Error('the village is not on the list');
  return row.consequenceId;
}

async function refusal(env: TestEnv, op: string, input: unknown, session: string): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  const r = await send(env, op, input, session);
  if (r.ok) throw new Error(`${op} was not refused`);
  return r.error;
}

/** The operation's own audit entries (a refusal by role is audited as a refusal). */
function auditCount(env: TestEnv, op: string): number {
  return (env.db.prepare("SELECT count(*) AS n FROM audit WHERE op = ? AND entity <> 'refusal'").get(op) as { n: number }).n;
}

describe('the year lists', () => {
  it('before the year is published: no rows, and the answer says the year is not published', async () => {
    const { env, o } = t;
    expect(await noAwardList(env, o)).toEqual({ rows: [], total: 0 });
    const answer = await ok(env, 'consequences.lookup', { year: Y, personId: o.chiefId }, o.clerk);
    expect(answer).toMatchObject({ year: Y, personId: o.chiefId, personName: nameOf(env, 'people', o.chiefId), answer: '年度尚未发布', entries: [] });
    expect(answer.because).toBe(`${Y}年度廉情指数尚未发布，评先评优名单尚未形成。`);
  });

  it('list the C village with its 主要负责人 and 班子成员, and the A units in the registry’s order; searched by unit or person', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const c = await noAwardList(env, o);
    expect(c.total).toBe(1);
    const [row] = c.rows;
    expect(row).toMatchObject({ year: Y, list: '不得评先评优', unitId: o.villageId, unitName: nameOf(env, 'units', o.villageId), unitType: '行政村', score: 6000, grade: 'C', closed: null, stale: null });
    expect(row?.persons.map((p) => [p.personId, p.category, p.removed])).toEqual([
      [o.chiefId, '主要负责人', null],
      [expect.any(Number), '班子成员', null],
    ]);
    expect(row?.persons[0]?.basis).toBe('发布时登记的主要负责人');

    const a = await ok(env, 'consequences.awardList', { year: Y, list: '可参与优秀班子评定', pageSize: 3 }, o.readonly);
    expect(a.total).toBe(5);
    // Towns (镇（街道）) before villages, each by the pinyin of the name.
    expect(a.rows.map((r) => r.unitName)).toEqual(['城关镇', '青山乡', '城关西村']);
    expect(a.rows.every((r) => r.grade === 'A' && r.persons.length === 0)).toBe(true);
    const next = await ok(env, 'consequences.awardList', { year: Y, list: '可参与优秀班子评定', pageSize: 3, page: 1 }, o.readonly);
    expect(next.rows.map((r) => r.unitName)).toEqual(['青山东村', '青山西村']);

    const member = row?.persons[1]?.personName ?? '';
    expect((await noAwardList(env, o, member.slice(1))).total).toBe(1);
    expect((await noAwardList(env, o, '青山')).total).toBe(0);
    expect((await ok(env, 'consequences.awardList', { year: Y, list: '可参与优秀班子评定', q: '西村' }, o.readonly)).rows.map((r) => r.unitName)).toEqual([
      '城关西村', '青山西村',
    ]);
    expect((await ok(env, 'consequences.awardList', { year: Y + 1, list: '不得评先评优' }, o.readonly)).total).toBe(0);
  });

  it('answer by person: the C village’s chief may not be commended, an A unit’s person may join the selection, the village’s staff is not listed', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const village = nameOf(env, 'units', o.villageId);
    const chief = await ok(env, 'consequences.lookup', { year: Y, personId: o.chiefId }, o.readonly);
    expect(chief.answer).toBe('不得评先评优');
    expect(chief.because).toBe(`所在单位${village}${Y}年度廉情指数为C级（60.00分），该同志为发布时登记的主要负责人，列入${Y}年度不得评先评优名单。`);
    expect(chief.entries).toEqual([
      { list: '不得评先评优', consequenceId: await villageList(env, o), unitName: village, grade: 'C', score: 6000, category: '主要负责人', removed: null },
    ]);
    expect(chief).toMatchObject({ unitName: village, post: '村委会主任' });

    const other = await ok(env, 'consequences.lookup', { year: Y, personId: otherChief(env, o) }, o.clerk);
    expect(other.answer).toBe('可参与优秀班子评定');
    expect(other.because).toMatch(new RegExp(`^所在单位${nameOf(env, 'units', o.otherVillageId)}${Y}年度廉情指数为A级（\\d+\\.\\d{2}分），可参与党风廉政建设责任制优秀班子评定（该同志未列入不得评先评优名单）。$`));
    expect(other.entries).toEqual([]);

    const staff = await ok(env, 'consequences.lookup', { year: Y, personId: o.staffId }, o.clerk);
    expect(staff.answer).toBe('未列入名单');
    expect(staff.because).toBe(`所在单位${village}${Y}年度廉情指数为C级（60.00分），该同志未列入${Y}年度不得评先评优名单。`);

    expect((await refusal(env, 'consequences.lookup', { year: Y, personId: 999_999 }, o.clerk)).code).toBe('NOT_FOUND');
  });

  it('a person added by hand with a reason is on the list; refused twice, without a reason, off a C list or by a reader', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const id = await villageList(env, o);
    const reason = '该同志分管集体资金，负有直接责任';
    expect((await refusal(env, 'consequences.addListPerson', { id, personId: o.staffId, reason: '  ' }, o.handler)).fields).toMatchObject({ reason: '请填写列入理由' });
    expect((await refusal(env, 'consequences.addListPerson', { id, personId: o.staffId, reason }, o.readonly)).code).toBe('FORBIDDEN');
    expect((await refusal(env, 'consequences.addListPerson', { id, personId: o.staffId, reason }, o.leader)).code).toBe('FORBIDDEN');

    const before = auditCount(env, 'consequences.addListPerson');
    const detail = await ok(env, 'consequences.addListPerson', { id, personId: o.staffId, reason }, o.handler);
    expect(auditCount(env, 'consequences.addListPerson')).toBe(before + 1);
    const added = detail.people.find((p) => p.personId === o.staffId);
    expect(added).toMatchObject({ personName: nameOf(env, 'people', o.staffId), category: '一般干部', basis: reason, removed: null });
    expect(detail.persons).toBe(3);
    const entry = env.db.prepare("SELECT entity, entity_id AS entityId, summary FROM audit WHERE op = 'consequences.addListPerson' AND entity <> 'refusal'").get() as {
      entity: string; entityId: string; summary: string;
    };
    expect(entry.entity).toBe('index-award-entry');
    expect(entry.entityId).toBe(String(added?.id));
    expect(JSON.parse(entry.summary)).toEqual({ period: `${Y}年度`, list: '不得评先评优', unit: nameOf(env, 'units', o.villageId), person: nameOf(env, 'people', o.staffId), reason });

    const staff = await ok(env, 'consequences.lookup', { year: Y, personId: o.staffId }, o.readonly);
    expect(staff.answer).toBe('不得评先评优');
    expect(staff.because).toContain(`该同志经增列（理由：${reason}），列入${Y}年度不得评先评优名单。`);

    const twice = await refusal(env, 'consequences.addListPerson', { id, personId: o.chiefId, reason }, o.handler);
    expect(twice).toMatchObject({ code: 'VALIDATION', message: `${nameOf(env, 'people', o.chiefId)}已在${nameOf(env, 'units', o.villageId)}的不得评先评优名单中。` });
    expect((await refusal(env, 'consequences.addListPerson', { id, personId: 999_999, reason }, o.handler)).fields).toMatchObject({ personId: '人员不存在' });
    const aList = (await ok(env, 'consequences.awardList', { year: Y, list: '可参与优秀班子评定' }, o.readonly)).rows[0]?.consequenceId ?? 0;
    expect((await refusal(env, 'consequences.addListPerson', { id: aList, personId: o.staffId, reason }, o.handler)).message).toBe('只能向年度C级单位的不得评先评优名单增列人员。');
    expect((await refusal(env, 'consequences.addListPerson', { id: 999_999, personId: o.staffId, reason }, o.handler)).code).toBe('NOT_FOUND');
    expect(auditCount(env, 'consequences.addListPerson')).toBe(before + 1);
  });

  it('a person removed with a reason stays, marked; not removed twice, not added again, and the answer says so', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const id = await villageList(env, o);
    const chiefEntry = (await noAwardList(env, o)).rows[0]?.persons.find((p) => p.personId === o.chiefId);
    if (!chiefEntry) throw new Error('no chief');
    const input = { entryId: chiefEntry.id, reason: '已于发布前调离该村' };
    expect((await refusal(env, 'consequences.removeListPerson', { ...input, reason: '' }, o.leader)).fields).toMatchObject({ reason: '请填写移出理由' });
    expect((await refusal(env, 'consequences.removeListPerson', input, o.handler)).code).toBe('FORBIDDEN');
    expect((await refusal(env, 'consequences.removeListPerson', input, o.clerk)).code).toBe('FORBIDDEN');

    const detail = await ok(env, 'consequences.removeListPerson', input, o.leader);
    const removed = detail.people.find((p) => p.id === chiefEntry.id);
    expect(removed?.removed).toMatchObject({ reason: '已于发布前调离该村', byName: expect.any(String) });
    expect(detail.persons).toBe(1);
    const leaderName = removed?.removed?.byName ?? '';
    const day = `${Y + 1}-01-15`;

    const again = await refusal(env, 'consequences.removeListPerson', input, o.leader);
    expect(again).toMatchObject({ code: 'CONFLICT', message: `${chiefEntry.personName}已于${day}由${leaderName}移出名单（理由：已于发布前调离该村），不能再次移出。` });
    const readd = await refusal(env, 'consequences.addListPerson', { id, personId: o.chiefId, reason: '重新列入' }, o.manager);
    expect(readd.message).toBe(`${chiefEntry.personName}已于${day}由${leaderName}移出该名单（理由：已于发布前调离该村），移出的人员不能再次增列。`);
    expect((await refusal(env, 'consequences.removeListPerson', { entryId: 999_999, reason: '无' }, o.leader)).code).toBe('NOT_FOUND');

    const answer = await ok(env, 'consequences.lookup', { year: Y, personId: o.chiefId }, o.readonly);
    expect(answer.answer).toBe('未列入名单');
    expect(answer.because).toContain(`该同志未列入${Y}年度不得评先评优名单（曾列入${nameOf(env, 'units', o.villageId)}名单，${day}由${leaderName}移出，理由：已于发布前调离该村）。`);
    expect(answer.entries).toHaveLength(1);
    expect(answer.entries[0]?.removed?.reason).toBe('已于发布前调离该村');

    // One entry of the removal (the refusals are audited as refusals).
    const entries = env.db.prepare("SELECT entity, summary FROM audit WHERE op = 'consequences.removeListPerson' AND entity <> 'refusal'").all() as Array<{ entity: string; summary: string }>;
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry?.entity).toBe('index-award-entry');
    expect(JSON.parse(entry?.summary ?? '{}')).toMatchObject({ list: '不得评先评优', person: chiefEntry.personName, reason: '已于发布前调离该村' });
  });

  it('a closed list refuses changes and no longer keeps its people from awards', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const id = await villageList(env, o);
    await ok(env, 'consequences.close', { id, reason: '经复核不再执行' }, o.leader);
    const row = (await noAwardList(env, o)).rows[0];
    expect(row?.closed?.reason).toBe('经复核不再执行');
    const closed = await refusal(env, 'consequences.addListPerson', { id, personId: o.staffId, reason: '增列' }, o.handler);
    expect(closed.code).toBe('CONFLICT');
    expect(closed.message).toContain('的不得评先评优名单已于');
    const chiefEntry = row?.persons.find((p) => p.personId === o.chiefId);
    expect((await refusal(env, 'consequences.removeListPerson', { entryId: chiefEntry?.id ?? 0, reason: '移出' }, o.leader)).code).toBe('CONFLICT');
    const answer = await ok(env, 'consequences.lookup', { year: Y, personId: o.chiefId }, o.readonly);
    expect(answer.answer).toBe('未列入名单');
    expect(answer.because).toContain('的名单已关闭');
  });

  it('marks the rows of a year republished since with why they no longer match', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const before = await villageList(env, o);
    // The village's checklists 落实 after all, three of the other village's not (B): each quarter and the year republished with a reason.
    for (const quarter of [1, 2, 3, 4]) {
      for (const key of VILLAGE_ITEMS) setCheck(env.db, o.villageId, Y, quarter, key, '落实');
      for (const key of VILLAGE_ITEMS.slice(0, 3)) setCheck(env.db, o.otherVillageId, Y, quarter, key, '未落实');
      await ok(env, 'integrity.publish', { year: Y, quarter, reason: '检查结果更正' }, o.manager);
    }
    await ok(env, 'integrity.publish', { year: Y, quarter: 0, reason: '季度结果更正' }, o.manager);
    const rows = (await noAwardList(env, o)).rows;
    const old = rows.find((r) => r.consequenceId === before);
    expect(old?.stale).toMatch(/^重新发布后为A级（\d+\.\d{2}分），不再需要不得评先评优$/);
    // The person is still listed until the office closes the list or removes the person.
    expect((await ok(env, 'consequences.lookup', { year: Y, personId: o.chiefId }, o.readonly)).answer).toBe('不得评先评优');
    // The village is on the A list now: its staff may join the selection.
    expect((await ok(env, 'consequences.lookup', { year: Y, personId: o.staffId }, o.readonly)).answer).toBe('可参与优秀班子评定');
    // The other village's A row no longer matches its B: its people are not made eligible by it.
    const aRows = (await ok(env, 'consequences.awardList', { year: Y, list: '可参与优秀班子评定' }, o.readonly)).rows;
    expect(aRows.find((r) => r.unitId === o.otherVillageId)?.stale).toMatch(/^重新发布后为B级（\d+\.\d{2}分），不再需要可参与优秀班子评定$/);
    const other = await ok(env, 'consequences.lookup', { year: Y, personId: otherChief(env, o) }, o.readonly);
    expect(other.answer).toBe('未列入名单');
    expect(other.because).toMatch(new RegExp(`^所在单位${nameOf(env, 'units', o.otherVillageId)}${Y}年度廉情指数为B级（\\d+\\.\\d{2}分），该同志未列入${Y}年度不得评先评优名单。$`));
  });
});

describe('the exported list', () => {
  async function sheetOf(env: TestEnv, o: ConsequenceOffice, list: '不得评先评优' | '可参与优秀班子评定') {
    const file = await ok(env, 'consequences.exportAwardList', { year: Y, list }, o.readonly);
    expect(file.fileName).toBe(`${Y}年度${list}名单_${Y + 1}0115.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 4) rows.push((row.values as unknown[]).slice(1));
    });
    return { ws, rows };
  }

  it('不得评先评优: a title, the office and 导出时间, the columns, one row per person, a removed one marked with why and by whom; audited', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const row = (await noAwardList(env, o)).rows[0];
    const member = row?.persons[1];
    if (!member) throw new Error('no member');
    const detail = await ok(env, 'consequences.removeListPerson', { entryId: member.id, reason: '调离' }, o.leader);
    const by = detail.people.find((p) => p.id === member.id)?.removed?.byName ?? '';
    const before = auditCount(env, 'consequences.exportAwardList');
    const { ws, rows } = await sheetOf(env, o, '不得评先评优');
    expect(ws.getCell(1, 1).value).toBe(`${Y}年度不得评先评优名单`);
    expect(ws.getCell(2, 1).value).toBe(`制表单位：${TEST_OFFICE.organs.join('　')}`);
    // The fixture's instant (02:00 UTC) in the office's zone.
    expect(ws.getCell(3, 1).value).toBe(`导出时间：${Y + 1}-01-15 10:00`);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(['序号', '单位', '单位类型', '年度廉情指数', '等级', '人员', '职务', '身份类别', '列入依据', '状态']);
    const village = nameOf(env, 'units', o.villageId);
    expect(rows).toEqual([
      [1, village, '行政村', '60.00', 'C', nameOf(env, 'people', o.chiefId), '村委会主任', '主要负责人', '发布时登记的主要负责人', '已列入'],
      [2, village, '行政村', '60.00', 'C', member.personName, member.post, '班子成员', member.basis, `已移出（${Y + 1}-01-15由${by}移出，理由：调离）`],
    ]);
    expect(auditCount(env, 'consequences.exportAwardList')).toBe(before + 1);
    const entry = env.db.prepare("SELECT entity, summary FROM audit WHERE op = 'consequences.exportAwardList'").get() as { entity: string; summary: string };
    expect(entry.entity).toBe('export');
    expect(JSON.parse(entry.summary)).toEqual({ period: `${Y}年度`, list: '不得评先评优', rows: 2 });
  });

  it('可参与优秀班子评定: one row per unit, in the list’s order', async () => {
    const { env, o } = t;
    await publishYear(env, o);
    const { ws, rows } = await sheetOf(env, o, '可参与优秀班子评定');
    expect(ws.getCell(1, 1).value).toBe(`${Y}年度可参与优秀班子评定名单`);
    expect(rows.map((r) => [r[0], r[1], r[4], r[5] ?? null, r[9]])).toEqual([
      [1, '城关镇', 'A', null, '已列入'],
      [2, '青山乡', 'A', null, '已列入'],
      [3, '城关西村', 'A', null, '已列入'],
      [4, '青山东村', 'A', null, '已列入'],
      [5, '青山西村', 'A', null, '已列入'],
    ]);
    expect(String(rows[0]?.[8])).toMatch(/^A级（\d+\.\d{2}分）$/);
  });
});
