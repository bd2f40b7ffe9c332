// A workbook is measured before exceljs holds it (issue 10 §8): its parts inflated as a stream,
// counting the bytes that come out (never the sizes the headers claim), the sheets' rows and
// cells, stopping at the first limit passed. Then read in a worker thread.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { checkXlsx, TagCounter, UNREADABLE, XLSX_LIMITS, type XlsxLimits } from '../../electron/services/kernel/xlsx/zipCheck.ts';
import { readTable, type ColumnSpec, type ReadResult } from '../../electron/services/kernel/xlsx/readTable.ts';
import { readTableInWorker, TOO_BIG_TO_READ, TOO_SLOW_TO_READ } from '../../electron/services/kernel/xlsx/readInWorker.ts';
import { repeatedRows, rowXml, SHEET_HEAD, SHEET_TAIL, workbookParts, zip, type ZipPart } from '../helpers/xlsxZip.ts';

const COLUMNS: ColumnSpec[] = [
  { key: 'name', header: '姓名', required: true },
  { key: 'unit', header: '单位', required: true },
];
const LIMITS: XlsxLimits = { ...XLSX_LIMITS, maxRows: 20000, headerRows: 20 };
const TOO_MANY_ROWS = '数据超过 20000 行的上限，请把表格拆分成多个文件后分批导入。';
const TOO_BIG = '文件解压后超过 100MB（可能是损坏或异常的文件），未导入。请确认这是正常的 Excel 文件，或把数据拆分成多个文件。';

function message(result: ReadResult | Awaited<ReturnType<typeof checkXlsx>>): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

/** How long `work` took and how far the process's memory rose meanwhile (sampled every 5 ms). */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; rssMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - start;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms, rssMb: (peak - before) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

describe('zip bombs are refused having inflated no more than the limit', () => {
  it('a sheet of 500 MB of rows, in a file of a few MB: refused at the row limit, fast, in little memory', async () => {
    const row = rowXml(['张三', '县委办'], 2);
    const times = Math.ceil((500 * 1024 * 1024) / row.length);
    const bomb = repeatedRows(['姓名', '单位'], ['张三', '县委办'], times);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const { value, ms, rssMb } = await measured(() => readTable(bomb, COLUMNS));
    expect(message(value)).toBe(TOO_MANY_ROWS);
    // About 30 ms and a few MB here; the time bound is loose for a busy machine (the suite must
    // pass on one): the memory says it stopped. Loaded by exceljs, a file like it took 34 s and 4 GB.
    expect(ms).toBeLessThan(10_000);
    expect(rssMb).toBeLessThan(200);
  });

  it('500 MB of text whose headers claim 1 KB: refused once 100 MB have come out', async () => {
    const filler = '<!-- 填充 -->';
    const bomb = zip(workbookParts({ head: SHEET_HEAD, repeat: filler, times: Math.ceil((500 * 1024 * 1024) / Buffer.byteLength(filler)), tail: SHEET_TAIL }).map(
      (part): ZipPart => (part.name.endsWith('sheet1.xml') ? { ...part, claimedSize: 1024 } : part),
    ));
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const { value, ms, rssMb } = await measured(() => readTable(bomb, COLUMNS));
    expect(message(value)).toBe(TOO_BIG);
    expect(ms).toBeLessThan(10_000);
    expect(rssMb).toBeLessThan(200);
  });

  it('the bytes of all parts count together', async () => {
    const part = (n: number): ZipPart => ({ name: `xl/media/bomb${n}.bin`, content: { head: '', repeat: 'x'.repeat(1024), times: 40 * 1024, tail: '' } });
    const bomb = zip(workbookParts(SHEET_HEAD + SHEET_TAIL, [part(1), part(2), part(3)]));
    expect(message(await checkXlsx(bomb, LIMITS))).toBe(TOO_BIG);
    expect((await checkXlsx(zip(workbookParts(SHEET_HEAD + SHEET_TAIL, [part(1), part(2)])), LIMITS)).ok).toBe(true);
  });
});

