// Survey and cost figures, and the Excel sheets of the inputs, through the dispatcher: figures
// entered exactly (87.35 → 8735; 87.355 and 101 refused, naming the unit and the survey), the
// template read back (headers, list validations, "—" where an item does not apply), the preview
// (新增 / 修改 / 不变, errors by row) and the import — all rows in one transaction or none.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ok, send } from '../../helpers/services.ts';
import { indexEachTest, INDEX_YEAR } from '../office.ts';

const t = indexEachTest();
const Q = { year: INDEX_YEAR, quarter: 3 };

async function sheet(header: string[], rows: Array<Array<string | number>>, fileName = '调查结果.xlsx') {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['2026年第3季度 满意度调查结果']);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const buffer = await wb.xlsx.writeBuffer();
  return { fileName, dataBase64: Buffer.from(buffer as ArrayBuffer).toString('base64') };
}

const SURVEY_HEADER = ['单位名称', '所属乡镇', '单位类型', '民意调查满意率（%）', '经济主体调查满意率（%）'];

describe('figures entered by hand', () => {
  it('a rate is kept exactly in hundredths; 3 decimals or over 100 are refused naming unit and survey', async () => {
    const { env, o } = t;
    const row = await ok(env, 'integrity.setMeasure', { kind: '满意度调查', ...Q, unitId: o.villageId, values: { public: 87.35, business: 90 } }, o.handler);
    expect(row.values).toMatchObject({ public: 8735, business: 9000, clients: null });
    expect(env.db.prepare('SELECT rate FROM index_surveys WHERE survey_key = ?').get('public')).toEqual({ rate: 8735 });
    const three = await send(env, 'integrity.setMeasure', { kind: '满意度调查', ...Q, unitId: o.villageId, values: { public: 87.355 } }, o.handler);
    expect(three).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/城关东村.*民意调查满意率（%）”最多保留两位小数/) } });
    const over = await send(env, 'integrity.setMeasure', { kind: '满意度调查', ...Q, unitId: o.villageId, values: { business: 101 } }, o.handler);
    expect(over).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('经济主体调查满意率（%）”应在0到100之间') } });
    const cleared = await ok(env, 'integrity.setMeasure', { kind: '满意度调查', ...Q, unitId: o.villageId, values: { public: null } }, o.manager);
    expect(cleared.values.public).toBeNull();
    const audit = env.db.prepare("SELECT summary FROM audit WHERE entity = 'index-measure' ORDER BY id DESC").get() as { summary: string };
    expect(JSON.parse(audit.summary).values).toBe('民意调查满意率（%）：87.35 → 未录入');
  });

  it('costs: both figures together; a saving rate beyond ±100 is refused; the list shows them', async () => {
    const { env, o } = t;
    const half = await send(env, 'integrity.setMeasure', { kind: '行政成本', ...Q, unitId: o.villageId, values: { costPerCapita: 1250.5 } }, o.handler);
    expect(half).toMatchObject({ ok: false, error: { message: expect.stringContaining('行政成本节约率（%）') } });
    const far = await send(env, 'integrity.setMeasure', { kind: '行政成本', ...Q, unitId: o.villageId, values: { costPerCapita: 1250.5, savingRate: -100.01 } }, o.handler);
    expect(far).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await ok(env, 'integrity.setMeasure', { kind: '行政成本', ...Q, unitId: o.villageId, values: { costPerCapita: 1250.5, savingRate: -3.25 } }, o.handler);
    const list = await ok(env, 'integrity.measures', { kind: '行政成本', ...Q, unitType: '行政村', page: 0, pageSize: 20 }, o.readonly);
    expect(list.total).toBe(4);
    expect(list.rows.find((r) => r.unitId === o.villageId)).toMatchObject({ values: { costPerCapita: 125050, savingRate: -325 }, entered: { enteredByName: expect.any(String) } });
    const forbidden = await send(env, 'integrity.setMeasure', { kind: '行政成本', ...Q, unitId: o.villageId, values: { costPerCapita: 1 } }, o.leader);
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the template', () => {
  it('a checklist sheet: title, headers, list validations, shaded "—" where an item does not apply, current values', async () => {
    const { env, o } = t;
    await ok(env, 'integrity.setChecklist', { ...Q, unitId: o.villageId, results: [{ itemKey: 'collective', result: '部分落实' }] }, o.handler);
    const file = await ok(env, 'integrity.template', { kind: '控制性检查', ...Q }, o.handler);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe('2026年第3季度 控制性检查结果');
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['单位名称', '所属乡镇', '单位类型', '三重一大集体决策', '财务双签', '招投标进场交易', '村务公开按时', '政务公开按时', '厂务公开按时', '公车登记']);
    const rows = Array.from({ length: ws.rowCount - 2 }, (_, i) => ws.getRow(i + 3));
    expect(rows).toHaveLength(6);
    const village = rows.find((r) => r.getCell(1).value === '城关东村')!;
    expect(village.getCell(2).value).toBe('城关镇');
    expect(village.getCell(4).value).toBe('部分落实');
    expect(village.getCell(4).dataValidation).toMatchObject({ type: 'list', formulae: ['"落实,部分落实,未落实"'] });
    expect(village.getCell(8).value).toBe('—');
    expect(village.getCell(8).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(village.getCell(8).dataValidation).toBeUndefined();
    const town = rows.find((r) => r.getCell(1).value === '城关镇')!;
    expect(town.getCell(7).value).toBe('—');
    expect(town.getCell(8).dataValidation).toMatchObject({ type: 'list' });
  });
});

