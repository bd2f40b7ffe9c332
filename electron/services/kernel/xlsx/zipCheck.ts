// Checks an .xlsx before exceljs holds it: exceljs (through JSZip) inflates every part of the
// zip whole into memory and builds an object per row and per cell, so a 1.7 MB file holding
// 515 MB of sheet XML took 34 s and 4 GB. Here each part is inflated as a stream and only
// counted — the bytes that really come out (the sizes the zip's headers claim are never used),
// the sheets' rows and cells — and the check stops as soon as a count passes its limit, having
// inflated no more than that, with no more than one chunk in memory.
import { createInflateRaw } from 'node:zlib';

export interface XlsxLimits {
  /** All parts together, as inflated. */
  maxInflatedBytes: number;
  /** Parts (files) in the zip. */
  maxEntries: number;
  /** Data rows the import takes; a sheet may hold as many more rows with a value above them. */
  maxRows: number;
  headerRows: number;
  /** Row elements of all parts together, empty or only formatted ones too. */
  maxRowElements: number;
  /** Cell elements of all parts together, empty or only formatted ones too. */
  maxCells: number;
}

const MB = 1024 * 1024;

/**
 * A 20,000-row roster of 20 columns is about 14 MB of sheet XML, of 50 columns 35 MB (exceljs
 * takes 3 s and 600 MB of memory to load that): 100 MB leaves room for long texts without
 * letting a file hold gigabytes. 1,200,000 cells is 20,000 rows × 60 columns. An .xlsx has a
 * dozen parts and a few per sheet; 1,000 is far beyond any workbook typed by a person.
 * 100,000 row elements leaves room for blank rows an office has formatted below its data.
 */
export const XLSX_LIMITS = {
  maxInflatedBytes: 100 * MB,
  maxEntries: 1000,
  maxRowElements: 100_000,
  maxCells: 1_200_000,
} as const satisfies Omit<XlsxLimits, 'maxRows' | 'headerRows'>;

export type CheckResult = { ok: true } | { ok: false; message: string };

export const UNREADABLE = '文件无法读取：请确认是 Excel .xlsx 格式（.xls、.csv、WPS .et 文件请先另存为 .xlsx），且文件没有损坏。';

/** A count as a person says it: 100000 → "10 万", 1234 → "1234 ". */
function amount(n: number): string {
  return n >= 10_000 && n % 10_000 === 0 ? `${n / 10_000} 万` : `${n} `;
}

export function tooManyRowsMessage(maxRows: number): string {
  return `数据超过 ${maxRows} 行的上限，请把表格拆分成多个文件后分批导入。`;
}

const SPLIT = '请确认这是正常的 Excel 文件，删除多余的工作表、空白行和无关的列，或把数据拆分成多个文件后分批导入。';

function refusal(limit: keyof typeof XLSX_LIMITS, limits: XlsxLimits): string {
  switch (limit) {
    case 'maxInflatedBytes':
      return `文件解压后超过 ${Math.round(limits.maxInflatedBytes / MB)}MB（可能是损坏或异常的文件），未导入。请确认这是正常的 Excel 文件，或把数据拆分成多个文件。`;
    case 'maxEntries':
      return `文件内部的组成部分超过 ${limits.maxEntries} 个（可能是损坏或异常的文件），未导入。${SPLIT}`;
    case 'maxRowElements':
      return `工作簿中共有超过 ${amount(limits.maxRowElements)}行（包括设置了格式的空白行），未导入。${SPLIT}`;
    case 'maxCells':
      return `工作簿中共有超过 ${amount(limits.maxCells)}个单元格（包括设置了格式的空白单元格），未导入。${SPLIT}`;
  }
}

/** Checks the file against the limits, inflating no more of it than needed to pass one. */
export async function checkXlsx(data: Uint8Array, limits: XlsxLimits): Promise<CheckResult> {
  const zip = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const entries = centralDirectory(zip, limits.maxEntries);
  if (entries === 'unreadable') return { ok: false, message: UNREADABLE };
  if (entries === 'tooMany') return { ok: false, message: refusal('maxEntries', limits) };
  const counter = new TagCounter();
  let inflated = 0;
  // The first limit passed, looked at after each chunk.
  const overLimit = (): string | null => {
    if (inflated > limits.maxInflatedBytes) return refusal('maxInflatedBytes', limits);
    if (counter.valueRows > limits.maxRows + limits.headerRows) return tooManyRowsMessage(limits.maxRows);
    if (counter.rows > limits.maxRowElements) return refusal('maxRowElements', limits);
    if (counter.cells > limits.maxCells) return refusal('maxCells', limits);
    return null;
  };
  let over: string | null = null;
  const take = (chunk: Uint8Array): boolean => {
    inflated += chunk.length;
    if (inflated <= limits.maxInflatedBytes) counter.feed(chunk);
    over = overLimit();
    return over === null;
  };
  for (const entry of entries) {
    const body = entryData(zip, entry);
    if (body === null) return { ok: false, message: UNREADABLE };
    counter.startPart();
    const readable = entry.method === STORED ? readStored(body, take) : await inflate(body, take);
    if (over !== null) return { ok: false, message: over };
    if (!readable) return { ok: false, message: UNREADABLE };
  }
  return { ok: true };
}

