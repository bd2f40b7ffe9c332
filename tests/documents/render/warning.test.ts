// The 预警告知书 as LibreOffice prints it: its 文号 in the 版头 (under the red 发文机关标志, above the
// red line), 主送 the unit, the problems in order under 一、存在的问题, 二、整改要求, the closing
// sentence with the 整改时限, then the 成文日期 and the 版记.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/engine/render.ts';
import { buildWarningNotice } from '../../../electron/services/documents/builders/warningNotice.ts';
import { docxToPdf, pageText, pdfRules, pdfWords, type PdfPage, type PdfRule } from '../../helpers/office.ts';
import { INFO, OFFICE, WARNING } from '../fixtures.ts';
import { TEXT_LEFT, TEXT_RIGHT, TEXT_TOP, bodyWords, find } from './layout.ts';

let pages: PdfPage[];
let firstPageRules: PdfRule[];

beforeAll(async () => {
  const pdf = docxToPdf(await renderDocx(buildWarningNotice(WARNING, OFFICE), INFO));
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

describe('预警告知书 in LibreOffice', () => {
  it('is A4', () => {
    for (const p of pages) {
      expect(Math.abs(p.widthPt - 595.3)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.heightPt - 841.9)).toBeLessThanOrEqual(1);
    }
  });

  it('prints its 文号 in the 版头: under the 发文机关标志, above the red line across the text block', () => {
    const mark = find(first(), '中共临江县纪律检查委员会');
    expect(Math.abs(mark.top - (TEXT_TOP + 35))).toBeLessThanOrEqual(2);
    const number = find(first(), '临纪预告〔2026〕');
    // Its line reads the whole 文号 (poppler splits the serial from 号).
    const line1 = first().words.filter((w) => Math.abs(w.bottom - number.bottom) < 1);
    expect(line1.map((w) => w.text).join('')).toBe('临纪预告〔2026〕5号');
    expect(number.top).toBeGreaterThan(mark.bottom);
    const line = firstPageRules.find((r) => r.top > number.bottom);
    if (!line) throw new Error('no line under the 文号');
    // GB/T 9704: the separator 4 mm under the 字号, the width of the text block.
    expect(line.top - number.bottom).toBeLessThanOrEqual(8);
    expect(Math.abs(line.left - TEXT_LEFT)).toBeLessThanOrEqual(1);
    expect(Math.abs(line.right - TEXT_RIGHT)).toBeLessThanOrEqual(1);
    // The title and the 主送 below it.
    expect(find(first(), '关于城关镇').top).toBeGreaterThan(line.bottom);
    expect(find(first(), '城关镇党委：').top).toBeGreaterThan(find(first(), '关于城关镇').bottom);
  });

  it('lists the problems in order, numbered, a problem’s second paragraph after its first', () => {
    const at = positions(text(), [
      '近期，我委在日常监督中发现你单位存在以下问题：',
      '一、存在的问题',
      '1.村级财务报销手续不全',
      '2.集体资产台账未及时更新。',
      '部分闲置资产长期无人管理',
      '3.“三重一大”事项未经集体研究即作决定。',
      '二、整改要求',
      '（一）立即整改',
      '（二）举一反三',
    ]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('closes with the 整改时限 in Arabic numerals, then the 成文日期 and the 版记', () => {
    const all = text();
    const at = positions(all, ['健全财务管理制度。', '请你单位于2027年1月5日前将整改情况书面报送我委。', '2026年11月5日', '抄送：县委办公室。']);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(all).not.toMatch(/举报人|反映人/);
  });
});