describe('rows and cells are counted before exceljs loads anything', () => {
  const header = rowXml(['姓名', '单位'], 1);
  const rows = (head: string, times: number) => zip(workbookParts({ head: SHEET_HEAD + head, repeat: rowXml(['张三', '县委办'], 2), times, tail: SHEET_TAIL }));

  it('a sheet may hold the row limit and 20 rows above it (title lines, the header); one more is refused', async () => {
    const titles = Array.from({ length: 19 }, () => rowXml(['名册'], 1)).join('');
    expect((await checkXlsx(rows(titles + header, 20000), LIMITS)).ok).toBe(true);
    expect(message(await checkXlsx(rows(titles + header, 20001), LIMITS))).toBe(TOO_MANY_ROWS);
    // The limit given to readTable is the one counted.
    expect(message(await readTable(rows(header, 121), COLUMNS, { maxRows: 100 }))).toBe('数据超过 100 行的上限，请把表格拆分成多个文件后分批导入。');
  });

  it('rows without a value count only toward the 100,000 rows of the workbook', async () => {
    const empty = (times: number) => zip(workbookParts({ head: SHEET_HEAD + header, repeat: '<row r="2" spans="1:2" s="1" customFormat="1"/><row r="3"><c r="A3" s="1"/></row>', times, tail: SHEET_TAIL }));
    expect((await checkXlsx(empty(49_999), LIMITS)).ok).toBe(true);
    expect(message(await checkXlsx(empty(50_000), LIMITS))).toBe(
      '工作簿中共有超过 10 万行（包括设置了格式的空白行），未导入。请确认这是正常的 Excel 文件，删除多余的工作表、空白行和无关的列，或把数据拆分成多个文件后分批导入。',
    );
  });

  it('cells, empty or not, count toward the 1,200,000 of the workbook', async () => {
    const wide = (cells: number) => zip(workbookParts({ head: SHEET_HEAD + header + '<row r="2">', repeat: '<c r="A2" s="1"/>', times: cells, tail: `</row>${SHEET_TAIL}` }));
    expect((await checkXlsx(wide(1_200_000 - 2), LIMITS)).ok).toBe(true);
    expect(message(await checkXlsx(wide(1_200_000 - 1), LIMITS))).toContain('工作簿中共有超过 120 万个单元格');
  });

  it('more than 1,000 parts are refused', async () => {
    const parts = (n: number) => workbookParts(SHEET_HEAD + SHEET_TAIL, Array.from({ length: n }, (_, i): ZipPart => ({ name: `xl/media/image${i}.png`, content: '' })));
    expect((await checkXlsx(zip(parts(995)), LIMITS)).ok).toBe(true);
    expect(message(await checkXlsx(zip(parts(996)), LIMITS))).toMatch(/^文件内部的组成部分超过 1000 个（可能是损坏或异常的文件），未导入。/);
  });
});

describe('tags split between chunks', () => {
  it('counts the same however the XML is cut', () => {
    const xml = Buffer.from(`${SHEET_HEAD}${rowXml(['a', 'b'], 1)}<row r="2"/><row r="3"><c r="A3"/></row><row r="4" ><c r="A4"><v>1</v></c></row>${SHEET_TAIL}`);
    const whole = new TagCounter();
    whole.feed(xml);
    expect({ rows: whole.rows, cells: whole.cells, valueRows: whole.valueRows }).toEqual({ rows: 4, cells: 4, valueRows: 2 });
    for (let size = 1; size <= 7; size++) {
      const cut = new TagCounter();
      for (let at = 0; at < xml.length; at += size) cut.feed(xml.subarray(at, at + size));
      expect({ rows: cut.rows, cells: cut.cells, valueRows: cut.valueRows }).toEqual({ rows: 4, cells: 4, valueRows: 2 });
    }
  });
});

