import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { writeWorkbook } from '../../electron/services/kernel/xlsx/writeTable.ts';
import type { WriteSheet } from '../../electron/services/kernel/xlsx/writeTable.ts';
import { readTable } from '../../electron/services/kernel/xlsx/readTable.ts';

const CADRES: WriteSheet = {
  name: '干部名册',
  title: 'XX县干部名册',
  columns: [
    { header: '序号', key: 'no', kind: 'number' },
    { header: '姓名', key: 'name' },
    { header: '工作单位', key: 'unit', width: 20 },
    { header: '出生日期', key: 'born', kind: 'date' },
    { header: '党员', key: 'member' },
    { header: '身份证号', key: 'id' },
    { header: '简历', key: 'cv' },
  ],
  rows: [
    { no: 1, name: '张三', unit: '城关镇人民政府', born: '1985-03-05', member: true, id: '110101198503051234', cv: '短' },
    { no: '2', name: '欧阳娜娜娜', unit: null, born: '2024-02-30', member: false, id: undefined, cv: '长'.repeat(80) },
  ],
  notes: ['带 * 的列必须填写。', '出生日期按 2024-01-31 的格式填写。'],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('writeWorkbook', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('returns xlsx bytes with the table sheet first and the notes on 填写说明', async () => {
    const bytes = await writeWorkbook([CADRES]);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip file
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['干部名册', '填写说明']);
    const notes = sheet(workbook, '填写说明');
    expect(notes.getCell('A2').value).toBe('带 * 的列必须填写。');
    expect(notes.getCell('A3').value).toBe('出生日期按 2024-01-31 的格式填写。');
  });

  it('writes a merged bold title and a bold, grey, bordered, frozen header', async () => {
    const ws = sheet(await load(await writeWorkbook([CADRES])), '干部名册');
    const title = ws.getCell('A1');
    expect(title.value).toBe('XX县干部名册');
    expect(title.font?.bold).toBe(true);
    expect(title.alignment?.horizontal).toBe('center');
    expect(ws.getCell('G1').isMerged).toBe(true);
    expect(ws.getCell('G1').master.address).toBe('A1');

    expect(ws.getRow(2).values).toEqual([undefined, '序号', '姓名', '工作单位', '出生日期', '党员', '身份证号', '简历']);
    const header = ws.getCell('B2');
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } });
    expect(header.border?.bottom?.style).toBe('thin');

    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('freezes the first row when there is no title', async () => {
    const ws = sheet(await load(await writeWorkbook([{ ...CADRES, title: undefined }])), '干部名册');
    expect(ws.getCell('A1').value).toBe('序号');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('sizes columns: given width, else longest value with CJK as 2, clamped to 8..60', async () => {
    const ws = sheet(await load(await writeWorkbook([CADRES])), '干部名册');
    expect(ws.getColumn(1).width).toBe(8); // 序号 / 1 / 2 → minimum
    expect(ws.getColumn(2).width).toBe(12); // 欧阳娜娜娜 = 10, + 2
    expect(ws.getColumn(3).width).toBe(20); // given
    expect(ws.getColumn(4).width).toBe(12); // 2024-02-30 = 10, + 2
    expect(ws.getColumn(6).width).toBe(20); // 18 digits + 2
    expect(ws.getColumn(7).width).toBe(60); // 160 → maximum
  });

  it('writes real dates, numbers, 是/否 and blanks', async () => {
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      const ws = sheet(await load(await writeWorkbook([CADRES])), '干部名册');
      const born = ws.getCell('D3');
      expect(born.value).toBeInstanceOf(Date);
      expect((born.value as Date).toISOString()).toBe('1985-03-05T00:00:00.000Z');
      expect(born.numFmt).toBe('yyyy-mm-dd');
      expect(ws.getCell('D4').value).toBe('2024-02-30'); // not a real day: kept as text

      expect(ws.getCell('A3').value).toBe(1);
      expect(ws.getCell('A4').value).toBe(2); // "2" in a number column becomes a number
      expect(ws.getCell('E3').value).toBe('是');
      expect(ws.getCell('E4').value).toBe('否');
      expect(ws.getCell('F3').value).toBe('110101198503051234'); // stays text, no precision loss
      expect(ws.getCell('C4').value).toBeNull();
      expect(ws.getCell('F4').value).toBeNull();
    }
  });

  it('reads back with readTable, title and notes sheet notwithstanding', async () => {
    const bytes = await writeWorkbook([CADRES]);
    const result = await readTable(bytes, [
      { key: 'name', header: '姓名', required: true },
      { key: 'unit', header: '工作单位', required: true },
      { key: 'born', header: '出生日期' },
      { key: 'no', header: '序号' },
      { key: 'member', header: '党员' },
      { key: 'id', header: '身份证号' },
    ]);
    expect(result).toEqual({
      ok: true,
      sheetName: '干部名册',
      headerRow: 2,
      rows: [
        { rowNumber: 3, values: { name: '张三', unit: '城关镇人民政府', born: '1985-03-05', no: '1', member: '是', id: '110101198503051234' } },
        { rowNumber: 4, values: { name: '欧阳娜娜娜', unit: '', born: '2024-02-30', no: '2', member: '否', id: '' } },
      ],
    });
  });

  it('an empty import template reads back as no rows', async () => {
    const template: WriteSheet = { ...CADRES, rows: [] };
    const result = await readTable(await writeWorkbook([template]), [{ key: 'name', header: '姓名', required: true }]);
    expect(result).toEqual({ ok: true, sheetName: '干部名册', headerRow: 2, rows: [] });
  });

  it('makes sheet names valid and unique', async () => {
    const one = (name: string, notes?: string[]): WriteSheet => ({ name, columns: [{ header: '姓名', key: 'name' }], rows: [], notes });
    const workbook = await load(await writeWorkbook([one('2024/01 名册', ['a']), one('2024/01 名册', ['b']), one('x'.repeat(40))]));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      '2024_01 名册', '2024_01 名册(2)', 'x'.repeat(31), '2024/01 名册填写说明'.replace('/', '_'), '2024_01 名册填写说明(2)',
    ]);
  });
});
