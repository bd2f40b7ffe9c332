// Excel exports of the registry lists on the demo county: read back with exceljs, they hold
// exactly the listed rows under the office's column names, and each export is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { fingerprint, makeEnv, ok, send, setupAdmin, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { PERSON_EXPORT_COLUMNS, UNIT_EXPORT_COLUMNS } from '../../../electron/services/registry/exportRegistry.ts';
import type { OpInput } from '../../../shared/api.ts';
import type { FileResult, Page } from '../../../shared/kernel/common.ts';
import type { UnitRow } from '../../../shared/registry/units.ts';
import type { PersonRow } from '../../../shared/registry/people.ts';

async function sheetOf(file: FileResult): Promise<Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const ws = workbook.worksheets[0];
  if (!ws) throw new Error('the export has no sheet');
  return ws;
}

function rowValues(ws: Worksheet, rowNumber: number, count: number): CellValue[] {
  const row = ws.getRow(rowNumber);
  return Array.from({ length: count }, (_, i) => row.getCell(i + 1).value);
}

/** Data rows below the title (1) and header (2). */
function dataRows(ws: Worksheet, count: number): CellValue[][] {
  const out: CellValue[][] = [];
  // Title, 制表单位 (the demo office's 机关信息), header, then the rows.
  for (let r = 4; r <= ws.rowCount; r++) out.push(rowValues(ws, r, count));
  return out;
}

async function listAll<T>(fetch: (page: number) => Promise<Page<T>>): Promise<{ rows: T[]; total: number }> {
  const rows: T[] = [];
  for (let page = 0; ; page++) {
    const result = await fetch(page);
    rows.push(...result.rows);
    if (rows.length >= result.total || result.rows.length === 0) return { rows, total: result.total };
  }
}

function expectLayout(ws: Worksheet, headers: string[], title: RegExp): void {
  expect(String(ws.getCell('A1').value)).toMatch(title);
  expect(ws.getCell('A1').isMerged).toBe(true);
  expect(ws.getCell(1, headers.length).master.address).toBe('A1');
  expect(String(ws.getCell('A2').value)).toBe('制表单位：中共临江县纪律检查委员会　临江县监察委员会');
  expect(rowValues(ws, 3, headers.length + 1)).toEqual([...headers, null]);
  const view = ws.views[0];
  expect(view?.state).toBe('frozen');
  expect(view && 'ySplit' in view ? view.ySplit : undefined).toBe(3);
}

