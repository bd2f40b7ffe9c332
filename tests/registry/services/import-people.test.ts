// Import of people from Excel, through dispatch as the administrator: office rosters are read
// correctly, units are resolved by name, and one bad row keeps the whole file out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { fingerprint, makeEnv, ok, send, setupAdmin, type TestEnv } from '../../helpers/services.ts';
import type { OpOutput } from '../../../shared/api.ts';
import type { ApiErrorBody, ApiResponse } from '../../../shared/kernel/errors.ts';
import type { UnitRow } from '../../../shared/registry/units.ts';
import type { PersonRow } from '../../../shared/registry/people.ts';
import { PERSON_CATEGORIES, RANKS } from '../../../shared/registry/people.ts';

type Row = CellValue[];
type Preview = OpOutput<'people.importPreview'>;
type UploadFile = { fileName: string; dataBase64: string };

const HEADER: Row = ['姓名*', '所在单位*', '职务*', '职级', '是否中共党员', '身份类别'];

async function toBase64(workbook: ExcelJS.Workbook): Promise<string> {
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as unknown as Uint8Array).toString('base64');
}

async function buildFile(fill: (ws: Worksheet) => void, fileName = '人员名册.xlsx'): Promise<UploadFile> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('人员名册'));
  return { fileName, dataBase64: await toBase64(workbook) };
}

/** The header on row 1, then the given rows from row 2. */
function plainFile(rows: Row[]): Promise<UploadFile> {
  return buildFile((ws) => {
    ws.getRow(1).values = HEADER;
    rows.forEach((row, i) => {
      ws.getRow(i + 2).values = row;
    });
  });
}

function refused(res: ApiResponse<unknown>): ApiErrorBody {
  if (res.ok) throw new Error(`expected a refusal, got ${JSON.stringify(res.value)}`);
  return res.error;
}

function peopleCount(env: TestEnv): number {
  return (env.db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
}

interface Registry {
  town: UnitRow;
  village: UnitRow;
  finance: UnitRow;
  newVillageA: UnitRow;
  newVillageB: UnitRow;
  revoked: UnitRow;
}

/** 城关镇 › 东风村, 县财政局 (with 张三 in post), two villages named 新村, a revoked 县农机站. */
async function registry(env: TestEnv, admin: string): Promise<Registry> {
  const town = await ok(env, 'units.create', { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 30 }, admin);
  const village = await ok(env, 'units.create', { name: '东风村', type: '行政村', parentId: town.id, headcount: 5 }, admin);
  const finance = await ok(env, 'units.create', { name: '县财政局', type: '机关部门', parentId: null, headcount: 20 }, admin);
  const hekou = await ok(env, 'units.create', { name: '河口镇', type: '镇（街道）', parentId: null, headcount: 25 }, admin);
  const xishan = await ok(env, 'units.create', { name: '西山镇', type: '镇（街道）', parentId: null, headcount: 25 }, admin);
  const newVillageA = await ok(env, 'units.create', { name: '新村', type: '行政村', parentId: hekou.id, headcount: 5 }, admin);
  const newVillageB = await ok(env, 'units.create', { name: '新村', type: '行政村', parentId: xishan.id, headcount: 6 }, admin);
  const station = await ok(env, 'units.create', { name: '县农机站', type: '事业单位', parentId: null, headcount: 4 }, admin);
  const revoked = await ok(env, 'units.setStatus', { id: station.id, status: '已撤销', version: station.version }, admin);
  await ok(
    env,
    'people.create',
    { name: '张三', unitId: finance.id, post: '科员', rank: '科员及以下', partyMember: true, category: '一般干部' },
    admin,
  );
  return { town, village, finance, newVillageA, newVillageB, revoked };
}

async function allPeople(env: TestEnv, token: string): Promise<PersonRow[]> {
  return (await ok(env, 'people.list', { pageSize: 100 }, token)).rows;
}

function personNamed(people: PersonRow[], name: string): PersonRow {
  const found = people.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`expected one person named ${name}, found ${found.length}`);
  return found[0] as PersonRow;
}

