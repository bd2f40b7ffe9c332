// The units import with files that cannot be read, the template, and the preview.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { fingerprint, fingerprintBesidesRefusals, ok, send, userWithRole, type TestEnv, eachWithAdmin } from '../../helpers/services.ts';
import { UNIT_TYPES } from '../../../shared/registry/units.ts';
import { allUnits, buildFile, byName, plainFile, refused, toBase64 } from './unitImportFiles.ts';
describe('units import: files that cannot be read', () => {
  let env: TestEnv;
  let admin: string;
  eachWithAdmin((e, a) => {
    env = e;
    admin = a;
  });

  async function expectFileRefused(file: { fileName: string; dataBase64: string }, message: RegExp): Promise<void> {
    const before = fingerprint(env.db);
    const previewError = refused(await send(env, 'units.importPreview', file, admin));
    expect(previewError.code).toBe('VALIDATION');
    expect(previewError.message).toMatch(message);
    const commitError = refused(await send(env, 'units.importCommit', file, admin));
    expect(commitError.code).toBe('VALIDATION');
    expect(commitError.message).toMatch(message);
    expect(fingerprint(env.db)).toBe(before);
  }

  it('garbage bytes named .xlsx', async () => {
    const garbage = Buffer.from('这不是一个Excel文件，只是一些文字。\u0000\u0001\u0002garbage').toString('base64');
    await expectFileRefused({ fileName: '单位名册.xlsx', dataBase64: garbage }, /^文件无法读取：请确认是 Excel \.xlsx 格式/);
  });

  it('an old .xls (OLE) file renamed to .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expectFileRefused({ fileName: '单位名册.xlsx', dataBase64: ole.toString('base64') }, /旧版 \.xls 文件或设置了打开密码/);
  });

  it('a file named .xls, even with xlsx content', async () => {
    const file = await plainFile([['县审计局', '机关部门', '', '', '']], '单位名册.xls');
    await expectFileRefused(file, /^“单位名册\.xls”不是 \.xlsx 文件/);
  });

  it('a sheet with no recognizable header', async () => {
    const file = await buildFile((ws) => {
      ws.getCell('A1').value = '临江县单位名册';
      ws.getRow(2).values = ['名字', '种类', '备注'];
      ws.getRow(3).values = ['县审计局', '机关部门', ''];
    });
    await expectFileRefused(file, /^没有找到表头：.*“单位名称”、“单位类型”/);
  });

  it('a header with no data rows', async () => {
    await expectFileRefused(await plainFile([]), /^表格中没有数据行/);
  });

  it('refuses the 只读 role before reading the file', async () => {
    const reader = await userWithRole(env, '只读', 'reader');
    const file = await plainFile([['县审计局', '机关部门', '', '', '']]);
    const before = fingerprintBesidesRefusals(env.db);
    expect(refused(await send(env, 'units.importPreview', file, reader)).code).toBe('FORBIDDEN');
    expect(refused(await send(env, 'units.importCommit', file, reader)).code).toBe('FORBIDDEN');
    expect(refused(await send(env, 'units.importTemplate', {}, reader)).code).toBe('FORBIDDEN');
    expect(fingerprintBesidesRefusals(env.db)).toBe(before);
  });
});

describe('units import template', () => {
  let env: TestEnv;
  let admin: string;
  eachWithAdmin((e, a) => {
    env = e;
    admin = a;
  });

  async function loadTemplate(): Promise<{ workbook: ExcelJS.Workbook; fileName: string }> {
    const template = await ok(env, 'units.importTemplate', {}, admin);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.dataBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    return { workbook, fileName: template.fileName };
  }

  it('has a title, the headers with * on required ones, and filling notes', async () => {
    const { workbook, fileName } = await loadTemplate();
    expect(fileName).toMatch(/^单位名册导入模板_\d{8}\.xlsx$/);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['单位名册', '填写说明']);
    const ws = workbook.getWorksheet('单位名册');
    if (!ws) throw new Error('no sheet 单位名册');
    expect(ws.getCell('A1').value).toBe('单位名册导入模板');
    const headers = [1, 2, 3, 4, 5, 6].map((c) => ws.getRow(2).getCell(c).value);
    expect(headers).toEqual(['单位名称*', '单位类型*', '上级单位', '编制人数', '主要负责人', '联系干部']);
    expect(ws.getRow(2).getCell(7).value).toBeNull();
    expect(ws.rowCount).toBe(2);
    const notes = workbook.getWorksheet('填写说明');
    const noteText = [2, 3, 4, 5, 6].map((r) => String(notes?.getCell(r, 1).value ?? '')).join('\n');
    expect(noteText).toContain(UNIT_TYPES.join('、'));
  });

  it('imports once filled with two rows', async () => {
    const { workbook } = await loadTemplate();
    const ws = workbook.getWorksheet('单位名册');
    if (!ws) throw new Error('no sheet 单位名册');
    ws.getRow(3).values = ['城南街道', '镇（街道）', '', 20, '孙七'];
    ws.getRow(4).values = ['城南社区', '社区', '城南街道', '9', ''];
    const file = { fileName: '单位名册导入模板.xlsx', dataBase64: await toBase64(workbook) };

    const preview = await ok(env, 'units.importPreview', file, admin);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([3, 4]);

    expect(await ok(env, 'units.importCommit', file, admin)).toEqual({ created: 2 });
    const units = await allUnits(env, admin);
    expect(units).toHaveLength(2);
    const street = byName(units, '城南街道');
    expect(street).toMatchObject({ type: '镇（街道）', parentId: null, headcount: 20, leaderName: '孙七' });
    expect(byName(units, '城南社区')).toMatchObject({ type: '社区', parentId: street.id, headcount: 9, leaderName: '' });
  });
});

describe('units import preview', () => {
  let env: TestEnv;
  let admin: string;
  eachWithAdmin((e, a) => {
    env = e;
    admin = a;
  });

  it('does not count a row as importable once a later check finds a problem with it', async () => {
    await ok(env, 'units.create', { name: '白沙镇', type: '镇（街道）', parentId: null, headcount: 40 }, admin);
    const file = await plainFile([['白沙镇', '镇（街道）', '', '40', '周海'], ['河口镇', '镇（街道）', '', '30', '']]);
    const preview = await ok(env, 'units.importPreview', file, admin);
    expect(preview.errors.map((e) => e.rowNumber)).toEqual([2]);
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([3]);
  });
});