describe('an import', () => {
  it('with one bad row writes nothing and says which rows to fix; the preview lists them', async () => {
    const { env, o } = t;
    const file = await sheet(SURVEY_HEADER, [
      ['城关东村', '城关镇', '行政村', 88.5, 90],
      ['青山东村', '青山乡', '行政村', 87.355, ''],
      ['不存在村', '城关镇', '行政村', 80, ''],
      ['城关东村', '城关镇', '行政村', 80, ''],
    ]);
    const preview = await ok(env, 'integrity.previewImport', { kind: '满意度调查', ...Q, file }, o.handler);
    expect(preview.errors.map((e) => e.rowNumber)).toEqual([4, 5, 6]);
    expect(preview.errors[0]!.message).toContain('民意调查满意率（%）”最多保留两位小数');
    expect(preview.errors[1]!.message).toContain('没有单位“不存在村”');
    expect(preview.errors[2]!.message).toContain('与第3行是同一单位');
    const r = await send(env, 'integrity.import', { kind: '满意度调查', ...Q, file }, o.handler);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/^文件未导入，请修改后重新导入。第4行：/) } });
    expect(env.db.prepare('SELECT (SELECT count(*) FROM index_surveys) + (SELECT count(*) FROM index_imports) AS n').get()).toEqual({ n: 0 });
  });

  it('a good file writes every row with its import id; the preview says 新增 / 修改 / 不变', async () => {
    const { env, o } = t;
    await ok(env, 'integrity.setMeasure', { kind: '满意度调查', ...Q, unitId: o.villageId, values: { public: 88.5 } }, o.handler);
    await ok(env, 'integrity.setMeasure', { kind: '满意度调查', ...Q, unitId: o.otherVillageId, values: { public: 70 } }, o.handler);
    const file = await sheet(SURVEY_HEADER, [
      ['城关东村', '城关镇', '行政村', 88.5, ''],
      ['城关西村', '城关镇', '行政村', 75, ''],
      ['青山东村', '青山乡', '行政村', '91', 92.25],
      ['城关镇', '', '镇（街道）', '', 99],
    ]);
    const preview = await ok(env, 'integrity.previewImport', { kind: '满意度调查', ...Q, file }, o.manager);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.unitName, r.change])).toEqual([['城关东村', '不变'], ['城关西村', '修改'], ['青山东村', '新增'], ['城关镇', '新增']]);
    expect(preview.rows[2]!.values).toEqual({ '民意调查满意率（%）': '91', '经济主体调查满意率（%）': '92.25' });
    const done = await ok(env, 'integrity.import', { kind: '满意度调查', ...Q, file }, o.manager);
    expect(done).toMatchObject({ rows: 4, added: 2, changed: 1 });
    const imported = env.db.prepare('SELECT count(*) AS n FROM index_surveys WHERE import_id = ?').get(done.importId) as { n: number };
    expect(imported.n).toBe(4);
    const record = env.db.prepare('SELECT file_name AS fileName, sha256, rows FROM index_imports WHERE id = ?').get(done.importId);
    expect(record).toMatchObject({ fileName: '调查结果.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), rows: 4 });
    const audits = env.db.prepare("SELECT count(*) AS n FROM audit WHERE entity = 'index-import'").get();
    expect(audits).toEqual({ n: 1 });
    const list = await ok(env, 'integrity.measures', { kind: '满意度调查', ...Q, q: '青山东', page: 0, pageSize: 20 }, o.readonly);
    expect(list.rows[0]!.values).toMatchObject({ public: 9100, business: 9225 });
  });

  it('a checklist sheet: "—" only where the item does not apply; an item of another type is refused', async () => {
    const { env, o } = t;
    const header = ['单位名称', '所属乡镇', '三重一大集体决策', '村务公开按时', '政务公开按时'];
    const bad = await sheet(header, [['城关东村', '城关镇', '落实', '—', '落实'], ['城关镇', '', '—', '', '落实']], '检查.xlsx');
    const preview = await ok(env, 'integrity.previewImport', { kind: '控制性检查', ...Q, file: bad }, o.handler);
    expect(preview.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('村务公开按时”适用于行政村'),
      expect.stringContaining('政务公开按时”不适用于行政村'),
      expect.stringContaining('三重一大集体决策”适用于镇（街道）'),
    ]);
    const good = await sheet(header, [['城关东村', '城关镇', '落实', '部分落实', '—'], ['城关镇', '', '未落实', '—', '落实']], '检查.xlsx');
    const done = await ok(env, 'integrity.import', { kind: '控制性检查', ...Q, file: good }, o.handler);
    expect(done).toMatchObject({ rows: 2, added: 2, changed: 0 });
    const row = await ok(env, 'integrity.checklist', { ...Q, unitType: '行政村', q: '城关东', onlyMissing: false, page: 0, pageSize: 10 }, o.readonly);
    expect(row.rows[0]!.cells.filter((c) => c.result).map((c) => [c.itemKey, c.result])).toEqual([['collective', '落实'], ['village-affairs', '部分落实']]);
    expect(o.villageId).toBe(row.rows[0]!.unitId);
  });

  it('a period the scheme does not enter is refused before the file is read', async () => {
    const { env, o } = t;
    const file = await sheet(SURVEY_HEADER, [['城关东村', '城关镇', '行政村', 88, '']]);
    const r = await send(env, 'integrity.import', { kind: '满意度调查', year: INDEX_YEAR, quarter: 0, file }, o.handler);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请选择第1至4季度') } });
  });
});