describe('files the check cannot read are refused as before; files exceljs reads still read', () => {
  const sheet = SHEET_HEAD + rowXml(['姓名', '单位'], 1) + rowXml(['张三', '县委办'], 2) + SHEET_TAIL;

  it('reads a workbook of stored (uncompressed) parts, and one with bytes before the archive', async () => {
    const stored = zip(workbookParts(sheet).map((p): ZipPart => ({ ...p, method: 0 })));
    const expected = [{ rowNumber: 2, values: { name: '张三', unit: '县委办' } }];
    const read = await readTable(stored, COLUMNS);
    expect(read.ok && read.rows).toEqual(expected);
    const stub = Buffer.concat([Buffer.from('MZ self-extractor stub '.repeat(10)), zip(workbookParts(sheet))]);
    const shifted = await readTable(stub, COLUMNS);
    expect(shifted.ok && shifted.rows).toEqual(expected);
  });

  it('refuses an unknown compression method, an encrypted part and data that does not inflate', async () => {
    const file = zip(workbookParts(sheet));
    const directory = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const method = Buffer.from(file);
    method.writeUInt16LE(12, directory + 10); // bzip2
    expect(message(await readTable(method, COLUMNS))).toBe(UNREADABLE);
    const encrypted = Buffer.from(file);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(directory + 8) | 1, directory + 8);
    expect(message(await readTable(encrypted, COLUMNS))).toBe(UNREADABLE);
    const garbled = zip(workbookParts(sheet).map((p): ZipPart => (p.name.endsWith('sheet1.xml') ? { ...p, method: 0 } : p)));
    const at = garbled.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    garbled.writeUInt16LE(8, at + 10); // says deflated; the bytes are plain XML
    expect(message(await readTable(garbled, COLUMNS))).toBe(UNREADABLE);
  });
});

describe('readTableInWorker', () => {
  async function register(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('名册');
    ws.getCell('A1').value = 'XX县名册';
    ws.getRow(2).values = ['姓 名*', '工作单位'];
    ws.getRow(3).values = ['　张三　', '县委办'];
    ws.getRow(4).values = ['李四', { richText: [{ text: '县' }, { text: '审计局' }] }];
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
  const columns: ColumnSpec[] = [
    { key: 'name', header: '姓名', required: true },
    { key: 'unit', header: '单位', aliases: ['工作单位'], required: true },
  ];

  it('answers what readTable answers, several reads at once one after another', async () => {
    const data = await register();
    const here = await readTable(data, columns);
    expect(here.ok).toBe(true);
    const inWorker = await Promise.all([readTableInWorker(data, columns), readTableInWorker(data, columns), readTableInWorker(data, columns, { maxRows: 1 })]);
    expect(inWorker[0]).toEqual(here);
    expect(inWorker[1]).toEqual(here);
    expect(inWorker[2]).toEqual({ ok: false, message: '数据超过 1 行的上限，请把表格拆分成多个文件后分批导入。' });
  });

  it('a read that runs out of its heap answers that the file is too big, and the next read works', async () => {
    const data = await register();
    expect(await readTableInWorker(data, columns, { heapMb: 4 })).toEqual({ ok: false, message: TOO_BIG_TO_READ });
    expect((await readTableInWorker(data, columns)).ok).toBe(true);
  });

  it('a read that takes too long is stopped, and the next read works', async () => {
    const data = await register();
    expect(await readTableInWorker(data, columns, { timeoutMs: 1 })).toEqual({ ok: false, message: TOO_SLOW_TO_READ });
    expect((await readTableInWorker(data, columns)).ok).toBe(true);
  });

  it('refuses a zip bomb inside the worker as readTable does', async () => {
    const bomb = repeatedRows(['姓名', '单位'], ['张三', '县委办'], 5_000_000);
    expect(await readTableInWorker(bomb, columns)).toEqual({ ok: false, message: TOO_MANY_ROWS });
  });
});
