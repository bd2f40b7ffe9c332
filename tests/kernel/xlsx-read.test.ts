import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { readTable } from '../../electron/services/kernel/xlsx/readTable.ts';
import type { ColumnSpec, ReadResult } from '../../electron/services/kernel/xlsx/readTable.ts';

const COLUMNS: ColumnSpec[] = [
  { key: 'name', header: '姓名', required: true },
  { key: 'age', header: '年龄' },
  { key: 'unit', header: '单位', aliases: ['工作单位', '单位名称'], required: true },
  { key: 'joined', header: '入职日期' },
  { key: 'note', header: '备注' },
  { key: 'phone', header: '联系电话' }, // optional, absent from most files
];

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as Uint8Array);
}

async function build(fill: (ws: Worksheet, wb: ExcelJS.Workbook) => void, sheetName = '名册'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet(sheetName), workbook);
  return toBytes(workbook);
}

function expectOk(result: ReadResult): Extract<ReadResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result;
}

function expectError(result: ReadResult): string {
  if (result.ok) throw new Error('expected ok:false');
  return result.message;
}

/** A register as offices keep it: merged title, date line, messy header, messy cells. */
function register(ws: Worksheet): void {
  ws.getCell('A1').value = 'XX县单位名册';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = '统计日期：2024年3月1日';
  ws.getRow(3).values = ['姓 名*', '年龄', '工作单位（必填）', '入职\n日期', '备注', '无关列'];

  ws.getRow(4).values = ['　张三　', '35', '城关镇人民政府', new Date(Date.UTC(2020, 0, 15)), { richText: [{ text: '优秀' }, { text: '党员', font: { bold: true } }] }, 'x'];
  ws.getRow(5).values = ['张  三', 35, null, '2021-06-01', { formula: '1+1', result: 2 }];
  ws.mergeCells('C4:C5'); // one unit for two people
  // row 6 left empty in the middle
  ws.getRow(7).values = ['李四', '３６', '县纪委监委', new Date(Date.UTC(2024, 2, 5, 18, 0)), { text: '链接', hyperlink: 'https://example.org' }];
  ws.getRow(8).values = [null, null, null, null, null, '只有无关列有值'];
  ws.getRow(9).values = ['王五', 40.5, '县委办', '不详'];
  ws.mergeCells('D9:E9');
  ws.getRow(10).values = ['赵六', { formula: '0.1+0.2', result: 0.30000000000000004 }, '县财政局', null, true];
  ws.getRow(11).values = ['钱七', { formula: '1/0', result: { error: '#DIV/0!' } }, '县审计局', null, false];
  // trailing rows: empty, a styled-but-empty one, spaces only
  ws.getCell('A13').border = { top: { style: 'thin' } };
  ws.getCell('B14').value = '　 ';
}

describe('readTable on a real-looking register', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('skips the title rows and finds the header despite *, （必填）, spaces and line breaks', async () => {
    const result = expectOk(await readTable(await build(register), COLUMNS));
    expect(result.sheetName).toBe('名册');
    expect(result.headerRow).toBe(3);
  });

  it('returns the cells as typed (without the spaces around them) with Excel row numbers, skipping empty rows', async () => {
    const result = expectOk(await readTable(await build(register), COLUMNS));
    expect(result.rows.map((r) => r.rowNumber)).toEqual([4, 5, 7, 9, 10, 11]);
    expect(result.rows[0]?.values).toEqual({
      name: '张三', age: '35', unit: '城关镇人民政府', joined: '2020-01-15', note: '优秀党员', phone: '',
    });
    expect(result.rows[1]?.values).toEqual({
      name: '张  三', age: '35', unit: '城关镇人民政府', joined: '2021-06-01', note: '2', phone: '',
    });
    expect(result.rows[2]?.values).toEqual({
      name: '李四', age: '３６', unit: '县纪委监委', joined: '2024-03-05', note: '链接', phone: '',
    });
    expect(result.rows[3]?.values).toMatchObject({ name: '王五', age: '40.5', joined: '不详', note: '不详' });
    expect(result.rows[4]?.values).toMatchObject({ name: '赵六', age: '0.3', note: '是' });
    expect(result.rows[5]?.values).toMatchObject({ name: '钱七', age: '#DIV/0!', note: '否' });
  });

  it('formats dates as the cell calendar date whatever the time zone', async () => {
    const bytes = await build(register);
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      const result = expectOk(await readTable(bytes, COLUMNS));
      expect(result.rows.map((r) => r.values.joined)).toEqual(['2020-01-15', '2021-06-01', '2024-03-05', '不详', '', '']);
    }
  });

  it('uses the first sheet that has the header', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').getCell('A1').value = '请在第二个工作表填写';
    const data = workbook.addWorksheet('数据');
    data.getRow(1).values = ['单位名称', '姓名'];
    data.getRow(2).values = ['县委办', '王五'];
    const result = expectOk(await readTable(await toBytes(workbook), COLUMNS));
    expect(result.sheetName).toBe('数据');
    expect(result.headerRow).toBe(1);
    expect(result.rows).toEqual([
      { rowNumber: 2, values: { name: '王五', age: '', unit: '县委办', joined: '', note: '', phone: '' } },
    ]);
  });

  it('prefers a visible sheet over a hidden one', async () => {
    const workbook = new ExcelJS.Workbook();
    const lookup = workbook.addWorksheet('旧数据', { state: 'hidden' });
    lookup.getRow(1).values = ['姓名', '单位'];
    lookup.getRow(2).values = ['旧', '旧'];
    const data = workbook.addWorksheet('数据');
    data.getRow(1).values = ['姓名', '单位'];
    data.getRow(2).values = ['新', '新'];
    const result = expectOk(await readTable(await toBytes(workbook), COLUMNS));
    expect(result.sheetName).toBe('数据');
    expect(result.rows[0]?.values.name).toBe('新');
  });

  it('handles a two-level header with merged header cells', async () => {
    const bytes = await build((ws) => {
      ws.getCell('A1').value = '姓名';
      ws.mergeCells('A1:A2');
      ws.getCell('B1').value = '单位';
      ws.mergeCells('B1:B2');
      ws.getCell('C1').value = '联系方式';
      ws.mergeCells('C1:D1');
      ws.getCell('C2').value = '联系电话';
      ws.getCell('D2').value = '邮箱';
      ws.getCell('E1').value = '备注';
      ws.mergeCells('E1:F2'); // one wide header cell must not count as a duplicate
      ws.getRow(3).values = ['张三', '县委办', '13800000000', 'a@b.c', '无'];
    });
    const result = expectOk(await readTable(bytes, COLUMNS));
    expect(result.headerRow).toBe(2);
    expect(result.rows).toEqual([
      { rowNumber: 3, values: { name: '张三', age: '', unit: '县委办', joined: '', note: '无', phone: '13800000000' } },
    ]);
  });

  it('returns no rows for a header with nothing under it', async () => {
    const bytes = await build((ws) => {
      ws.getRow(1).values = ['姓名', '单位'];
    });
    expect(expectOk(await readTable(bytes, COLUMNS)).rows).toEqual([]);
  });
});

