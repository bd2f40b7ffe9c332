// The three tip forms as LibreOffice prints them: A4, the text block, the title at the block's
// top (no 版头), page numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/engine/render.ts';
import { buildTipRegisterForm } from '../../../electron/services/documents/builders/tipRegisterForm.ts';
import { buildTipApprovalForm } from '../../../electron/services/documents/builders/tipApprovalForm.ts';
import { buildTipClosingReport } from '../../../electron/services/documents/builders/tipClosingReport.ts';
import type { FormDocument } from '../../../shared/documents/spec.ts';
import { docxToPdf, pageText, pdfWords, type PdfPage } from '../../helpers/office.ts';
import { APPROVAL, CLOSING, INFO, OFFICE, REGISTER } from '../fixtures.ts';
import { TEXT_BOTTOM, TEXT_LEFT, TEXT_RIGHT, TEXT_TOP, bodyWords, find, footerWords, inkRight } from './layout.ts';

const FORMS: Array<[string, () => FormDocument, string[]]> = [
  ['信访举报登记表', () => buildTipRegisterForm(REGISTER, OFFICE), ['姓名：张*', '举报人信息已按权限遮蔽', '2026年11月3日']],
  ['问题线索处置审批表', () => buildTipApprovalForm(APPROVAL, OFFICE), ['□批准', '需调取银行流水', '2027年1月3日']],
  ['办结报告', () => buildTipClosingReport(CLOSING, OFFICE), ['核查情况', '党纪处分', '2026年12月18日']],
];

const rendered = new Map<string, PdfPage[]>();

beforeAll(async () => {
  for (const [title, build] of FORMS) rendered.set(title, pdfWords(docxToPdf(await renderDocx(build(), INFO))));
});

describe.each(FORMS)('%s in LibreOffice', (title, _build, texts) => {
  const pages = () => rendered.get(title) ?? [];
  it('is A4 with the text in the 156 mm block from 28 mm', () => {
    for (const p of pages()) {
      expect(Math.abs(p.widthPt - 595.3)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.heightPt - 841.9)).toBeLessThanOrEqual(1);
      const words = bodyWords(p);
      expect(Math.min(...words.map((w) => w.left))).toBeGreaterThanOrEqual(TEXT_LEFT - 1);
      expect(Math.max(...words.map(inkRight))).toBeLessThanOrEqual(TEXT_RIGHT);
    }
  });
  it('puts the title first, at the text block’s top', () => {
    const first = pages()[0] as PdfPage;
    const t = find(first, title.slice(0, 3));
    expect(first.words[0]).toBe(t);
    expect(t.top).toBeGreaterThanOrEqual(TEXT_TOP);
    // A 2号 title's glyph box (pdftotext: the font's whole ascent) starts 43.4 mm from the top in
    // LibreOffice 7.4, its box 6.4 mm below the text block's top (a 3号 body line's: 2.3 mm).
    expect(t.top).toBeLessThanOrEqual(TEXT_TOP + 7);
  });
  it('prints its content in Chinese and the office’s name', () => {
    const text = pages().map(pageText).join('');
    expect(text).toContain('制表单位：中共临江县纪律检查委员会');
    for (const s of texts) expect(text).toContain(s);
  });
  it('numbers page 1 on the right, 7 mm below the text block', () => {
    const one = footerWords(pages()[0] as PdfPage);
    expect(one.map((w) => w.text).join('')).toBe('—1—');
    expect(Math.max(...one.map((w) => w.right))).toBeGreaterThan(TEXT_RIGHT - 10);
    for (const w of one) expect(Math.abs(w.top - (TEXT_BOTTOM + 7))).toBeLessThanOrEqual(3);
  });
});
