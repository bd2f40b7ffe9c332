// A real reader for the documents engine's files: LibreOffice converts a .docx to PDF, poppler's
// pdftotext -bbox says where every word landed. Each conversion has its own LibreOffice profile
// (tests run in parallel forks, and one profile cannot be shared) and the project's font aliases
// (the official font names mapped to Noto CJK), so the layout is the same on every machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const FONTS_CONF = join(import.meta.dirname, 'fonts', 'fonts-alias.conf');
const PACKAGES = 'libreoffice-writer-nogui poppler-utils fonts-noto-cjk';

/** Points in a millimetre (PDF coordinates are points). */
export const PT_PER_MM = 72 / 25.4;

function need(command: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(`缺少 ${command}：排版检查需要 LibreOffice、poppler 和 Noto CJK 字体，请安装 Debian 软件包：apt-get install --no-install-recommends ${PACKAGES}`);
  }
}

function needCjkFont(): void {
  const list = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF } });
  if (!/Noto (Serif|Sans) CJK/i.test(list.stdout ?? '')) {
    throw new Error(`缺少 Noto CJK 字体：排版检查需要它代替公文字体，请安装 Debian 软件包：apt-get install --no-install-recommends ${PACKAGES}`);
  }
}

/** The .docx as LibreOffice prints it. */
export function docxToPdf(docx: Uint8Array): Buffer {
  need('soffice');
  needCjkFont();
  const dir = mkdtempSync(join(tmpdir(), 'lianqing-docx-'));
  try {
    const input = join(dir, 'document.docx');
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF, HOME: dir },
    });
    const pdf = join(dir, 'document.pdf');
    try {
      return readFileSync(pdf);
    } catch {
      throw new Error(`LibreOffice 未能把 .docx 转为 PDF（退出码 ${result.status}）：${result.stderr}${result.stdout}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfWord {
  text: string;
  /** Box in mm from the page's top-left corner. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PdfPage {
  /** Size in points. */
  widthPt: number;
  heightPt: number;
  words: PdfWord[];
}

function unescapeHtml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Every page of the PDF with its size and its words' boxes (pdftotext -bbox). */
export function pdfWords(pdf: Uint8Array): PdfPage[] {
  need('pdftotext');
  const dir = mkdtempSync(join(tmpdir(), 'lianqing-pdf-'));
  try {
    const input = join(dir, 'document.pdf');
    writeFileSync(input, pdf);
    const result = spawnSync('pdftotext', ['-bbox', input, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`pdftotext 失败：${result.stderr}`);
    const pages: PdfPage[] = [];
    for (const m of result.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
      const words: PdfWord[] = [];
      for (const w of (m[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        words.push({
          text: unescapeHtml(w[5] ?? ''),
          left: Number(w[1]) / PT_PER_MM,
          top: Number(w[2]) / PT_PER_MM,
          right: Number(w[3]) / PT_PER_MM,
          bottom: Number(w[4]) / PT_PER_MM,
        });
      }
      pages.push({ widthPt: Number(m[1]), heightPt: Number(m[2]), words });
    }
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's text, words in reading order joined (pdftotext splits Chinese at spaces only). */
export function pageText(page: PdfPage): string {
  return page.words.map((w) => w.text).join('');
}