describe('readTable rejections', () => {
  it('rejects bytes that are not an xlsx file', async () => {
    const garbage = new TextEncoder().encode('这不是 Excel 文件 \u0000\u0001\u0002 garbage');
    expect(expectError(await readTable(garbage, COLUMNS))).toContain('文件无法读取：请确认是 Excel .xlsx 格式');
    expect(expectError(await readTable(new Uint8Array(0), COLUMNS))).toContain('文件无法读取');
  });

  it('explains old .xls / password-protected files', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const message = expectError(await readTable(ole, COLUMNS));
    expect(message).toContain('文件无法读取');
    expect(message).toContain('.xls');
  });

  it('rejects a workbook without sheets', async () => {
    const message = expectError(await readTable(await toBytes(new ExcelJS.Workbook()), COLUMNS));
    expect(message).toContain('没有工作表');
  });

  it('rejects a sheet whose required header is missing, naming it', async () => {
    const bytes = await build((ws) => {
      ws.getRow(1).values = ['姓名', '年龄', '备注'];
      ws.getRow(2).values = ['张三', 35, ''];
    });
    const message = expectError(await readTable(bytes, COLUMNS));
    expect(message).toContain('没有找到表头');
    expect(message).toContain('单位');
  });

  it('looks for the header only in the first 20 rows', async () => {
    const at = (row: number) =>
      build((ws) => {
        ws.getRow(row).values = ['姓名', '单位'];
        ws.getRow(row + 1).values = ['张三', '县委办'];
      });
    expect(expectOk(await readTable(await at(20), COLUMNS)).headerRow).toBe(20);
    expect(expectError(await readTable(await at(21), COLUMNS))).toContain('没有找到表头');
  });

  it('rejects a header that appears twice, naming it', async () => {
    const bytes = await build((ws) => {
      ws.getRow(1).values = ['姓名', '单位', '年龄', '姓 名'];
      ws.getRow(2).values = ['张三', '县委办', 35, '李四'];
    });
    const message = expectError(await readTable(bytes, COLUMNS));
    expect(message).toContain('“姓名”');
    expect(message).toContain('A 列和 D 列');
  });

  it('treats a header and its alias together as a duplicate', async () => {
    const bytes = await build((ws) => {
      ws.getRow(1).values = ['姓名', '单位', '单位名称'];
    });
    expect(expectError(await readTable(bytes, COLUMNS))).toContain('“单位”');
  });

  it('enforces maxRows, counting only non-empty rows', async () => {
    const bytes = await build((ws) => {
      ws.getRow(1).values = ['姓名', '单位'];
      for (let i = 0; i < 5; i++) ws.getRow(2 + i * 2).values = [`人${i}`, '县委办']; // empty rows between
    });
    expect(expectOk(await readTable(bytes, COLUMNS, { maxRows: 5 })).rows).toHaveLength(5);
    const message = expectError(await readTable(bytes, COLUMNS, { maxRows: 4 }));
    expect(message).toContain('4 行');
  });

  it('has a default limit of 20000 rows', async () => {
    const bytes = await build((ws) => {
      ws.getRow(1).values = ['姓名', '单位'];
      for (let i = 0; i < 20001; i++) ws.getRow(2 + i).values = ['张三', '县委办'];
    });
    expect(expectError(await readTable(bytes, COLUMNS))).toContain('20000 行');
  });
});
