// 正文 blocks → docx: paragraphs and the four heading levels on the body's exact line (≈ 28.95 pt,
// the grid's pitch), tables with their own single spacing (a form's cells would otherwise take a
// whole grid line per text line).
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBordersOptions,
} from 'docx';
import type { DocBlock, DocCell, DocText, HeadingBlock, ParagraphBlock, TableBlock } from '../../../../shared/documents/spec.ts';
import { FONT, SIZE, run, type FontName, type RunStyle } from './fonts.ts';
import { CHAR, LINE, TEXT_WIDTH, mm } from './page.ts';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** The body's line: exactly one grid line, nothing before or after. */
export const BODY_SPACING = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** Two characters of the grid: 首行缩进 of 正文 and headings. */
export const TWO_CHARS = Math.round(CHAR * 2);

/** A line of body text in the given style (text kept as written). */
export function bodyLine(
  text: string | DocText[],
  style: RunStyle,
  options: { align?: keyof typeof ALIGN; indentFirst?: number; indentLeft?: number; indentRight?: number; hanging?: number } = {},
): Paragraph {
  const parts = typeof text === 'string' ? [{ text }] : text;
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'justify'],
    spacing: BODY_SPACING,
    // 22 lines on every full page: a paragraph's last line may stand alone at a page's top.
    widowControl: false,
    indent: {
      firstLine: options.hanging ? undefined : options.indentFirst,
      hanging: options.hanging,
      left: options.indentLeft,
      right: options.indentRight,
    },
    children: parts.map((p) => run(p.text, { ...style, bold: p.bold ?? style.bold })),
  });
}

/** An empty body line (the "空一行" of GB/T 9704). */
export function blankLine(): Paragraph {
  return bodyLine('', { font: FONT.body, sizePt: SIZE.body });
}

function paragraph(block: ParagraphBlock): Paragraph {
  const indent = block.indent ?? true;
  return bodyLine(block.text, { font: FONT.body, sizePt: SIZE.body }, { align: block.align ?? 'justify', indentFirst: indent ? TWO_CHARS : 0 });
}

const HEADING_FONT: Record<HeadingBlock['level'], FontName> = {
  1: FONT.heading1,
  2: FONT.heading2,
  3: FONT.body,
  4: FONT.body,
};

function heading(block: HeadingBlock): Paragraph {
  const p = bodyLine(block.text, { font: HEADING_FONT[block.level], sizePt: SIZE.body }, { indentFirst: TWO_CHARS });
  return p;
}

// ---- tables -------------------------------------------------------------------------------------

/** A cell's own line: exact, about 1.45 × its font size (20 pt at 4号), never the body's grid line. */
export function cellSpacing(sizePt: number) {
  return { line: Math.round(sizePt * 1.45 * 20), lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
}
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const TABLE_BORDERS: IBordersOptions = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** Column widths in twips from the shares, summing exactly to the text block's width. */
export function columnWidths(shares: number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  if (!(total > 0) || shares.some((s) => !(s > 0))) throw new Error('表格的列宽比例应为正数');
  const widths = shares.map((s) => Math.floor((s / total) * TEXT_WIDTH));
  widths[widths.length - 1] = (widths[widths.length - 1] as number) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(c: DocCell, widths: number[], start: number, sizePt: number, bold: boolean): TableCell {
  const span = c.colSpan ?? 1;
  const width = widths.slice(start, start + span).reduce((a, b) => a + b, 0);
  const lines = c.text.split('\n');
  return new TableCell({
    columnSpan: span > 1 ? span : undefined,
    rowSpan: (c.rowSpan ?? 1) > 1 ? c.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: mm(1), bottom: mm(1), left: mm(1.5), right: mm(1.5) },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: ALIGN[c.align ?? 'left'],
          spacing: cellSpacing(sizePt),
          children: [run(line, { font: FONT.body, sizePt, bold: c.bold ?? bold })],
        }),
    ),
  });
}

/** A form's grid: fixed layout at the text block's width, single-spaced cells, header repeated. */
export function table(block: TableBlock): Table {
  const widths = columnWidths(block.columns);
  const sizePt = block.fontSizePt ?? SIZE.small;
  // Columns a cell of an earlier row covers with its rowSpan: this row's cells start after them.
  const covered = new Map<number, Set<number>>();
  const rows = block.rows.map((cells, r) => {
    const isHeader = block.header === true && r === 0;
    let col = 0;
    const made = cells.map((c) => {
      while (covered.get(r)?.has(col)) col += 1;
      const made = cell(c, widths, col, sizePt, isHeader);
      for (let k = 1; k < (c.rowSpan ?? 1); k += 1) {
        const set = covered.get(r + k) ?? new Set<number>();
        for (let j = 0; j < (c.colSpan ?? 1); j += 1) set.add(col + j);
        covered.set(r + k, set);
      }
      col += c.colSpan ?? 1;
      return made;
    });
    const minMm = Math.max(0, ...cells.map((c) => c.minHeightMm ?? 0));
    return new TableRow({
      tableHeader: isHeader,
      cantSplit: minMm === 0,
      height: { value: mm(Math.max(minMm, 9)), rule: HeightRule.ATLEAST },
      children: made,
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { ...TABLE_BORDERS, insideHorizontal: THIN, insideVertical: THIN },
    rows,
  });
}

/** Any block, in the order written. */
export function renderBlock(block: DocBlock): Paragraph | Table {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block);
    case 'heading':
      return heading(block);
    case 'table':
      return table(block);
  }
}
