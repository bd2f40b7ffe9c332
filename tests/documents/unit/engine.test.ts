// The engine's layout rules, read back from the .docx's XML.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/services/documents/engine/render.ts';
import { buildNotice } from '../../../electron/services/documents/builders/notice.ts';
import { buildTipRegisterForm } from '../../../electron/services/documents/builders/tipRegisterForm.ts';
import { attr, docxParts, paragraphWith, paragraphsOf, textOf, type DocxParts } from '../../helpers/docxXml.ts';
import { INFO, NOTICE, OFFICE, REGISTER } from '../fixtures.ts';

const TWIPS_PER_MM = 1440 / 25.4;
let notice: DocxParts;
let form: DocxParts;
let doc: string;
let noticeBytes: Uint8Array;

beforeAll(async () => {
  noticeBytes = await renderDocx(buildNotice(NOTICE, OFFICE), INFO);
  notice = docxParts(noticeBytes);
  form = docxParts(await renderDocx(buildTipRegisterForm(REGISTER, OFFICE), INFO));
  doc = notice.part('word/document.xml');
});

function eastAsia(p: string): string[] {
  return [...p.matchAll(/<w:rFonts [^>]*w:eastAsia="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('page', () => {
  it('is A4 with the GB/T 9704 margins', () => {
    for (const xml of [doc, form.part('word/document.xml')]) {
      expect(attr(xml, 'w:pgSz', 'w:w')).toBe('11906');
      expect(attr(xml, 'w:pgSz', 'w:h')).toBe('16838');
      for (const [side, mm] of [['top', 37], ['left', 28], ['right', 26], ['bottom', 35]] as const) {
        expect(Math.abs(Number(attr(xml, 'w:pgMar', `w:${side}`)) - mm * TWIPS_PER_MM)).toBeLessThanOrEqual(1);
      }
    }
  });
  it('has a grid of 22 lines × 28 characters', () => {
    const pitch = Number(attr(doc, 'w:docGrid', 'w:linePitch'));
    const charSpace = Number(attr(doc, 'w:docGrid', 'w:charSpace'));
    const height = 16838 - Number(attr(doc, 'w:pgMar', 'w:top')) - Number(attr(doc, 'w:pgMar', 'w:bottom'));
    const width = 11906 - Number(attr(doc, 'w:pgMar', 'w:left')) - Number(attr(doc, 'w:pgMar', 'w:right'));
    expect(Math.floor(height / pitch)).toBe(22);
    const charPitch = (16 + charSpace / 4096) * 20;
    expect(Math.floor(width / charPitch + 0.01)).toBe(28);
    // Body runs are set 0.25 pt tighter, so 28 characters of 16 pt fit 156 mm in every reader.
    const body = paragraphWith(doc, '各乡镇纪委要切实履行');
    expect(body).toContain('<w:spacing w:val="-5"/>');
    expect(Math.floor(width / (16 * 20 - 5))).toBe(28);
    expect(attr(body, 'w:spacing', 'w:line')).toBe(String(pitch));
    expect(attr(body, 'w:spacing', 'w:lineRule')).toBe('exact');
  });
  it('numbers odd and even pages apart, 4号 宋体 "— n —"', () => {
    expect(notice.part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = notice.names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => notice.part(n));
    expect(footers).toHaveLength(2);
    const aligns = footers.map((f) => attr(f, 'w:jc', 'w:val')).sort();
    expect(aligns).toEqual(['left', 'right']);
    for (const f of footers) {
      expect(f).toContain('PAGE');
      expect(new Set(eastAsia(f))).toEqual(new Set(['宋体']));
      expect(attr(f, 'w:sz', 'w:val')).toBe('28');
      expect(textOf(f)).toMatch(/^— +—$/);
    }
  });
});

describe('公文', () => {
  it('sets the East-Asian font on every run', () => {
    const runs = [...doc.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => textOf(r) !== '');
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs) expect(eastAsia(r)).toHaveLength(1);
  });
  it('writes the fonts of each part', () => {
    expect(eastAsia(paragraphWith(doc, '中共临江县纪律检查委员会'))).toEqual(['方正小标宋简体']);
    expect(eastAsia(paragraphWith(doc, '关于开展群众身边'))).toEqual(['方正小标宋简体']);
    expect(attr(paragraphWith(doc, '关于开展群众身边'), 'w:sz', 'w:val')).toBe('44');
    expect(eastAsia(paragraphWith(doc, '一、工作目标'))).toEqual(['黑体']);
    expect(eastAsia(paragraphWith(doc, '（一）加强组织领导'))).toEqual(['楷体_GB2312']);
    expect(eastAsia(paragraphWith(doc, '各乡镇纪委要切实履行'))).toEqual(['仿宋_GB2312']);
    expect(attr(paragraphWith(doc, '各乡镇纪委要切实履行'), 'w:sz', 'w:val')).toBe('32');
  });
  it('prints the mark in red, the number with 〔〕 and the red line under it', () => {
    expect(attr(paragraphWith(doc, '中共临江县纪律检查委员会'), 'w:color', 'w:val')).toBe('FF0000');
    const number = paragraphWith(doc, '临纪发〔2026〕5号');
    expect(textOf(number)).toBe('临纪发〔2026〕5号');
    expect(attr(number, 'w:bottom', 'w:color')).toBe('FF0000');
    expect(attr(number, 'w:jc', 'w:val')).toBe('center');
  });
  it('ends 主送 with "：" flush left and writes the date in Arabic numerals', () => {
    const to = paragraphWith(doc, '各乡镇纪委，县直各单位纪检组织');
    expect(textOf(to)).toBe('各乡镇纪委，县直各单位纪检组织：');
    expect(attr(to, 'w:jc', 'w:val')).toBe('left');
    expect(textOf(doc)).toContain('2026年11月5日');
    expect(textOf(doc)).not.toMatch(/二〇二六/);
    expect(textOf(paragraphWith(doc, '附件：'))).toBe('附件：1.问题线索登记表');
  });
  it('puts the 版记 last, a floating table aligned to the text block’s bottom', () => {
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(doc)?.[0] ?? '';
    expect(textOf(table)).toBe('抄送：县委办公室，县政府办公室。中共临江县纪律检查委员会办公室2026年11月5日印发');
    // Bottom of the margin box (Word, WPS, LibreOffice); the absolute tblpY the same spot.
    expect(attr(table, 'w:tblpPr', 'w:vertAnchor')).toBe('margin');
    expect(attr(table, 'w:tblpPr', 'w:tblpYSpec')).toBe('bottom');
    const rows = [...table.matchAll(/<w:trHeight [^>]*w:val="(\d+)"/g)].map((m) => Number(m[1]));
    const textHeight = 16838 - Number(attr(doc, 'w:pgMar', 'w:top')) - Number(attr(doc, 'w:pgMar', 'w:bottom'));
    expect(Number(attr(table, 'w:tblpPr', 'w:tblpY')) + rows.reduce((a, b) => a + b, 0)).toBe(textHeight);
    // From the page's edge at the left margin (LibreOffice floats a full-width table only so), no cell margins.
    expect(attr(table, 'w:tblpPr', 'w:horzAnchor')).toBe('page');
    expect(attr(table, 'w:tblpPr', 'w:tblpX')).toBe(attr(doc, 'w:pgMar', 'w:left'));
    expect(attr(table, 'w:tblW', 'w:w')).toBe(String(11906 - Number(attr(doc, 'w:pgMar', 'w:left')) - Number(attr(doc, 'w:pgMar', 'w:right'))));
    const margins = /<w:tblCellMar>[\s\S]*?<\/w:tblCellMar>/.exec(table)?.[0] ?? '';
    for (const side of ['left', 'right']) expect(attr(margins, `w:${side}`, 'w:w')).toBe('0');
    expect(attr(table, 'w:top', 'w:sz')).toBe('8');
    expect(attr(table, 'w:insideH', 'w:sz')).toBe('6');
    expect(attr(table, 'w:bottom', 'w:sz')).toBe('8');
    expect(new Set(eastAsia(table))).toEqual(new Set(['仿宋_GB2312']));
  });
  it('anchors the 版记 in a closing hairline kept off the grid, the body’s last paragraph', () => {
    const after = /<\/w:tbl>([\s\S]*)<w:sectPr/.exec(doc)?.[1] ?? '';
    expect(paragraphsOf(after)).toHaveLength(1);
    expect(textOf(after)).toBe('');
    expect(attr(after, 'w:pStyle', 'w:val')).toBe('OffGrid');
    expect(attr(after, 'w:spacing', 'w:line')).toBe('20');
    expect(attr(after, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(attr(/<w:p>(?:(?!<w:p>)[\s\S])*<\/w:p><w:sectPr/.exec(form.part('word/document.xml'))?.[0] ?? '', 'w:pStyle', 'w:val')).toBe('OffGrid');
    // The style keeps its paragraphs off the grid; the titles (2号) use it too.
    const offGrid = /<w:style [^>]*w:styleId="OffGrid"[^>]*>[\s\S]*?<\/w:style>/.exec(form.part('word/styles.xml'))?.[0] ?? '';
    expect(attr(offGrid, 'w:snapToGrid', 'w:val')).toBe('0');
    expect(attr(paragraphWith(form.part('word/document.xml'), '登记表'), 'w:pStyle', 'w:val')).toBe('OffGrid');
  });
  it('gives tables their own line spacing', () => {
    const xml = form.part('word/document.xml');
    const cell = paragraphsOf(/<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)?.[0] ?? '')[0] ?? '';
    expect(attr(cell, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(attr(cell, 'w:spacing', 'w:line')).not.toBe(attr(xml, 'w:docGrid', 'w:linePitch'));
  });
  it('is the same bytes each time, dated by the 成文日期', async () => {
    const again = await renderDocx(buildNotice(NOTICE, OFFICE), INFO);
    expect(Buffer.from(again).equals(Buffer.from(noticeBytes))).toBe(true);
    const core = notice.part('docProps/core.xml');
    expect(core).toContain('2026-11-05T00:00:00Z');
    expect(core).toContain('<dc:creator>中共临江县纪律检查委员会</dc:creator>');
    expect(core).toContain('<dc:title>测试文件</dc:title>');
  });
});
