// Import of units from Excel, through dispatch as the administrator: office-style sheets are
// read correctly, every row error is reported with its row number, and a file with any error
// writes nothing at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, makeEnv, ok, send, setupAdmin, type TestEnv, eachWithAdmin } from '../../helpers/services.ts';
import { UNIT_TYPES, type UnitRow } from '../../../shared/registry/units.ts';
import { HEADER, allUnits, buildFile, byName, plainFile, refused, type Preview, type Row } from './unitImportFiles.ts';
import type { Worksheet } from 'exceljs';
/** A register as an office keeps it: title, date line, marks in the header, messy cells. */
function officeRegister(ws: Worksheet): void {
  ws.getCell('A1').value = '临江县单位名册';
  ws.mergeCells('A1:E1');
  ws.getCell('A2').value = '统计日期：2026年11月1日　　填报单位：县纪委监委';
  ws.getRow(3).values = HEADER;
  ws.getRow(4).values = ['　城关镇　', '镇(街道)', null, '35', '李  明'];
  ws.getRow(5).values = ['东风村', '行政村', '城关镇', '３５', '王　五'];
  ws.getRow(6).values = ['西河村', '村', null, 12, null];
  ws.mergeCells('C5:C6'); // one parent cell for two villages
  // row 7 left empty
  ws.getRow(8).values = ['新桥村', '行政村', '河口镇', '8', '']; // parent listed further down
  ws.getRow(9).values = ['河口  镇', '乡镇', null, 40, '赵六'];
  ws.getRow(10).values = ['县财政局', '机关部门', '', ' 28 人', '钱七'];
}

describe('units import: an office register', () => {
  let env: TestEnv;
  let admin: string;
  eachWithAdmin((e, a) => {
    env = e;
    admin = a;
  });

  it('previews every row with its values as written (outer spaces trimmed) and no errors, writing nothing', async () => {
    const file = await buildFile(officeRegister);
    const before = fingerprint(env.db);
    const preview = await ok(env, 'units.importPreview', file, admin);
    expect(fingerprint(env.db)).toBe(before);

    expect(preview.errors).toEqual([]);
    expect(preview.fileName).toBe('单位名册.xlsx');
    expect(preview.sheetName).toBe('单位名册');
    expect(preview.total).toBe(6);
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([4, 5, 6, 8, 9, 10]);
    const values = preview.rows.map((r) => r.value);
    expect(values).toEqual([
      { name: '城关镇', type: '镇（街道）', parentId: null, parentName: '', headcount: 35, leaderName: '李  明', liaisonUserId: null, liaisonName: '' },
      { name: '东风村', type: '行政村', parentId: null, parentName: '城关镇', headcount: 35, leaderName: '王　五', liaisonUserId: null, liaisonName: '' },
      { name: '西河村', type: '行政村', parentId: null, parentName: '城关镇', headcount: 12, leaderName: '', liaisonUserId: null, liaisonName: '' },
      { name: '新桥村', type: '行政村', parentId: null, parentName: '河口镇', headcount: 8, leaderName: '', liaisonUserId: null, liaisonName: '' },
      { name: '河口  镇', type: '镇（街道）', parentId: null, parentName: '', headcount: 40, leaderName: '赵六', liaisonUserId: null, liaisonName: '' },
      { name: '县财政局', type: '机关部门', parentId: null, parentName: '', headcount: 28, leaderName: '钱七', liaisonUserId: null, liaisonName: '' },
    ]);
  });

  it('commits every row with the right parents and one audit entry', async () => {
    const file = await buildFile(officeRegister);
    const auditBefore = (await ok(env, 'audit.list', { pageSize: 100 }, admin)).total;

    const result = await ok(env, 'units.importCommit', file, admin);
    expect(result).toEqual({ created: 6 });

    const units = await allUnits(env, admin);
    expect(units.map((u) => u.name).sort()).toEqual(['东风村', '县财政局', '城关镇', '新桥村', '河口  镇', '西河村'].sort());
    const town = byName(units, '城关镇');
    const hekou = byName(units, '河口  镇');
    expect(town).toMatchObject({ type: '镇（街道）', parentId: null, headcount: 35, leaderName: '李  明', status: '正常' });
    expect(hekou).toMatchObject({ type: '镇（街道）', parentId: null, headcount: 40, leaderName: '赵六' });
    expect(byName(units, '东风村')).toMatchObject({ type: '行政村', parentId: town.id, parentName: '城关镇', headcount: 35, leaderName: '王　五' });
    expect(byName(units, '西河村')).toMatchObject({ type: '行政村', parentId: town.id, parentName: '城关镇', headcount: 12 });
    expect(byName(units, '新桥村')).toMatchObject({ type: '行政村', parentId: hekou.id, parentName: '河口  镇', headcount: 8 });
    expect(byName(units, '县财政局')).toMatchObject({ type: '机关部门', parentId: null, headcount: 28, leaderName: '钱七' });

    const audit = await ok(env, 'audit.list', { pageSize: 100 }, admin);
    expect(audit.total).toBe(auditBefore + 1);
    const imports = audit.rows.filter((r) => r.op === 'units.importCommit');
    expect(imports).toHaveLength(1);
    const entry = imports[0];
    expect(entry?.username).toBe('admin');
    expect(entry?.entity).toBe('unit');
    const summary: unknown = JSON.parse(entry?.summary ?? 'null');
    expect(summary).toMatchObject({ import: '单位名册.xlsx', sheet: '单位名册', created: 6 });
    expect((summary as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await ok(env, 'audit.verify', {}, admin)).ok).toBe(true);
  });

  it('refuses the same file a second time, writing nothing', async () => {
    const file = await buildFile(officeRegister);
    await ok(env, 'units.importCommit', file, admin);
    const before = fingerprint(env.db);
    const preview = await ok(env, 'units.importPreview', file, admin);
    expect(preview.errors.map((e) => e.rowNumber)).toEqual(expect.arrayContaining([4, 9, 10]));
    expect(preview.errors.find((e) => e.rowNumber === 10)?.message).toBe('同一上级单位下已有名为“县财政局”的单位');
    expect(refused(await send(env, 'units.importCommit', file, admin)).code).toBe('VALIDATION');
    expect(fingerprint(env.db)).toBe(before);
  });

  it('finds an in-file parent written with padding spaces ("城关  镇")', async () => {
    // The register pads names in every column; the 上级单位 reference must be cleaned like the
    // name it refers to, or a valid file is refused.
    const file = await plainFile([
      ['城关镇', '镇（街道）', '', '', ''],
      ['东风村', '行政村', '城关  镇', '', ''],
    ]);
    const preview = await ok(env, 'units.importPreview', file, admin);
    expect(preview.errors).toEqual([]);
    await ok(env, 'units.importCommit', file, admin);
    const units = await allUnits(env, admin);
    expect(byName(units, '东风村').parentId).toBe(byName(units, '城关镇').id);
  });

  it('finds a registered parent written with padding spaces ("城关  镇")', async () => {
    await ok(env, 'units.create', { name: '城关镇', type: '镇（街道）', parentId: null, headcount: null }, admin);
    const file = await plainFile([['东风村', '行政村', '城关  镇', '', '']]);
    const preview = await ok(env, 'units.importPreview', file, admin);
    expect(preview.errors).toEqual([]);
  });
});

