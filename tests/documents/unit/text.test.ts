import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../shared/documents/text.ts';
import { officialDate } from '../../../shared/documents/dates.ts';

describe('officialDate', () => {
  it('writes Arabic numerals with the full year and no padding', () => {
    expect(officialDate('2026-11-05')).toBe('2026年11月5日');
    expect(officialDate('2027-01-04')).toBe('2027年1月4日');
    expect(officialDate('2026-12-31')).toBe('2026年12月31日');
  });
  it('refuses what is not a date', () => {
    expect(() => officialDate('2026-02-30')).toThrow(/成文日期/);
    expect(() => officialDate('2026/11/05')).toThrow();
    expect(() => officialDate('')).toThrow();
  });
});

describe('blocksFromText', () => {
  it('makes each non-empty line a paragraph, text untouched', () => {
    const text = '  第一段，前有空格。 \r\n\n\u3000\u3000第二段<b>&amp;\n   \n最后';
    expect(blocksFromText(text)).toEqual([
      { type: 'paragraph', text: '  第一段，前有空格。 ' },
      { type: 'paragraph', text: '\u3000\u3000第二段<b>&amp;' },
      { type: 'paragraph', text: '最后' },
    ]);
  });
  it('finds first- and second-level headings', () => {
    expect(blocksFromText('一、总体要求\n十二、其他\n（一）加强领导\n(二)压实责任')).toEqual([
      { type: 'heading', level: 1, text: '一、总体要求' },
      { type: 'heading', level: 1, text: '十二、其他' },
      { type: 'heading', level: 2, text: '（一）加强领导' },
      { type: 'heading', level: 2, text: '(二)压实责任' },
    ]);
  });
  it('keeps a long or sentence-ending （一） line a paragraph', () => {
    const long = `（一）${'加强组织领导'.repeat(7)}`;
    expect(blocksFromText(`（一）加强领导。\n${long}`).map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
  it('does not take 一些 or 十分 for a heading number', () => {
    expect(blocksFromText('一些单位\n十分重要').map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});