/** A roster as offices keep it: title, date line, marks in the header, padded names, a merged unit. */
function officeRoster(ws: Worksheet): void {
  ws.getCell('A1').value = '临江县干部名册';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = '截至2026年10月31日';
  ws.getRow(3).values = HEADER;
  ws.getRow(4).values = ['李  四', '城关镇', '党委书记', '正科级', '是', '主要负责人'];
  ws.getRow(5).values = ['王　五', '　城关镇　', '纪委书记', '副科', '中共党员', '班子成员'];
  ws.getRow(6).values = ['赵六', '东风村', '村委会主任', '村（社区）干部', '群众', '主要负责人'];
  // row 7 left empty
  ws.getRow(8).values = ['钱七', '县财政局', '科员', '科员及以下', '否', '一般干部'];
  ws.getRow(9).values = ['孙八', null, '副局长', '副科级', '是', '班子成员'];
  ws.mergeCells('B8:B9'); // one unit cell for two people
  ws.getRow(10).values = ['张三', '城关镇', '党政办主任', '正科级', '否', '一般干部']; // 张三 of 县财政局 is another person
}

describe('people import: an office roster', () => {
  let env: TestEnv;
  let admin: string;
  let reg: Registry;
  beforeEach(async () => {
    env = makeEnv();
    admin = await setupAdmin(env);
    reg = await registry(env, admin);
  });
  afterEach(() => env.close());

  it('previews every row with its values as written (outer spaces trimmed) and no errors, writing nothing', async () => {
    const file = await buildFile(officeRoster);
    const before = fingerprint(env.db);
    const preview = await ok(env, 'people.importPreview', file, admin);
    expect(fingerprint(env.db)).toBe(before);

    expect(preview.errors).toEqual([]);
    expect(preview.sheetName).toBe('人员名册');
    expect(preview.total).toBe(6);
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([4, 5, 6, 8, 9, 10]);
    expect(preview.counts).toEqual({ created: 6, updated: 0, unchanged: 0 });
    expect(preview.rows.every((r) => r.value.kind === '新增' && r.value.personId === null && r.value.status === '在职' && r.value.idNumber === '')).toBe(true);
    expect(preview.rows.map(({ value: { kind: _k, personId: _p, changes: _c, status: _s, idNumber: _i, ...rest } }) => rest)).toEqual([
      { name: '李  四', unitId: reg.town.id, unitName: '城关镇', post: '党委书记', rank: '正科级', partyMember: true, category: '主要负责人' },
      { name: '王　五', unitId: reg.town.id, unitName: '城关镇', post: '纪委书记', rank: '副科级', partyMember: true, category: '班子成员' },
      { name: '赵六', unitId: reg.village.id, unitName: '东风村', post: '村委会主任', rank: '村（社区）干部', partyMember: false, category: '主要负责人' },
      { name: '钱七', unitId: reg.finance.id, unitName: '县财政局', post: '科员', rank: '科员及以下', partyMember: false, category: '一般干部' },
      { name: '孙八', unitId: reg.finance.id, unitName: '县财政局', post: '副局长', rank: '副科级', partyMember: true, category: '班子成员' },
      { name: '张三', unitId: reg.town.id, unitName: '城关镇', post: '党政办主任', rank: '正科级', partyMember: false, category: '一般干部' },
    ]);
  });

  it('commits every row in the right unit, with one audit entry', async () => {
    const file = await buildFile(officeRoster);
    const auditBefore = (await ok(env, 'audit.list', { pageSize: 100 }, admin)).total;
    expect(await ok(env, 'people.importCommit', file, admin)).toEqual({ created: 6, updated: 0, unchanged: 0, markedLeft: 0 });

    const people = await allPeople(env, admin);
    expect(people).toHaveLength(7);
    expect(personNamed(people, '李  四')).toMatchObject({ unitId: reg.town.id, post: '党委书记', rank: '正科级', partyMember: true, category: '主要负责人', status: '在职' });
    expect(personNamed(people, '王　五')).toMatchObject({ unitId: reg.town.id, rank: '副科级', partyMember: true, category: '班子成员' });
    expect(personNamed(people, '赵六')).toMatchObject({ unitId: reg.village.id, rank: '村（社区）干部', partyMember: false });
    expect(personNamed(people, '钱七')).toMatchObject({ unitId: reg.finance.id, partyMember: false, category: '一般干部' });
    expect(personNamed(people, '孙八')).toMatchObject({ unitId: reg.finance.id, partyMember: true, post: '副局长' });
    const zhangs = people.filter((p) => p.name === '张三').map((p) => p.unitName).sort();
    expect(zhangs).toEqual(['县财政局', '城关镇'].sort());

    const audit = await ok(env, 'audit.list', { pageSize: 100 }, admin);
    expect(audit.total).toBe(auditBefore + 1);
    const imports = audit.rows.filter((r) => r.op === 'people.importCommit');
    expect(imports).toHaveLength(1);
    expect(imports[0]?.entity).toBe('person');
    expect(JSON.parse(imports[0]?.summary ?? 'null')).toMatchObject({ import: '人员名册.xlsx', sheet: '人员名册', created: 6 });
    expect((await ok(env, 'audit.verify', {}, admin)).ok).toBe(true);
  });

  it('reads 是/否/中共党员/群众 (and their variants) for 是否中共党员', async () => {
    const file = await plainFile([
      ['甲一', '县财政局', '科员', '科员及以下', '是', '一般干部'],
      ['甲二', '县财政局', '科员', '科员及以下', '否', '一般干部'],
      ['甲三', '县财政局', '科员', '科员及以下', '中共党员', '一般干部'],
      ['甲四', '县财政局', '科员', '科员及以下', '群众', '一般干部'],
      ['甲五', '县财政局', '科员', '科员及以下', ' 中共预备党员 ', '一般干部'],
      ['甲六', '县财政局', '科员', '科员及以下', true, '一般干部'],
      ['甲七', '县财政局', '科员', '科员及以下', false, '一般干部'],
    ]);
    const preview = await ok(env, 'people.importPreview', file, admin);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.value.name, r.value.partyMember])).toEqual([
      ['甲一', true], ['甲二', false], ['甲三', true], ['甲四', false], ['甲五', true], ['甲六', true], ['甲七', false],
    ]);
    await ok(env, 'people.importCommit', file, admin);
    const stored = await allPeople(env, admin);
    expect(stored.filter((p) => p.name.startsWith('甲')).map((p) => [p.name, p.partyMember]).sort()).toEqual([
      ['甲一', true], ['甲七', false], ['甲三', true], ['甲二', false], ['甲五', true], ['甲六', true], ['甲四', false],
    ].sort());
  });

  it('a row naming a person who has left (已离任) updates that record and keeps its status unless 状态 is given', async () => {
    const zhang = personNamed(await allPeople(env, admin), '张三');
    await ok(env, 'people.setStatus', { id: zhang.id, status: '已离任', version: zhang.version }, admin);
    const file = await plainFile([['张三', '县财政局', '副局长', '副科级', '是', '班子成员']]);
    const preview = await ok(env, 'people.importPreview', file, admin);
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]?.value).toMatchObject({ kind: '更新', personId: zhang.id, status: '已离任' });
    expect(await ok(env, 'people.importCommit', file, admin)).toEqual({ created: 0, updated: 1, unchanged: 0, markedLeft: 0 });
    expect(personNamed(await allPeople(env, admin), '张三')).toMatchObject({ id: zhang.id, post: '副局长', status: '已离任' });
  });

  it('finds a unit written with padding spaces ("城关  镇")', async () => {
    // The roster pads unit names as well as people's names; the unit is stored as 城关镇.
    const file = await plainFile([['周九', '城关  镇', '科员', '科员及以下', '是', '一般干部']]);
    const preview = await ok(env, 'people.importPreview', file, admin);
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]?.value.unitId).toBe(reg.town.id);
  });

  it('the template has the headers and imports once filled', async () => {
    const template = await ok(env, 'people.importTemplate', {}, admin);
    expect(template.fileName).toMatch(/^人员名册导入模板_\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.dataBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const ws = workbook.getWorksheet('人员名册');
    if (!ws) throw new Error('no sheet 人员名册');
    const headers = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getRow(2).getCell(c).value);
    expect(headers).toEqual(['姓名*', '所在单位*', '身份证号', '职务*', '职级*', '是否中共党员*', '身份类别*', '状态']);
    // The instructions name exactly the starred columns as the ones to fill.
    const notes = workbook.getWorksheet('填写说明');
    const first = String(notes?.getRow(2).getCell(1).value ?? '');
    const starred = headers.map(String).filter((h) => h.endsWith('*')).map((h) => h.slice(0, -1));
    expect(first).toContain(`每一行都要填：${starred.join('、')}。`);
    expect(first).toContain('身份证号、状态可以不填');
    ws.getRow(3).values = ['吴十', '县财政局', '', '局长', '正科级', '是', '主要负责人'];
    ws.getRow(4).values = ['郑十一', '东风村', '11010519491231002X', '会计', '村（社区）干部', '否', '一般干部', '在职'];
    const file = { fileName: '人员.xlsx', dataBase64: await toBase64(workbook) };
    expect(await ok(env, 'people.importCommit', file, admin)).toEqual({ created: 2, updated: 0, unchanged: 0, markedLeft: 0 });
    const people = await allPeople(env, admin);
    expect(personNamed(people, '吴十')).toMatchObject({ unitId: reg.finance.id, category: '主要负责人', idNumber: '' });
    expect(personNamed(people, '郑十一')).toMatchObject({ unitId: reg.village.id, partyMember: false, idNumber: '11010519491231002X' });
  });
});

