// The page of GB/T 9704-2012: A4, 天头 37 mm, 订口 28 mm, a text block of 156 × 225 mm, and a
// document grid of 22 lines × 28 characters at 3号. Page numbers "— n —" in 4号 宋体 7 mm below
// the text block, odd pages on the right and even pages on the left, one character in.
import { AlignmentType, DocumentGridType, LineRuleType, Footer, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { FONT, SIZE, fontOf } from './fonts.ts';

/** Twips (1/20 pt) in a millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

export const PAGE = {
  /** A4 in twips. */
  width: 11906,
  height: 16838,
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

/** The text block's width in twips (156 mm). */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** The text block's height in twips (225 mm). */
export const TEXT_HEIGHT = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** One body line (≈ 28.95 pt) in twips: 22 of them fill the text block. */
export const LINE = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);
/** One character of the grid (≈ 15.8 pt) in twips: 28 of them fill a line. */
export const CHAR = TEXT_WIDTH / CHARS_PER_LINE;

/**
 * w:charSpace: how much the grid's character pitch differs from the 3号 default font, in 1/4096 pt
 * (negative: 28 characters of 16 pt would overflow 156 mm by 2 mm). Recorded for Word's 文档网格
 * dialog; the grid itself is a line grid (type "lines"), because LibreOffice lays a
 * "linesAndChars" grid out cell by cell and a 16 pt character does not fit a 15.79 pt cell: it
 * took two, 14 characters a line. The 28 characters come from the runs' own spacing
 * (fonts.ts BODY_CHARACTER_SPACING), which Word, WPS and LibreOffice all honour.
 */
export const CHAR_SPACE = Math.round((CHAR / 20 - SIZE.body) * 4096);

/**
 * The footer's distance from the page's bottom edge. Chosen so the number's glyphs start 7 mm
 * below the text block (measured from LibreOffice's PDF: see tests/documents/render).
 */
const FOOTER_FROM_BOTTOM = mm(22);

function pageNumber(side: 'odd' | 'even'): Footer {
  const font = fontOf(FONT.pageNumber);
  const size = SIZE.small * 2;
  // 4号 is 14 pt: one character in from the outer edge of the text block.
  const oneChar = SIZE.small * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        spacing: { before: 0, after: 0, line: SIZE.small * 1.3 * 20, lineRule: LineRuleType.EXACT },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size, sizeComplexScript: size }),
        ],
      }),
    ],
  });
}

/** The section of every document: the page, the grid, the footers. */
export function sectionPage(): Pick<ISectionOptions, 'properties' | 'footers'> {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...PAGE.margin, header: mm(15), footer: FOOTER_FROM_BOTTOM, gutter: 0 },
      },
      grid: { type: DocumentGridType.LINES, linePitch: LINE, charSpace: CHAR_SPACE },
    },
    footers: { default: pageNumber('odd'), even: pageNumber('even') },
  };
}
