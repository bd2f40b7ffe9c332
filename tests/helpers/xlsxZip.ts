// .xlsx files written by hand, part by part, for what exceljs would never write: a sheet of
// 500 MB of rows compressed to a few hundred KB, headers that lie about sizes, a thousand parts.
// A part's content can be one chunk repeated: each copy is compressed alone (a full flush resets
// the compressor), so a 500 MB part is built from one compressed chunk in milliseconds and
// never held inflated.
import { constants, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The part's content: text, or `head`, `repeat` × `times`, `tail`. */
  content: string | { head: string; repeat: string; times: number; tail: string };
  /** The uncompressed size the headers claim (default: the true one). */
  claimedSize?: number;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
}

interface Packed {
  name: Buffer;
  data: Buffer;
  size: number;
  method: number;
}

function pack(part: ZipPart): Packed {
  const name = Buffer.from(part.name, 'utf8');
  const method = part.method ?? 8;
  const c = typeof part.content === 'string' ? { head: part.content, repeat: '', times: 0, tail: '' } : part.content;
  const [head, repeat, tail] = [c.head, c.repeat, c.tail].map((s) => Buffer.from(s, 'utf8')) as [Buffer, Buffer, Buffer];
  const size = head.length + repeat.length * c.times + tail.length;
  if (method === 0) return { name, data: Buffer.concat([head, ...Array<Buffer>(c.times).fill(repeat), tail]), size, method };
  const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH });
  // Copies grouped into blocks of about 256 KB, each compressed once, so the ratio stays high.
  const perBlock = Math.max(1, Math.min(c.times, Math.floor((256 * 1024) / Math.max(1, repeat.length))));
  const block = flushed(Buffer.concat(Array<Buffer>(perBlock).fill(repeat)));
  const rest = flushed(Buffer.concat(Array<Buffer>(c.times % perBlock).fill(repeat)));
  const blocks = Array<Buffer>(Math.floor(c.times / perBlock)).fill(block);
  const data = Buffer.concat([flushed(head), ...blocks, rest, deflateRawSync(tail)]);
  return { name, data, size, method };
}

/** A zip of the parts (CRCs left 0: JSZip, as exceljs calls it, does not check them). */
export function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const p = pack(part);
    const claimed = part.claimedSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(p.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(p.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, p.name, p.data);
    centrals.push(central, p.name);
    offset += local.length + p.name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** The parts around one sheet that exceljs needs to read it as 名册. */
export function workbookParts(sheet: ZipPart['content'], extra: ZipPart[] = []): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    { name: '_rels/.rels', content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
    { name: 'xl/worksheets/sheet1.xml', content: sheet },
    ...extra,
  ];
}

/** A, B, … Z, AA, AB, … for the 0-based column index. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A row of inline strings (no shared strings part needed); numbered as exceljs needs to read it. */
export function rowXml(values: string[], rowNumber: number): string {
  const cells = values.map((v, i) => `<c r="${columnLetters(i)}${rowNumber}" t="inlineStr"><is><t>${v}</t></is></c>`).join('');
  return `<row r="${rowNumber}">${cells}</row>`;
}

/** An .xlsx of one sheet: the header row, then `times` copies of one data row (all numbered 2). */
export function repeatedRows(header: string[], row: string[], times: number): Buffer {
  return zip(workbookParts({ head: SHEET_HEAD + rowXml(header, 1), repeat: rowXml(row, 2), times, tail: SHEET_TAIL }));
}