describe('registry exports on the demo county', () => {
  let env: TestEnv;
  let admin: string;
  let reader: string;
  beforeAll(async () => {
    env = makeEnv();
    admin = await setupAdmin(env, true);
    reader = await userWithRole(env, '只读', 'reader');
  });
  afterAll(() => env.close());

  const unitHeaders = UNIT_EXPORT_COLUMNS.map((c) => c.header);
  const personHeaders = PERSON_EXPORT_COLUMNS.map((c) => c.header);

  it('uses the office column names', () => {
    expect(unitHeaders).toEqual(['序号', '单位名称', '单位类型', '上级单位', '编制人数', '主要负责人', '联系干部', '在职人数', '状态']);
    expect(personHeaders).toEqual(['序号', '姓名', '所在单位', '身份证号', '职务', '职级', '是否中共党员', '身份类别', '状态']);
  });

  it('units.export of 行政村: title, header, frozen, the listed rows in order, numbers as numbers', async () => {
    const filters = { type: '行政村' } as const;
    const list = await listAll<UnitRow>((page) => ok(env, 'units.list', { ...filters, page, pageSize: 100 }, admin));
    expect(list.total).toBeGreaterThan(20);
    const allUnits = (await ok(env, 'units.list', { pageSize: 1 }, admin)).total;
    expect(list.total).toBeLessThan(allUnits);

    const file = await ok(env, 'units.export', filters, admin);
    expect(file.fileName).toMatch(/^单位名册_\d{8}\.xlsx$/);
    const ws = await sheetOf(file);
    expect(ws.name).toBe('单位名册');
    expectLayout(ws, unitHeaders, new RegExp(`^单位名册（\\d{4}-\\d{2}-\\d{2}导出，共${list.total}个）$`));

    const rows = dataRows(ws, unitHeaders.length);
    expect(rows).toHaveLength(list.total);
    rows.forEach((row, i) => {
      const unit = list.rows[i] as UnitRow;
      expect(row).toEqual([i + 1, unit.name, '行政村', unit.parentName, unit.headcount, unit.leaderName, unit.liaisonName, unit.peopleCount, unit.status]);
      expect(typeof row[0]).toBe('number');
      expect(typeof row[4]).toBe('number');
      expect(typeof row[7]).toBe('number');
      expect(row[3]).toMatch(/(镇|街道)$/);
    });
  });

  it('units.export with a search and a sort matches units.list', async () => {
    const filters = { q: '河口', sortField: 'headcount', sortDir: 'desc' } as const;
    const list = await listAll<UnitRow>((page) => ok(env, 'units.list', { ...filters, page, pageSize: 100 }, admin));
    expect(list.total).toBeGreaterThan(1);
    const ws = await sheetOf(await ok(env, 'units.export', filters, admin));
    const rows = dataRows(ws, unitHeaders.length);
    expect(rows.map((r) => r[1])).toEqual(list.rows.map((u) => u.name));
    for (const row of rows) expect(String(row[1])).toContain('河口');
    const counts = rows.map((r) => r[4] as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('units.export of nothing found still has the title and header', async () => {
    const ws = await sheetOf(await ok(env, 'units.export', { q: '不存在的单位名称' }, admin));
    expectLayout(ws, unitHeaders, /共0个）$/);
    expect(ws.rowCount).toBe(3);
  });

  it('people.export with a search: the listed people, 是/否 for party membership', async () => {
    const filters = { q: '王' } as const;
    const list = await listAll<PersonRow>((page) => ok(env, 'people.list', { ...filters, page, pageSize: 100 }, admin));
    expect(list.total).toBeGreaterThan(20);

    const file = await ok(env, 'people.export', filters, admin);
    expect(file.fileName).toMatch(/^人员名册_\d{8}\.xlsx$/);
    const ws = await sheetOf(file);
    expect(ws.name).toBe('人员名册');
    expectLayout(ws, personHeaders, new RegExp(`^人员名册（\\d{4}-\\d{2}-\\d{2}导出，共${list.total}人）$`));

    const rows = dataRows(ws, personHeaders.length);
    expect(rows).toHaveLength(list.total);
    rows.forEach((row, i) => {
      const p = list.rows[i] as PersonRow;
      expect(row).toEqual([i + 1, p.name, p.unitName, p.idNumber || null, p.post, p.rank, p.partyMember ? '是' : '否', p.category, p.status]);
      expect(String(row[1])).toContain('王');
    });
    const marks = new Set(rows.map((r) => r[6]));
    expect(marks).toEqual(new Set(['是', '否']));
  });

  it('people.export filtered on non-members and a category', async () => {
    const filters: OpInput<'people.export'> = { partyMember: false, category: '一般干部' };
    const total = (await ok(env, 'people.list', { ...filters, pageSize: 1 }, admin)).total;
    expect(total).toBeGreaterThan(0);
    const rows = dataRows(await sheetOf(await ok(env, 'people.export', filters, admin)), personHeaders.length);
    expect(rows).toHaveLength(total);
    for (const row of rows) {
      expect(row[6]).toBe('否');
      expect(row[7]).toBe('一般干部');
    }
  });

  it('people.export of everyone has every person', async () => {
    const total = (await ok(env, 'people.list', { pageSize: 1 }, admin)).total;
    expect(total).toBeGreaterThanOrEqual(1500);
    const ws = await sheetOf(await ok(env, 'people.export', {}, admin));
    expect(ws.rowCount - 3).toBe(total);
    expect(ws.getCell(ws.rowCount, 1).value).toBe(total);
  });

  it('an export writes exactly one audit entry and changes nothing else', async () => {
    const countsBefore = JSON.parse(fingerprint(env.db)) as { counts: Array<[string, number]> };
    const before = await ok(env, 'audit.list', { pageSize: 5 }, admin);
    await ok(env, 'units.export', { type: '行政村' }, admin);
    const after = await ok(env, 'audit.list', { pageSize: 5 }, admin);
    expect(after.total).toBe(before.total + 1);
    const entry = after.rows[0];
    expect(entry).toMatchObject({ op: 'units.export', entity: 'export', username: 'admin' });
    const villages = (await ok(env, 'units.list', { type: '行政村', pageSize: 1 }, admin)).total;
    expect(JSON.parse(entry?.summary ?? 'null')).toMatchObject({ list: '单位名册', rows: villages, filters: { type: '行政村' } });

    await ok(env, 'people.export', { q: '王' }, admin);
    const last = await ok(env, 'audit.list', { pageSize: 5 }, admin);
    expect(last.total).toBe(before.total + 2);
    expect(last.rows[0]).toMatchObject({ op: 'people.export', entity: 'export' });
    expect(JSON.parse(last.rows[0]?.summary ?? 'null')).toMatchObject({ list: '人员名册', filters: { q: '王' } });

    const countsAfter = JSON.parse(fingerprint(env.db)) as { counts: Array<[string, number]> };
    const withoutAudit = (c: { counts: Array<[string, number]> }) => c.counts.filter(([name]) => name !== 'audit');
    expect(withoutAudit(countsAfter)).toEqual(withoutAudit(countsBefore));
    expect((await ok(env, 'audit.verify', {}, admin)).ok).toBe(true);
  });

  it('a 只读 user may export, and the export is audited under that user', async () => {
    const units = await ok(env, 'units.export', { type: '社区' }, reader);
    const communities = (await ok(env, 'units.list', { type: '社区', pageSize: 1 }, reader)).total;
    expect(dataRows(await sheetOf(units), unitHeaders.length)).toHaveLength(communities);
    const people = await ok(env, 'people.export', { q: '李' }, reader);
    expect(people.fileName).toMatch(/^人员名册_/);
    const audit = await ok(env, 'audit.list', { pageSize: 2 }, admin);
    expect(audit.rows.map((r) => [r.op, r.username])).toEqual([
      ['people.export', 'reader'],
      ['units.export', 'reader'],
    ]);
  });

  it('an export with an invalid filter is refused and not audited', async () => {
    const before = fingerprint(env.db);
    const res = await send(env, 'units.export', { type: '生产队' }, admin);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('VALIDATION');
    const noSession = await send(env, 'people.export', {}, null);
    expect(noSession.ok).toBe(false);
    if (!noSession.ok) expect(noSession.error.code).toBe('UNAUTHENTICATED');
    expect(fingerprint(env.db)).toBe(before);
  });
});
