// The 通知 as LibreOffice prints it: page, text block, 版头, 22 lines, page numbers, 版记.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/engine/render.ts';
import { buildNotice } from '../../../electron/services/documents/builders/notice.ts';
import { docxToPdf, pageText, pdfWords, type PdfPage } from '../../helpers/office.ts';
import { INFO, NOTICE, OFFICE } from '../fixtures.ts';
import { TEXT_BOTTOM, TEXT_LEFT, TEXT_RIGHT, TEXT_TOP, baselines, bodyWords, find, footerWords, inkRight } from './layout.ts';

let pages: PdfPage[];

beforeAll(async () => {
  pages = pdfWords(docxToPdf(await renderDocx(buildNotice(NOTICE, OFFICE), INFO)));
});

function page(n: number): PdfPage {
  const p = pages[n - 1];
  if (!p) throw new Error(`no page ${n} (${pages.length} pages)`);
  return p;
}

describe('通知 in LibreOffice', () => {
  it('is A4, several pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) {
      expect(Math.abs(p.widthPt - 595.3)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.heightPt - 841.9)).toBeLessThanOrEqual(1);
    }
  });
  it('keeps the text in the 156 mm block from 28 mm', () => {
    for (const p of pages) {
      const words = bodyWords(p);
      expect(Math.min(...words.map((w) => w.left))).toBeCloseTo(TEXT_LEFT, 0);
      expect(Math.max(...words.map(inkRight))).toBeLessThanOrEqual(TEXT_RIGHT);
    }
  });
  it('sets the 发文机关标志 35 mm below the text block’s top', () => {
    const mark = find(page(1), '中共临江县纪律检查委员会');
    expect(Math.abs(mark.top - (TEXT_TOP + 35))).toBeLessThanOrEqual(2);
    expect(page(1).words.indexOf(mark)).toBe(0);
  });
  it('prints the 文号, title and date in Chinese', () => {
    const text = pages.map(pageText).join('');
    expect(text).toContain('临纪发〔2026〕5号');
    expect(text).toContain('关于开展群众身边不正之风和腐败问题集中整');
    expect(text).toContain('2026年11月5日');
    expect(find(page(1), '临纪发').top).toBeGreaterThan(find(page(1), '中共临江县').bottom);
  });
  it('starts a page without 版头 at the text block’s top and fills it with 22 lines', () => {
    const words = bodyWords(page(2));
    expect(Math.min(...words.map((w) => w.top))).toBeGreaterThanOrEqual(TEXT_TOP);
    expect(Math.min(...words.map((w) => w.top))).toBeLessThanOrEqual(TEXT_TOP + 3);
    expect(baselines(words)).toHaveLength(22);
  });
  it('numbers page 1 on the right and page 2 on the left, 7 mm below the text block', () => {
    const one = footerWords(page(1));
    const two = footerWords(page(2));
    expect(one.map((w) => w.text).join('')).toBe('—1—');
    expect(two.map((w) => w.text).join('')).toBe('—2—');
    expect(Math.max(...one.map((w) => w.right))).toBeGreaterThan(TEXT_RIGHT - 10);
    expect(Math.min(...two.map((w) => w.left))).toBeLessThan(TEXT_LEFT + 10);
    for (const w of [...one, ...two]) expect(Math.abs(w.top - (TEXT_BOTTOM + 7))).toBeLessThanOrEqual(3);
  });
  it('prints the 版记 on the last page, after the 成文日期, inside the text block', () => {
    const last = page(pages.length);
    const printed = find(last, '印发');
    const date = last.words.filter((w) => w.text.includes('日') && w.bottom < printed.top).at(-1);
    expect(date).toBeDefined();
    expect(find(last, '抄送：县委办公室，县政府办公室。').top).toBeLessThan(printed.top);
    // Word and WPS float the 版记 to the block's bottom (262 mm); LibreOffice 7.4 keeps the floating
    // table in the flow after the date (measured ≈ 199.5 mm): the bottom is checked as "inside".
    expect(printed.bottom).toBeLessThanOrEqual(TEXT_BOTTOM + 4);
  });
});
