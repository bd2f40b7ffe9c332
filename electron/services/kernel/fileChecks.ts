// What an attachment's content must be for its extension (issue: security and data safety §7).
// .docx / .xlsx: a real Office Open XML package — its parts listed, the main part present — with
// no macros or ActiveX, read by streaming inflation with the inflated bytes counted (a zip bomb
// stops at the limit, whatever its headers claim). .pdf: parsed by a real PDF parser (pdf-lib:
// object streams, names with #xx escapes) and refused when it holds JavaScript, a launch action
// or embedded files. Each check answers null (accepted) or the reason, in Chinese.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from 'pdf-lib';

/** Inflated bytes an Office file may hold at the most (the upload itself is at most 10 MB). */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const CHUNK = 64 * 1024;

const MAIN_PART: Record<'.docx' | '.xlsx', string> = { '.docx': 'word/document.xml', '.xlsx': 'xl/workbook.xml' };
const OFFICE_NAME: Record<'.docx' | '.xlsx', string> = { '.docx': 'Word', '.xlsx': 'Excel' };

/** Parts that carry code: VBA projects, ActiveX controls, embedded OLE objects (a packaged program). Printer settings (.bin too) are fine. */
const CODE_PART = /(^|\/)(vbaProject(Signature)?\.bin$|activeX\/|embeddings\/[^/]*\.bin$)/i;

export function checkOfficePackage(data: Uint8Array, ext: '.docx' | '.xlsx'): string | null {
  const names: string[] = [];
  let inflated = 0;
  let contentTypes = '';
  let failure: string | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    names.push(file.name);
    if (names.length > MAX_ENTRIES) failure = '文件中的部件过多';
    const keep = file.name === '[Content_Types].xml';
    file.ondata = (error, chunk) => {
      if (error) {
        failure ??= '压缩内容已损坏';
        return;
      }
      inflated += chunk.length;
      if (inflated > MAX_INFLATED_BYTES) {
        failure ??= `解压后超过 ${MAX_INFLATED_BYTES / 1024 / 1024}MB（可能是异常文件）`;
        file.terminate();
        return;
      }
      if (keep && contentTypes.length < 1024 * 1024) contentTypes += new TextDecoder().decode(chunk, { stream: true });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < data.length && !failure; at += CHUNK) unzip.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  } catch {
    failure ??= '不是有效的压缩文件';
  }
  const kind = OFFICE_NAME[ext];
  if (failure) return `不是正常的 ${kind} 文件（${failure}）`;
  if (!names.includes('[Content_Types].xml') || !names.includes(MAIN_PART[ext])) return `不是 ${kind} 文件（缺少其主要内容），请用 ${kind} 或 WPS 另存为 ${ext} 后再上传`;
  if (names.some((n) => CODE_PART.test(n)) || /macroEnabled|vbaProject/i.test(contentTypes)) {
    return `含有宏、ActiveX 控件或嵌入的程序对象，不能作为附件保存；请另存为不含宏的 ${ext} 文件后再上传`;
  }
  return null;
}

/** Names in a PDF that run something or carry other files. */
const PDF_ACTIVE: Record<string, string> = {
  JavaScript: '脚本（JavaScript）',
  JS: '脚本（JavaScript）',
  Launch: '启动外部程序的动作',
  EmbeddedFile: '嵌入的文件',
  EmbeddedFiles: '嵌入的文件',
  RichMedia: '多媒体内容',
};

export async function checkPdf(data: Uint8Array): Promise<string | null> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return '无法作为 PDF 读取（文件可能已损坏），请重新扫描或另存为 PDF 后再上传';
  }
  const found = new Set<string>();
  const seen = new Set<PDFObject>();
  const visit = (o: PDFObject | undefined, depth: number): void => {
    if (o === undefined || depth > 50 || seen.has(o)) return;
    seen.add(o);
    if (o instanceof PDFName) {
      // decodeText reads #xx escapes: /#4A#61vaScript is /JavaScript.
      const what = PDF_ACTIVE[o.decodeText()];
      if (what) found.add(what);
    } else if (o instanceof PDFDict) {
      for (const [key, value] of o.entries()) {
        visit(key, depth + 1);
        visit(value, depth + 1);
      }
    } else if (o instanceof PDFArray) {
      for (const value of o.asArray()) visit(value, depth + 1);
    } else if (o instanceof PDFStream) {
      visit(o.dict, depth + 1);
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object, 0);
  return found.size > 0 ? `含有${[...found].join('、')}，不能作为附件保存；请打印为 PDF 或重新扫描后再上传` : null;
}