describe('units import: rows with errors are reported and nothing is written', () => {
  let env: TestEnv;
  let admin: string;
  let town: UnitRow;
  let finance: UnitRow;
  beforeEach(async () => {
    env = makeEnv();
    admin = await setupAdmin(env);
    town = await ok(env, 'units.create', { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 30 }, admin);
    finance = await ok(env, 'units.create', { name: '县财政局', type: '机关部门', parentId: null, headcount: 20 }, admin);
    await ok(env, 'units.create', { name: '东风村', type: '行政村', parentId: town.id, headcount: 5 }, admin);
  });
  afterEach(() => env.close());

  /** Preview lists exactly these errors; commit is refused naming them; nothing is written. */
  async function expectRowErrors(rows: Row[], expected: Array<{ rowNumber: number; message: string }>): Promise<Preview> {
    const file = await plainFile(rows);
    const before = fingerprint(env.db);
    const preview = await ok(env, 'units.importPreview', file, admin);
    expect(preview.errors).toEqual(expected);
    const error = refused(await send(env, 'units.importCommit', file, admin));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('导入未进行，未写入任何数据');
    for (const e of expected) expect(error.message).toContain(`第${e.rowNumber}行：${e.message}`);
    expect(fingerprint(env.db)).toBe(before);
    return preview;
  }

  it('an unknown 单位类型', async () => {
    await expectRowErrors(
      [
        ['县审计局', '机关部门', '', '12', ''],
        ['红星大队', '生产队', '', '', ''],
      ],
      [{ rowNumber: 3, message: `单位类型“生产队”无效（可选：${UNIT_TYPES.join('、')}）` }],
    );
  });

  it('a missing 单位类型', async () => {
    await expectRowErrors([['县审计局', '', '', '12', '']], [{ rowNumber: 2, message: '请填写单位类型' }]);
  });

  it('a missing name', async () => {
    await expectRowErrors(
      [
        ['县审计局', '机关部门', '', '12', ''],
        ['', '机关部门', '', '10', '周九'],
      ],
      [{ rowNumber: 3, message: '请填写单位名称' }],
    );
  });

  it('a name of only spaces counts as missing', async () => {
    await expectRowErrors([['　 　', '机关部门', '', '10', '周九']], [{ rowNumber: 2, message: '请填写单位名称' }]);
  });

  it('a non-integer 编制人数', async () => {
    await expectRowErrors(
      [
        ['县审计局', '机关部门', '', '三十', ''],
        ['县统计局', '机关部门', '', '12.5', ''],
      ],
      [
        { rowNumber: 2, message: '编制人数“三十”不是整数' },
        { rowNumber: 3, message: '编制人数“12.5”不是整数' },
      ],
    );
  });

  it('an 编制人数 above the limit is reported, not silently dropped', async () => {
    // A row the form would refuse must be an error row; if it were skipped, commit would
    // import the other rows and quietly lose this one.
    await expectRowErrors(
      [
        ['县审计局', '机关部门', '', '12', ''],
        ['县统计局', '机关部门', '', '200000', ''],
      ],
      [{ rowNumber: 3, message: '编制人数不能超过100000' }],
    );
  });

  it('the same unit twice in the file (after cleaning the name)', async () => {
    await expectRowErrors(
      [
        ['县审计局', '机关部门', '', '12', ''],
        ['县统计局', '机关部门', '', '', ''],
        ['县  审计局', '机关部门', '', '13', ''],
      ],
      [{ rowNumber: 4, message: '与第2行重复（同一上级单位下的同名单位）' }],
    );
  });

  it('a unit already registered under the same parent', async () => {
    await expectRowErrors(
      [
        ['西河村', '行政村', '城关镇', '', ''],
        ['东风村', '行政村', '城关镇', '6', ''],
        ['县财政局', '机关部门', '', '', ''],
      ],
      [
        { rowNumber: 3, message: '同一上级单位下已有名为“东风村”的单位' },
        { rowNumber: 4, message: '同一上级单位下已有名为“县财政局”的单位' },
      ],
    );
  });

  it('an unknown parent', async () => {
    await expectRowErrors(
      [['红旗村', '行政村', '白沙镇', '', '']],
      [{ rowNumber: 2, message: '上级单位“白沙镇”不存在：请先导入或添加该单位，或把它列在本表中' }],
    );
  });

  it('a unit that is its own parent', async () => {
    await expectRowErrors([['县审计局', '机关部门', '县审计局', '', '']], [{ rowNumber: 2, message: '上级单位不能是本单位' }]);
  });

  it('a parent cycle inside the file (A under B, B under A)', async () => {
    const message = '上级单位关系形成循环（甲的上级是乙、乙的上级又是甲）';
    await expectRowErrors(
      [
        ['县审计局', '机关部门', '', '', ''],
        ['甲中心', '事业单位', '乙中心', '', ''],
        ['乙中心', '事业单位', '甲中心', '', ''],
      ],
      [
        { rowNumber: 3, message },
        { rowNumber: 4, message },
      ],
    );
  });

  it('a village under a registered 机关部门', async () => {
    await expectRowErrors(
      [['红旗村', '行政村', '县财政局', '', '']],
      [{ rowNumber: 2, message: `行政村的上级单位应为镇（街道），“${finance.name}”是机关部门` }],
    );
  });

  it('a village under a 机关部门 listed in the same file', async () => {
    await expectRowErrors(
      [
        ['县审计局', '机关部门', '', '', ''],
        ['红旗村', '行政村', '县审计局', '', ''],
      ],
      [{ rowNumber: 3, message: '行政村的上级单位应为镇（街道），“县审计局”是机关部门' }],
    );
  });

  it('a community under a revoked town', async () => {
    const old = await ok(env, 'units.create', { name: '老城镇', type: '镇（街道）', parentId: null, headcount: null }, admin);
    await ok(env, 'units.setStatus', { id: old.id, status: '已撤销', version: old.version }, admin);
    await expectRowErrors(
      [['老街社区', '社区', '老城镇', '', '']],
      [{ rowNumber: 2, message: '上级单位“老城镇”已撤销，不能再作为上级单位' }],
    );
  });

  it('lists every bad row, not just the first', async () => {
    const preview = await expectRowErrors(
      [
        ['县审计局', '机关部门', '', '', ''],
        ['', '机关部门', '', '', ''],
        ['红旗村', '行政村', '白沙镇', '', ''],
        ['县统计局', '机关部门', '', 'x', ''],
        ['县档案馆', '事业单位', '', '3', ''],
      ],
      [
        { rowNumber: 3, message: '请填写单位名称' },
        { rowNumber: 4, message: '上级单位“白沙镇”不存在：请先导入或添加该单位，或把它列在本表中' },
        { rowNumber: 5, message: '编制人数“x”不是整数' },
      ],
    );
    expect(preview.total).toBe(5);
  });
});