// ——— The zip's directory, read the way JSZip (exceljs's reader) reads it, so that the parts
// counted here are the parts it would inflate: the end record found from the end of the file,
// ZIP64 records, bytes prepended to the archive, stored and deflated parts only. ———

const STORED = 0;
const DEFLATED = 8;
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const U16 = 0xffff;
const U32 = 0xffffffff;

interface Entry {
  method: number;
  compressedSize: number;
  /** Where its local header starts, counting the bytes prepended to the archive. */
  localHeader: number;
}

function signatureBytes(sig: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(sig);
  return b;
}

function fits(zip: Buffer, at: number, length: number): boolean {
  return Number.isSafeInteger(at) && at >= 0 && at + length <= zip.length;
}

function u64(zip: Buffer, at: number): number {
  const value = zip.readBigUInt64LE(at);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(value);
}

function centralDirectory(zip: Buffer, maxEntries: number): Entry[] | 'unreadable' | 'tooMany' {
  const end = zip.lastIndexOf(signatureBytes(SIG_END));
  if (end < 0 || !fits(zip, end, 22)) return 'unreadable';
  let records = zip.readUInt16LE(end + 10);
  let size = zip.readUInt32LE(end + 12);
  let offset = zip.readUInt32LE(end + 16);
  let expectedEnd: number;
  const zip64 = [4, 6, 8, 10].some((at) => zip.readUInt16LE(end + at) === U16) || size === U32 || offset === U32;
  if (zip64) {
    const locator = zip.lastIndexOf(signatureBytes(SIG_LOCATOR64));
    if (locator < 0 || !fits(zip, locator, 20) || zip.readUInt32LE(locator + 16) > 1) return 'unreadable';
    let end64 = u64(zip, locator + 8);
    if (!fits(zip, end64, 4) || zip.readUInt32LE(end64) !== SIG_END64) end64 = zip.lastIndexOf(signatureBytes(SIG_END64));
    if (!fits(zip, end64, 56)) return 'unreadable';
    const recordSize = u64(zip, end64 + 4);
    records = u64(zip, end64 + 32);
    size = u64(zip, end64 + 40);
    offset = u64(zip, end64 + 48);
    if (recordSize < 0 || records < 0 || size < 0 || offset < 0) return 'unreadable';
    expectedEnd = offset + size + 20 + 12 + recordSize;
  } else {
    expectedEnd = offset + size;
  }
  // Bytes before the archive (a self-extractor's stub) shift every offset.
  const prepended = end - expectedEnd;
  if (prepended < 0) return 'unreadable';
  const entries: Entry[] = [];
  let at = prepended + offset;
  while (fits(zip, at, 46) && zip.readUInt32LE(at) === SIG_CENTRAL) {
    if (entries.length >= maxEntries) return 'tooMany';
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    let compressedSize = zip.readUInt32LE(at + 20);
    const uncompressedSize = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    let localHeader = zip.readUInt32LE(at + 42);
    // Encrypted parts, and methods other than stored and deflated, JSZip refuses too.
    if ((flags & 1) === 1 || (method !== STORED && method !== DEFLATED)) return 'unreadable';
    const extraStart = at + 46 + nameLength;
    if (!fits(zip, extraStart, extraLength + commentLength)) return 'unreadable';
    const zip64Extra = findExtra(zip, extraStart, extraLength, 0x0001);
    if (zip64Extra !== null) {
      // The ZIP64 field holds, in this order, only the sizes whose 32-bit field is full. The
      // uncompressed size is skipped, never used.
      let field = zip64Extra;
      if (uncompressedSize === U32) field += 8;
      if (compressedSize === U32) {
        if (!fits(zip, field, 8)) return 'unreadable';
        compressedSize = u64(zip, field);
        field += 8;
      }
      if (localHeader === U32) {
        if (!fits(zip, field, 8)) return 'unreadable';
        localHeader = u64(zip, field);
      }
      if (compressedSize < 0 || localHeader < 0) return 'unreadable';
    }
    entries.push({ method, compressedSize, localHeader: prepended + localHeader });
    at = extraStart + extraLength + commentLength;
  }
  if (entries.length === 0 && records !== 0) return 'unreadable';
  return entries;
}

/** Where the data of the extra field `id` starts, or null. */
function findExtra(zip: Buffer, start: number, length: number, id: number): number | null {
  let at = start;
  while (at + 4 < start + length) {
    const fieldLength = zip.readUInt16LE(at + 2);
    if (zip.readUInt16LE(at) === id) return at + 4;
    at += 4 + fieldLength;
  }
  return null;
}

