// 合并打印 as LibreOffice prints it: several documents in one file, each starting on a page of its
// own with its 版头, its pages numbered from — 1 —, and its 版记 at the bottom of its own last page
// — printed together, each reads page for page as its own file prints.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx, renderDocxCombined } from '../../../electron/services/documents/engine/render.ts';
import { buildAdvice } from '../../../electron/services/documents/builders/advice.ts';
import { buildNotice } from '../../../electron/services/documents/builders/notice.ts';
import type { OfficialDocument } from '../../../shared/documents/spec.ts';
import { docxToPdf, pageText, pdfWords, type PdfPage } from '../../helpers/office.ts';
import { docxParts } from '../../helpers/docxXml.ts';
import { ADVICE, INFO, NOTICE, OFFICE, noticeBody } from '../fixtures.ts';
import { TEXT_BOTTOM, TEXT_TOP, bodyWords, find, footerWords } from './layout.ts';

const SECOND = { ...ADVICE, number: '临纪预建〔2027〕4号', title: '关于城关镇西村2026年度廉情预警的建议书', recipients: '中共城关镇西村支部委员会' };
const DOCS: OfficialDocument[] = [buildAdvice(ADVICE, OFFICE), buildNotice({ ...NOTICE, body: noticeBody(10) }, OFFICE), buildAdvice(SECOND, OFFICE)];

let docx: Uint8Array;
let pages: PdfPage[];
/** Each document printed on its own. */
let alone: PdfPage[][];

beforeAll(async () => {
  docx = await renderDocxCombined(DOCS, INFO);
  pages = pdfWords(docxToPdf(docx));
  alone = await Promise.all(DOCS.map(async (d) => pdfWords(docxToPdf(await renderDocx(d, INFO)))));
});

const footer = (p: PdfPage) => footerWords(p).map((w) => w.text).join('');
const body = (p: PdfPage) => pageText({ ...p, words: bodyWords(p) });

/** The combined file's pages of document i (from 0), by the page counts of the documents printed alone. */
function pagesOf(i: number): PdfPage[] {
  const start = alone.slice(0, i).reduce((n, a) => n + a.length, 0);
  return pages.slice(start, start + (alone[i]?.length ?? 0));
}

describe('合并打印 in LibreOffice', () => {
  it('holds each document as a section of its own, its page numbers from 1', () => {
    const xml = docxParts(docx).part('word/document.xml');
    expect(xml.match(/<w:sectPr[\s>]/g)).toHaveLength(DOCS.length);
    expect(xml.match(/<w:pgNumType [^>]*w:start="1"/g)).toHaveLength(DOCS.length);
  });

  it('prints each document page for page as it prints alone, each from a page of its own', () => {
    // Several pages each (a 通知 of three), so the documents do not simply share one page each.
    expect(alone.map((a) => a.length).every((n) => n >= 2)).toBe(true);
    expect(pages).toHaveLength(alone.reduce((n, a) => n + a.length, 0));
    DOCS.forEach((doc, i) => {
      const own = pagesOf(i);
      expect(own.map(body)).toEqual((alone[i] ?? []).map(body));
      const [first] = own;
      if (!first) throw new Error(`document ${i} printed no page`);
      // Its 版头 at the top of its first page.
      expect(body(first).startsWith(`中共临江县纪律检查委员会${doc.number}`)).toBe(true);
      expect(Math.abs(find(first, '中共临江县纪律检查委员会').top - (TEXT_TOP + 35))).toBeLessThanOrEqual(2);
    });
  });

  it('numbers each document’s pages from — 1 —', () => {
    DOCS.forEach((_doc, i) => {
      expect(pagesOf(i).map(footer)).toEqual(pagesOf(i).map((_p, n) => `—${n + 1}—`));
    });
  });

  it('prints each document’s 版记 at the bottom of its own last page', () => {
    DOCS.forEach((doc, i) => {
      const own = pagesOf(i);
      const last = own.at(-1);
      if (!last) throw new Error(`document ${i} printed no page`);
      const issued = find(last, '印发');
      expect(Math.abs(issued.bottom - TEXT_BOTTOM), `${i} ${issued.text}`).toBeLessThanOrEqual(3);
      expect(body(last)).toContain(`抄送：${(doc.copyTo ?? []).join('，')}。`);
      for (const p of own.slice(0, -1)) expect(body(p)).not.toContain('印发');
    });
  });
});