describe('people import: rows with errors are reported and nothing is written', () => {
  let env: TestEnv;
  let admin: string;
  beforeEach(async () => {
    env = makeEnv();
    admin = await setupAdmin(env);
    await registry(env, admin);
  });
  afterEach(() => env.close());

  async function expectRowErrors(rows: Row[], expected: Array<{ rowNumber: number; message: string }>): Promise<Preview> {
    const file = await plainFile(rows);
    const before = fingerprint(env.db);
    const preview = await ok(env, 'people.importPreview', file, admin);
    expect(preview.errors).toEqual(expected);
    const error = refused(await send(env, 'people.importCommit', file, admin));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('导入未进行，未写入任何数据');
    for (const e of expected) expect(error.message).toContain(`第${e.rowNumber}行：${e.message}`);
    expect(fingerprint(env.db)).toBe(before);
    return preview;
  }

  const good: Row = ['周九', '县财政局', '科员', '科员及以下', '是', '一般干部'];

  it('an unknown unit', async () => {
    await expectRowErrors(
      [good, ['吴十', '县水利局', '科员', '科员及以下', '是', '一般干部']],
      [{ rowNumber: 3, message: '所在单位“县水利局”尚未登记：请先在单位名册中添加' }],
    );
  });

  it('an ambiguous unit (two 新村 under different towns)', async () => {
    await expectRowErrors(
      [['吴十', '新村', '会计', '村（社区）干部', '否', '一般干部'], good],
      [{ rowNumber: 2, message: '所在单位“新村”有 2 个同名单位，无法确定是哪一个' }],
    );
  });

  it('a revoked unit', async () => {
    await expectRowErrors(
      [good, ['吴十', '县农机站', '站长', '正科级', '是', '主要负责人']],
      [{ rowNumber: 3, message: '所在单位“县农机站”已撤销' }],
    );
  });

  it('a missing unit', async () => {
    await expectRowErrors([['吴十', '', '站长', '正科级', '是', '主要负责人']], [{ rowNumber: 2, message: '请填写所在单位' }]);
  });

  it('the same name twice in the same unit in the file (after cleaning)', async () => {
    await expectRowErrors(
      [
        ['吴十', '县财政局', '科员', '科员及以下', '是', '一般干部'],
        ['吴十', '城关镇', '科员', '科员及以下', '是', '一般干部'],
        ['吴  十', '县财政局', '副局长', '副科级', '否', '班子成员'],
      ],
      [{ rowNumber: 4, message: '与第2行同名且同在“县财政局”，请为两人填写身份证号以区分' }],
    );
  });

  it('a namesake already in post in the unit, is matched to that record when neither has an ID number', async () => {
    // Without an ID number on either side the row is the registry's 张三 (an update, not a second person).
    const preview = await ok(env, 'people.importPreview', await plainFile([good, ['张  三', '县财政局', '副局长', '副科级', '是', '班子成员']]), admin);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ created: 1, updated: 1, unchanged: 0 });
  });

  it('namesakes in one unit without ID numbers are ambiguous, naming the row', async () => {
    // Two 张三 in 县财政局, told apart by their ID numbers.
    const finance = (await ok(env, 'units.list', { q: '县财政局' }, admin)).rows[0];
    if (!finance) throw new Error('no 县财政局');
    const first = personNamed(await allPeople(env, admin), '张三');
    await ok(env, 'people.update', { id: first.id, version: first.version, name: first.name, idNumber: '11010519491231002X', unitId: first.unitId, post: first.post, rank: first.rank, partyMember: first.partyMember, category: first.category }, admin);
    await ok(env, 'people.create', { name: '张三', idNumber: '11010119900307803X', unitId: finance.id, post: '副局长', rank: '副科级', partyMember: true, category: '班子成员' }, admin);
    await expectRowErrors(
      [good, ['张三', '县财政局', '科员', '科员及以下', '是', '一般干部']],
      [{ rowNumber: 3, message: '“县财政局”有 2 名同名人员“张三”，无法确定是哪一位：请填写身份证号以区分' }],
    );
  });

  it('an invalid 职级', async () => {
    await expectRowErrors(
      [good, ['吴十', '县财政局', '局长', '局长级', '是', '主要负责人']],
      [{ rowNumber: 3, message: `职级“局长级”无效（可选：${RANKS.join('、')}）` }],
    );
  });

  it('a missing or unreadable 是否中共党员, and an invalid 身份类别', async () => {
    await expectRowErrors(
      [
        ['吴十', '县财政局', '科员', '科员及以下', '团员', '一般干部'],
        ['郑十一', '县财政局', '科员', '科员及以下', '', '一般干部'],
        ['冯十二', '县财政局', '科员', '科员及以下', '否', '临时工'],
      ],
      [
        { rowNumber: 2, message: '是否中共党员“团员”无法识别，请填“是”或“否”' },
        { rowNumber: 3, message: '请填写是否中共党员（是/否）' },
        { rowNumber: 4, message: `身份类别“临时工”无效（可选：${PERSON_CATEGORIES.join('、')}）` },
      ],
    );
  });

  it('several problems of one row are named together', async () => {
    await expectRowErrors(
      [['', '县水利局', '', '局长级', '是', '一般干部']],
      [{ rowNumber: 2, message: '请填写姓名；请填写职务；职级“局长级”无效（可选：正处级、副处级、正科级、副科级、科员及以下、村（社区）干部、企业管理人员、其他）；所在单位“县水利局”尚未登记：请先在单位名册中添加' }],
    );
  });

  it('all or nothing: one bad row among 50 good ones writes nothing', async () => {
    const rows: Row[] = [];
    for (let i = 1; i <= 50; i++) {
      rows.push([`干部${String(i).padStart(2, '0')}`, i % 2 === 0 ? '县财政局' : '城关镇', '科员', '科员及以下', i % 3 === 0 ? '否' : '是', '一般干部']);
    }
    rows.splice(25, 0, ['坏行', '县财政局', '科员', '处长', '是', '一般干部']); // becomes Excel row 27
    const countBefore = peopleCount(env);
    const preview = await expectRowErrors(rows, [{ rowNumber: 27, message: `职级“处长”无效（可选：${RANKS.join('、')}）` }]);
    expect(preview.total).toBe(51);
    expect(preview.rows).toHaveLength(50);
    expect(peopleCount(env)).toBe(countBefore);

    // The same file with the bad row fixed goes in whole.
    rows[25] = ['坏行', '县财政局', '科员', '科员及以下', '是', '一般干部'];
    expect(await ok(env, 'people.importCommit', await plainFile(rows), admin)).toEqual({ created: 51, updated: 0, unchanged: 0, markedLeft: 0 });
    expect(peopleCount(env)).toBe(countBefore + 51);
  });
});
