// The 通知 as LibreOffice prints it: page, text block, 版头, 22 lines, page numbers, 版记.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/engine/render.ts';
import { buildNotice } from '../../../electron/services/documents/builders/notice.ts';
import type { NoticeInput } from '../../../shared/documents/kinds.ts';
import { docxToPdf, pageText, pdfRules, pdfWords, type PdfPage, type PdfRule } from '../../helpers/office.ts';
import { INFO, NOTICE, OFFICE, noticeBody } from '../fixtures.ts';
import { TEXT_BOTTOM, TEXT_LEFT, TEXT_RIGHT, TEXT_TOP, baselines, bodyWords, find, footerWords, inkRight } from './layout.ts';

interface Printed {
  pages: PdfPage[];
  /** The lines drawn on the last page. */
  rules: PdfRule[];
}

async function print(input: NoticeInput): Promise<Printed> {
  const pdf = docxToPdf(await renderDocx(buildNotice(input, OFFICE), INFO));
  const pages = pdfWords(pdf);
  return { pages, rules: pdfRules(pdf, pages.length) };
}

let pages: PdfPage[];
let printed: Printed;

beforeAll(async () => {
  printed = await print(NOTICE);
  pages = printed.pages;
});

const DATE = '2026年11月5日';
const COPY_TO = '抄送：县委办公室，县政府办公室。';

/**
 * The 版记 at the bottom of the last page's text block (GB/T 9704: its last line on the block's
 * bottom, 262 mm): 抄送 then 印发, between three full-width lines, thick, thin, thick; returns the
 * body words of the last page before the 版记.
 */
function expectRecordAtBottom({ pages: all, rules }: Printed) {
  const last = all.at(-1);
  if (!last) throw new Error('no pages');
  const words = bodyWords(last);
  const copy = find(last, COPY_TO);
  const issued = find(last, '印发');
  expect(words.indexOf(copy)).toBeLessThan(words.indexOf(issued));
  expect(Math.abs(issued.bottom - TEXT_BOTTOM)).toBeLessThanOrEqual(4);
  expect(issued.top).toBeGreaterThan(copy.bottom);
  // 版记 words last on the page (the page number aside).
  expect(words.slice(words.indexOf(copy)).every((w) => w.top >= copy.top - 1)).toBe(true);
  expect(rules).toHaveLength(3);
  const [first, middle, end] = rules as [PdfRule, PdfRule, PdfRule];
  for (const rule of rules) {
    expect(Math.abs(rule.left - TEXT_LEFT)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(rule.right - TEXT_RIGHT)).toBeLessThanOrEqual(0.5);
  }
  expect(first.bottom).toBeLessThan(copy.top);
  expect(middle.top).toBeGreaterThan(copy.bottom);
  expect(middle.bottom).toBeLessThan(issued.top);
  expect(end.top).toBeGreaterThan(issued.bottom);
  expect(Math.abs(end.bottom - TEXT_BOTTOM)).toBeLessThanOrEqual(1);
  // 0.35 mm, 0.25 mm, 0.35 mm (to a pixel of the 600 dpi raster).
  for (const [rule, width] of [[first, 0.35], [middle, 0.25], [end, 0.35]] as const) expect(Math.abs(rule.bottom - rule.top - width)).toBeLessThanOrEqual(0.05);
  return words.slice(0, words.indexOf(copy));
}

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
  it('prints the 版记 at the bottom of the last page, after the 成文日期', () => {
    const before = expectRecordAtBottom(printed);
    expect(pageText({ ...page(pages.length), words: before }).endsWith(DATE)).toBe(true);
    // The date well above the 版记: the 版记 is not in the flow after it.
    expect(Math.max(...before.map((w) => w.bottom))).toBeLessThan(TEXT_BOTTOM - 60);
  });
});

describe('版记 of a 通知 whose last page is full', () => {
  // 27 paragraphs: the 成文日期 ends on the 17th line of page 5 (210 mm), room below it for the
  // 版记 (about 21 mm); 28: the date on the 20th line (241 mm), no room left for the 版记.
  let nearlyFull: Printed;
  let full: Printed;
  beforeAll(async () => {
    [nearlyFull, full] = await Promise.all([print({ ...NOTICE, body: noticeBody(27) }), print({ ...NOTICE, body: noticeBody(28) })]);
  });
  it('keeps the 版记 on the date’s page when it fits below the date', () => {
    const before = expectRecordAtBottom(nearlyFull);
    const last = nearlyFull.pages.at(-1);
    if (!last) throw new Error('no pages');
    expect(pageText({ ...last, words: before }).endsWith(DATE)).toBe(true);
    const dateBottom = Math.max(...before.map((w) => w.bottom));
    expect(dateBottom).toBeGreaterThan(TEXT_BOTTOM - 60);
  });
  it('moves the 版记 to the next page, still at the bottom, when it does not fit', () => {
    const before = expectRecordAtBottom(full);
    expect(before).toHaveLength(0);
    const dates = full.pages.at(-2);
    if (!dates) throw new Error('no page before the 版记');
    const words = bodyWords(dates);
    expect(pageText({ ...dates, words }).endsWith(DATE)).toBe(true);
    expect(Math.max(...words.map((w) => w.bottom))).toBeGreaterThan(TEXT_BOTTOM - 25);
  });
});
