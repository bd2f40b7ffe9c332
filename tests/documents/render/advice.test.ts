// The 预警建议书 as LibreOffice prints it: its 文号 in the 版头 (under the red 发文机关标志, above the
// red line), the title, 主送 the unit, the 正文 with its headings 一、 二、 in order, then the 署名,
// the 成文日期 in Arabic numerals and the 版记 with its 抄送.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/engine/render.ts';
import { buildAdvice } from '../../../electron/services/documents/builders/advice.ts';
import { docxToPdf, pageText, pdfRules, pdfWords, type PdfPage, type PdfRule } from '../../helpers/office.ts';
import { ADVICE, INFO, OFFICE } from '../fixtures.ts';
import { TEXT_LEFT, TEXT_RIGHT, TEXT_TOP, bodyWords, find } from './layout.ts';

let pages: PdfPage[];
let firstPageRules: PdfRule[];

beforeAll(async () => {
  const pdf = docxToPdf(await renderDocx(buildAdvice(ADVICE, OFFICE), INFO));
  pages = pdfWords(pdf);
  firstPageRules = pdfRules(pdf, 1);
});

const text = () => pages.map((p) => pageText({ ...p, words: bodyWords(p) })).join('');

function first(): PdfPage {
  const p = pages[0];
  if (!p) throw new Error('no pages');
  return p;
}

/** Where each text starts in the printed text, in the order given; fails on one not printed. */
function positions(all: string, parts: string[]): number[] {
  return parts.map((part) => {
    const at = all.indexOf(part);
    if (at < 0) throw new Error(`“${part}” not printed: ${all}`);
    return at;
  });
}

describe('预警建议书 in LibreOffice', () => {
  it('is A4', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      expect(Math.abs(p.widthPt - 595.3)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.heightPt - 841.9)).toBeLessThanOrEqual(1);
    }
  });

  it('prints its 文号 in the 版头: under the 发文机关标志, above the red line; the title and 主送 below', () => {
    const mark = find(first(), '中共临江县纪律检查委员会');
    expect(Math.abs(mark.top - (TEXT_TOP + 35))).toBeLessThanOrEqual(2);
    const number = find(first(), '临纪预建〔2027〕');
    const line1 = first().words.filter((w) => Math.abs(w.bottom - number.bottom) < 1);
    expect(line1.map((w) => w.text).join('')).toBe('临纪预建〔2027〕3号');
    expect(number.top).toBeGreaterThan(mark.bottom);
    const line = firstPageRules.find((r) => r.top > number.bottom);
    if (!line) throw new Error('no line under the 文号');
    expect(line.top - number.bottom).toBeLessThanOrEqual(8);
    expect(Math.abs(line.left - TEXT_LEFT)).toBeLessThanOrEqual(1);
    expect(Math.abs(line.right - TEXT_RIGHT)).toBeLessThanOrEqual(1);
    expect(find(first(), '关于城关镇东村').top).toBeGreaterThan(line.bottom);
    expect(find(first(), '中共城关镇东村支部委员会：').top).toBeGreaterThan(find(first(), '关于城关镇东村').bottom);
  });

  it('prints the 正文 as typed, its headings in order, then the 署名, the 成文日期 and the 抄送', () => {
    const all = text();
    const at = positions(all, [
      '廉情指数为60.00分，评定为C级',
      '一、存在的主要薄弱环节',
      '信访举报：查实问题2件。',
      '二、下一年度工作要求',
      '30日内书面报告整改情况。',
      '中共临江县纪律检查委员会',
      '2027年1月15日',
      '抄送：城关镇纪委。',
    ]);
    // The 署名 is looked for after the 正文 (the mark prints the same name in the 版头).
    const signature = all.indexOf('中共临江县纪律检查委员会', at[4]);
    expect(signature).toBeGreaterThan(at[4] ?? 0);
    expect([...at.slice(0, 5), signature, ...at.slice(6)]).toEqual([...at.slice(0, 5), signature, ...at.slice(6)].sort((a, b) => a - b));
    expect(all).not.toMatch(/举报人|反映人/);
  });
});
