// What an attachment must hold for its extension: Office files are real packages without macros
// (a zip bomb stops at the inflation limit, whatever its headers say), PDFs parse and carry no
// JavaScript, launch actions or embedded files — also inside object streams and behind #xx name
// escapes. Files made here by real writers (fflate, exceljs, pdf-lib) or written byte by byte.
import { describe, expect, it } from 'vitest';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { checkOfficePackage, checkPdf, MAX_INFLATED_BYTES } from '../../../electron/services/kernel/fileChecks.ts';

const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const docx = (extra: Record<string, Uint8Array> = {}, types = TYPES) =>
  zipSync({ '[Content_Types].xml': strToU8(types), 'word/document.xml': strToU8('<w:document/>'), ...extra });

describe('Office files', () => {
  it('accept a real package, printer settings included, and an exceljs workbook', async () => {
    expect(checkOfficePackage(docx({ 'word/printerSettings/printerSettings1.bin': new Uint8Array(16) }), '.docx')).toBeNull();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRow(['姓名', '单位']);
    expect(checkOfficePackage(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '.xlsx')).toBeNull();
  });

  it('refuse any zip that is not the package its extension says', () => {
    expect(checkOfficePackage(zipSync({ 'a.txt': strToU8('x') }), '.docx')).toBe('不是 Word 文件（缺少其主要内容），请用 Word 或 WPS 另存为 .docx 后再上传');
    expect(checkOfficePackage(docx(), '.xlsx')).toMatch(/^不是 Excel 文件/);
    expect(checkOfficePackage(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '.docx')).toMatch(/^不是(正常的)? Word 文件/);
  });

  it('refuse macros, ActiveX and embedded program objects', () => {
    const refused = '含有宏、ActiveX 控件或嵌入的程序对象，不能作为附件保存；请另存为不含宏的 .docx 文件后再上传';
    expect(checkOfficePackage(docx({ 'word/vbaProject.bin': new Uint8Array(8) }), '.docx')).toBe(refused);
    expect(checkOfficePackage(docx({ 'word/activeX/activeX1.xml': strToU8('<ax/>') }), '.docx')).toBe(refused);
    expect(checkOfficePackage(docx({ 'word/embeddings/oleObject1.bin': new Uint8Array(8) }), '.docx')).toBe(refused);
    expect(checkOfficePackage(docx({}, TYPES.replace('</Types>', '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>')), '.docx')).toBe(refused);
  });

  it('stop a zip bomb at the inflation limit, counting what is inflated', () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      parts.push(chunk);
    });
    for (const [name, text] of [['[Content_Types].xml', TYPES], ['word/document.xml', '<w:document/>']] as const) {
      const f = new ZipDeflate(name);
      zip.add(f);
      f.push(strToU8(text), true);
    }
    const bomb = new ZipDeflate('word/media/image1.png', { level: 9 });
    zip.add(bomb);
    const zeros = new Uint8Array(1024 * 1024);
    const megabytes = MAX_INFLATED_BYTES / 1024 / 1024 + 10;
    for (let i = 0; i < megabytes; i++) bomb.push(zeros, i === megabytes - 1);
    zip.end();
    const file = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      file.set(p, at);
      at += p.length;
    }
    expect(file.length).toBeLessThan(1024 * 1024);
    const start = performance.now();
    expect(checkOfficePackage(file, '.docx')).toBe('不是正常的 Word 文件（解压后超过 200MB（可能是异常文件））');
    // Bounded: well under the time a 10 GB inflation would take (a generous bound for a busy machine).
    expect(performance.now() - start).toBeLessThan(30_000);
  });
});

describe('PDF files', () => {
  async function pdf(edit?: (doc: PDFDocument) => void | Promise<void>): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Report');
    await edit?.(doc);
    return doc.save(); // objects in object streams, as pdf-lib writes by default
  }

  it('accept a plain PDF', async () => {
    expect(await checkPdf(await pdf())).toBeNull();
  });

  it('refuse JavaScript, also inside an object stream', async () => {
    const withJs = await pdf((doc) => {
      const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
      doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
    });
    // Compressed inside an object stream: no byte scan of the file would see it.
    expect(Buffer.from(withJs).includes('JavaScript')).toBe(false);
    expect(await checkPdf(withJs)).toBe('含有脚本（JavaScript），不能作为附件保存；请打印为 PDF 或重新扫描后再上传');
  });

  it('refuse a launch action and embedded files', async () => {
    const launch = await pdf((doc) => {
      doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(doc.context.obj({ S: 'Launch', F: PDFString.of('cmd.exe') })));
    });
    expect(await checkPdf(launch)).toMatch(/^含有启动外部程序的动作/);
    const attached = await pdf(async (doc) => {
      await doc.attach(strToU8('secret'), 'payload.exe', { mimeType: 'application/octet-stream' });
    });
    expect(await checkPdf(attached)).toMatch(/嵌入的文件/);
  });

  it('read names written with #xx escapes as the names they are', async () => {
    const raw = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >> endobj',
      '4 0 obj << /S /#4A#61va#53cript /#4A#53 (app.alert(1)) >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n');
    expect(await checkPdf(strToU8(raw))).toMatch(/^含有脚本（JavaScript）/);
  });
});
