// The yearly roster update: the export imported as it is changes nothing; an edited cell is one
// 更新 with its old and new value; a person left out is listed and, when asked, marked 已离任 —
// all in one transaction, audited; namesakes are matched by ID number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { fingerprint, makeEnv, ok, send, setupAdmin, type TestEnv } from '../../helpers/services.ts';
import type { UnitRow } from '../../../shared/registry/units.ts';

type UploadFile = { fileName: string; dataBase64: string };

async function load(file: { dataBase64: string }): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook, fileName: string): Promise<UploadFile> {
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName, dataBase64: Buffer.from(buffer as unknown as Uint8Array).toString('base64') };
}

/** The export's data row (from row 3: title, header) holding this name and unit. */
function rowOf(ws: ExcelJS.Worksheet, name: string, unitName: string): number {
  for (let r = 3; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(2).value === name && ws.getRow(r).getCell(3).value === unitName) return r;
  }
  throw new Error(`no row for ${name} of ${unitName}`);
}

describe('people import: a yearly roster update', () => {
  let env: TestEnv;
  let admin: string;
  let town: UnitRow;
  let finance: UnitRow;
  beforeEach(async () => {
    env = makeEnv();
    admin = await setupAdmin(env);
    town = await ok(env, 'units.create', { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 30 }, admin);
    finance = await ok(env, 'units.create', { name: '县财政局', type: '机关部门', parentId: null, headcount: 20 }, admin);
    const base = { post: '科员', rank: '科员及以下', partyMember: true, category: '一般干部' } as const;
    await ok(env, 'people.create', { ...base, name: '丁卫华', idNumber: '11010519491231002X', unitId: town.id }, admin);
    await ok(env, 'people.create', { ...base, name: '丁卫华', idNumber: '11010119900307803X', unitId: town.id, post: '党政办主任' }, admin);
    await ok(env, 'people.create', { ...base, name: '李四', unitId: town.id }, admin);
    await ok(env, 'people.create', { ...base, name: '王五', unitId: town.id }, admin);
    await ok(env, 'people.create', { ...base, name: '钱七', unitId: finance.id }, admin);
  });
  afterEach(() => env.close());

  it('the export imported without edits: every row 无变化, nothing missing, nothing written but the audit entry', async () => {
    const exported = await ok(env, 'people.export', {}, admin);
    const file = { fileName: '人员名册.xlsx', dataBase64: exported.dataBase64 };
    const preview = await ok(env, 'people.importPreview', file, admin);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(preview.missing).toEqual([]);
    expect(preview.rows.every((r) => r.value.changes.length === 0)).toBe(true);
    const versions = () => env.db.prepare('SELECT sum(version) AS v FROM people').get();
    const before = versions();
    expect(await ok(env, 'people.importCommit', file, admin)).toEqual({ created: 0, updated: 0, unchanged: 5, markedLeft: 0 });
    expect(versions()).toEqual(before);
  });

  it('an edited cell is one 更新 (old → new), a new row 新增, a dropped person listed; 离任 only when asked; audited', async () => {
    const workbook = await load(await ok(env, 'people.export', {}, admin));
    const ws = workbook.getWorksheet('人员名册');
    if (!ws) throw new Error('no sheet');
    // The namesake with the second ID number is promoted; 王五 left; 赵六 is new.
    ws.getRow(rowOf(ws, '丁卫华', '城关镇') + (ws.getRow(rowOf(ws, '丁卫华', '城关镇')).getCell(4).value === '11010119900307803X' ? 0 : 1)).getCell(5).value = '副镇长';
    ws.spliceRows(rowOf(ws, '王五', '城关镇'), 1);
    ws.addRow([99, '赵六', '县财政局', '', '科员', '科员及以下', '否', '一般干部', '']);
    const file = await save(workbook, '2027年人员名册.xlsx');

    const preview = await ok(env, 'people.importPreview', file, admin);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ created: 1, updated: 1, unchanged: 3 });
    const updated = preview.rows.filter((r) => r.value.kind === '更新');
    expect(updated.map((r) => [r.value.name, r.value.idNumber, r.value.changes])).toEqual([
      ['丁卫华', '11010119900307803X', [{ field: '职务', before: '党政办主任', after: '副镇长' }]],
    ]);
    expect(preview.missing.map((m) => [m.name, m.unitName])).toEqual([['王五', '城关镇']]);

    // Without the choice, the missing person stays 在职.
    const unticked = fingerprint(env.db);
    const first = await ok(env, 'people.importCommit', { ...file, markMissingLeft: false }, admin);
    expect(first).toEqual({ created: 1, updated: 1, unchanged: 3, markedLeft: 0 });
    expect(fingerprint(env.db)).not.toBe(unticked);
    const wang = (await ok(env, 'people.list', { q: '王五' }, admin)).rows[0];
    expect(wang?.status).toBe('在职');

    // Again with the choice: the rows are now 无变化, 王五 is marked 已离任.
    const second = await ok(env, 'people.importCommit', { ...file, markMissingLeft: true }, admin);
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 5, markedLeft: 1 });
    expect((await ok(env, 'people.list', { q: '王五' }, admin)).rows[0]?.status).toBe('已离任');
    const ding = (await ok(env, 'people.list', { q: '丁卫华' }, admin)).rows.map((p) => [p.idNumber, p.post]).sort();
    expect(ding).toEqual([['11010119900307803X', '副镇长'], ['11010519491231002X', '科员']]);

    const audit = env.db.prepare("SELECT entity_id AS id, summary FROM audit WHERE op = 'people.importCommit' ORDER BY id").all() as Array<{ id: string | null; summary: string }>;
    const summaries = audit.map((a) => JSON.parse(a.summary) as Record<string, unknown>);
    expect(summaries.find((s) => 'post' in s)).toMatchObject({ post: ['党政办主任', '副镇长'] });
    expect(summaries.find((s) => 'status' in s)).toMatchObject({ status: ['在职', '已离任'], name: '王五' });
    expect(summaries.filter((s) => s.import === '2027年人员名册.xlsx' && 'sha256' in s)).toHaveLength(2);
    expect((await ok(env, 'audit.verify', {}, admin)).ok).toBe(true);
  });

  it('all or nothing: one bad row, and marking nobody 已离任', async () => {
    const workbook = await load(await ok(env, 'people.export', {}, admin));
    const ws = workbook.getWorksheet('人员名册');
    if (!ws) throw new Error('no sheet');
    ws.getRow(rowOf(ws, '李四', '城关镇')).getCell(5).value = '副镇长';
    ws.spliceRows(rowOf(ws, '王五', '城关镇'), 1);
    ws.addRow([99, '赵六', '县财政局', '', '科员', '处长', '否', '一般干部', '']);
    const file = await save(workbook, '有错.xlsx');
    const before = fingerprint(env.db);
    const res = await send(env, 'people.importCommit', { ...file, markMissingLeft: true }, admin);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!res.ok) expect(res.error.message).toContain('职级“处长”无效');
    expect(fingerprint(env.db)).toBe(before);
  });

  it('a namesake row without an ID number is an error naming the row; with one, the right person is updated', async () => {
    const header = ['姓名', '所在单位', '身份证号', '职务', '职级', '是否中共党员', '身份类别'];
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('名册');
    ws.addRow(header);
    ws.addRow(['丁卫华', '城关镇', '', '副镇长', '副科级', '是', '班子成员']);
    ws.addRow(['钱七', '县财政局', '', '科员', '科员及以下', '是', '一般干部']);
    const preview = await ok(env, 'people.importPreview', await save(workbook, 'a.xlsx'), admin);
    expect(preview.errors).toEqual([{ rowNumber: 2, message: '“城关镇”有 2 名同名人员“丁卫华”，无法确定是哪一位：请填写身份证号以区分' }]);
    ws.getRow(2).getCell(3).value = '11010519491231002x';
    const fixed = await ok(env, 'people.importPreview', await save(workbook, 'b.xlsx'), admin);
    expect(fixed.errors).toEqual([]);
    expect(fixed.rows[0]?.value.changes).toEqual([
      { field: '职务', before: '科员', after: '副镇长' },
      { field: '职级', before: '科员及以下', after: '副科级' },
      { field: '身份类别', before: '一般干部', after: '班子成员' },
    ]);
    // Only 城关镇 and 县财政局 are the sheet's units: their other active people are missing.
    expect(fixed.missing.map((m) => m.name).sort()).toEqual(['丁卫华', '李四', '王五'].sort());
  });

  it('the preview is for the registry editors only', async () => {
    const exported = await ok(env, 'people.export', {}, admin);
    const { userWithRole } = await import('../../helpers/services.ts');
    const reader = await userWithRole(env, '只读', 'reader');
    expect(await send(env, 'people.importPreview', { fileName: 'a.xlsx', dataBase64: exported.dataBase64 }, reader)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