/** The compressed bytes of a part, after its local header (whose own lengths are used, as JSZip does). */
function entryData(zip: Buffer, entry: Entry): Buffer | null {
  if (!fits(zip, entry.localHeader, 30) || zip.readUInt32LE(entry.localHeader) !== SIG_LOCAL) return null;
  const start = entry.localHeader + 30 + zip.readUInt16LE(entry.localHeader + 26) + zip.readUInt16LE(entry.localHeader + 28);
  if (!fits(zip, start, entry.compressedSize)) return null;
  return zip.subarray(start, start + entry.compressedSize);
}

// Larger chunks inflate faster (each is a trip to the thread pool); 1 MB is still little memory.
const CHUNK = 1024 * 1024;

/** A stored part, in chunks, until `take` says stop; always readable (true). */
function readStored(body: Buffer, take: (chunk: Uint8Array) => boolean): boolean {
  for (let at = 0; at < body.length && take(body.subarray(at, at + CHUNK)); at += CHUNK);
  return true;
}

/**
 * Inflates a part chunk by chunk, each handed to `take` and dropped; stops inflating when `take`
 * says so. False when the part is not valid deflate data.
 */
function inflate(body: Buffer, take: (chunk: Uint8Array) => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    let stopped = false;
    inflater.on('data', (chunk: Buffer) => {
      if (stopped) return;
      if (!take(chunk)) {
        stopped = true;
        inflater.destroy();
        resolve(true);
      }
    });
    inflater.on('end', () => resolve(true));
    inflater.on('error', () => {
      if (!stopped) resolve(false);
    });
    inflater.end(body);
  });
}

// ——— Counting a sheet's rows and cells in its XML as it streams past, chunk by chunk. ———

const TEXT = 0;
const NAME = 1;
const IN_TAG = 2;

const OTHER = 0;
const ROW = 1;
const ROW_END = 2;
const CELL = 3;
const VALUE = 4;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

// Element names as their bytes read big-endian: row, c, v, is.
const NAME_ROW = 0x726f77;
const NAME_C = 0x63;
const NAME_V = 0x76;
const NAME_IS = 0x6973;

/**
 * Counts `<row>` elements, rows holding a value (a `<v>` or an inline string `<is>`) per part,
 * and `<c>` elements, as exceljs would meet them (names without a prefix). A state machine over
 * bytes, so a tag split between two chunks is read whole. An approximation on purpose: it does
 * not parse comments or CDATA, which sheets written by Excel and WPS do not hold.
 */
export class TagCounter {
  rows = 0;
  cells = 0;
  /** Rows holding a value in the current part. */
  valueRows = 0;
  private state = TEXT;
  private name = 0;
  private nameLength = 0;
  private closing = false;
  private tag = OTHER;
  private slash = false;
  private inRow = false;
  private rowHasValue = false;

  startPart(): void {
    this.valueRows = 0;
    this.state = TEXT;
    this.inRow = false;
  }

  feed(bytes: Uint8Array): void {
    const n = bytes.length;
    let { state, name, nameLength, closing, tag, slash } = this;
    let i = 0;
    while (i < n) {
      if (state === TEXT) {
        while (i < n && bytes[i] !== LT) i++;
        if (i === n) break;
        i++;
        state = NAME;
        name = 0;
        nameLength = 0;
        closing = false;
      } else if (state === NAME) {
        const b = bytes[i++] as number;
        if (b === SLASH && nameLength === 0 && !closing) {
          closing = true;
        } else if (b === GT || b === SLASH || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) {
          tag = this.named(closing, name, nameLength);
          if (b === GT) {
            this.tagEnd(tag, false);
            state = TEXT;
          } else {
            state = IN_TAG;
            slash = b === SLASH;
          }
        } else {
          if (nameLength < 4) name = name * 256 + b;
          nameLength++;
        }
      } else {
        // The rest of a tag: only its end matters, and whether a "/" came just before it.
        const start = i;
        while (i < n && bytes[i] !== GT) i++;
        if (i > start) slash = bytes[i - 1] === SLASH;
        if (i === n) break;
        i++;
        this.tagEnd(tag, slash);
        state = TEXT;
      }
    }
    Object.assign(this, { state, name, nameLength, closing, tag, slash });
  }

  /** A tag's name has been read: what it is, counted where its name is enough. */
  private named(closing: boolean, name: number, length: number): number {
    if (length === 3 && name === NAME_ROW) {
      if (!closing) {
        this.rows++;
        return ROW;
      }
      if (this.inRow && this.rowHasValue) this.valueRows++;
      this.inRow = false;
      return ROW_END;
    }
    if (closing) return OTHER;
    if (length === 1 && name === NAME_C) {
      this.cells++;
      return CELL;
    }
    if ((length === 1 && name === NAME_V) || (length === 2 && name === NAME_IS)) {
      if (this.inRow) this.rowHasValue = true;
      return VALUE;
    }
    return OTHER;
  }

  /** A row's start tag ends: `<row …/>` holds nothing, `<row …>` opens one. */
  private tagEnd(tag: number, selfClosing: boolean): void {
    if (tag !== ROW) return;
    this.inRow = !selfClosing;
    this.rowHasValue = false;
  }
}
