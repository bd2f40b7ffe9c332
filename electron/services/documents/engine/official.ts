// A 公文 (GB/T 9704-2012): 版头 (红色发文机关标志 35 mm below the text block's top, 发文字号 two
// lines below it, a red line 4 mm under the 字号 across the text block), 主体 (标题, 主送, 正文,
// 附件说明, 署名, 成文日期) and 版记 (抄送, 印发机关 and 印发日期 between full-width lines), the
// 版记 a floating table aligned to the bottom of the last page's text block (see record()).
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  TabStopType,
  Tab,
  TextRun,
} from 'docx';
import type { OfficialDocument } from '../../../../shared/documents/spec.ts';
import { officialDate } from '../../../../shared/documents/dates.ts';
import { BODY_SPACING, TWO_CHARS, blankLine, bodyLine, cellSpacing, renderBlock } from './blocks.ts';
import { FONT, RED, SIZE, fontOf, run } from './fonts.ts';
import { CHAR, PAGE, TEXT_HEIGHT, TEXT_WIDTH, mm } from './page.ts';
import { widthInChars } from './width.ts';

const BODY = { font: FONT.body, sizePt: SIZE.body } as const;

/** 发文机关标志: at most this size, smaller when a long name would not fit the text block. */
const MARK_MAX_PT = 42;

/**
 * Space above the mark so its glyphs start 35 mm below the text block's top. The line holding the
 * mark has its own exact height (1.3 × the size), and its glyphs start a little below the line's top: the
 * figure is 35 mm less that gap, measured in LibreOffice's PDF (tests/documents/render).
 */
const MARK_BEFORE = mm(35 - 3.8);

export function markSizePt(mark: string): number {
  const longest = Math.max(...mark.split('\n').map(widthInChars));
  return Math.min(MARK_MAX_PT, Math.floor(TEXT_WIDTH / 20 / Math.max(1, longest)));
}

/** 版头: the red mark, a blank line, the 字号 and the red line under it. */
function head(doc: OfficialDocument): Paragraph[] {
  const sizePt = markSizePt(doc.office.mark);
  const lines = doc.office.mark.split('\n');
  const mark = lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: i === 0 ? MARK_BEFORE : 0, after: 0, line: Math.round(sizePt * 1.3 * 20), lineRule: LineRuleType.EXACT },
        children: [run(line, { font: FONT.title, sizePt, color: RED })],
      }),
  );
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: BODY_SPACING,
    // The red line: a bottom border across the paragraph, i.e. the text block's width.
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 8 } },
    children: [run(doc.number, BODY)],
  });
  return [...mark, blankLine(), number];
}

/** 标题 (2号 小标宋, centred; a \n in it starts a new line) after two blank lines, then 主送. */
function titleAndRecipients(doc: OfficialDocument): Paragraph[] {
  const title = doc.title.split('\n').map((line) => bodyLine(line, { font: FONT.title, sizePt: SIZE.title }, { align: 'center', offGrid: true }));
  const recipients = doc.recipients.trim() === '' ? [] : [blankLine(), bodyLine(`${doc.recipients}：`, BODY, { align: 'left', indentFirst: 0 })];
  return [blankLine(), blankLine(), ...title, ...recipients];
}

/** 附件说明: one line below the text, "附件：" two characters in, later names aligned under the first. */
function attachments(names: string[]): Paragraph[] {
  if (names.length === 0) return [];
  const label = Math.round(CHAR * 3);
  const lines = names.map((name, i) => {
    const text = names.length === 1 ? name : `${i + 1}.${name}`;
    return i === 0
      ? bodyLine(`附件：${text}`, BODY, { indentLeft: TWO_CHARS + label, hanging: label })
      : bodyLine(text, BODY, { indentLeft: TWO_CHARS + label });
  });
  return [blankLine(), ...lines];
}

/**
 * 署名 and 成文日期 (not stamped): the 署名 two characters from the right, the date below it
 * starting two characters to the right of the 署名's first character; when the date is the longer,
 * the date keeps two characters from the right and the 署名 moves left of it.
 */
function signatureAndDate(doc: OfficialDocument): Paragraph[] {
  const names = doc.signature ?? doc.office.organs;
  const date = officialDate(doc.date);
  const nameWidth = Math.max(0, ...names.map(widthInChars));
  const dateWidth = widthInChars(date);
  const nameRight = Math.max(2, dateWidth + 2 + 2 - nameWidth);
  const dateRight = nameRight + nameWidth - 2 - dateWidth;
  const right = (chars: number) => Math.round(chars * CHAR);
  return [
    blankLine(),
    ...names.map((n) => bodyLine(n, BODY, { align: 'right', indentRight: right(nameRight + (nameWidth - widthInChars(n))) })),
    bodyLine(date, BODY, { align: 'right', indentRight: right(dateRight) }),
  ];
}

// ---- 版记 ---------------------------------------------------------------------------------------

/** 0.35 mm and 0.25 mm lines, in eighths of a point. */
const THICK = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
const THIN = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const RECORD = { font: FONT.body, sizePt: SIZE.small } as const;
/** One character of 4号 (14 pt), in twips. */
const ONE_CHAR_SMALL = SIZE.small * 20;
/** A 版记 line: its text line and a little air above and below, in twips. */
const RECORD_LINE = cellSpacing(SIZE.small).line;
const RECORD_PAD = mm(1.5);

/** How many lines "抄送：…。" takes: 4号 in the text block less a character each side, continued under the first name. */
export function copyToLines(text: string): number {
  const perLine = Math.floor((TEXT_WIDTH - 2 * ONE_CHAR_SMALL) / ONE_CHAR_SMALL) - 1;
  const width = widthInChars(text);
  return width <= perLine ? 1 : 1 + Math.ceil((width - perLine) / (perLine - 3));
}

function recordRow(paragraph: Paragraph, lines: number): { row: TableRow; height: number } {
  const height = lines * RECORD_LINE + 2 * RECORD_PAD;
  const row = new TableRow({
    height: { value: height, rule: HeightRule.EXACT },
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        borders: { left: NONE, right: NONE },
        children: [paragraph],
      }),
    ],
  });
  return { row, height };
}

/**
 * 版记: 抄送 (when given) and 印发 between full-width lines, thick first and last, its last line on
 * the text block's bottom: a floating table (w:tblpPr) after the 成文日期, anchored in the document's
 * closing paragraph and aligned to the bottom of the margin box (vertAnchor="margin",
 * tblpYSpec="bottom"; the absolute tblpY, the same spot for rows of exact height, for a reader that
 * knows only absolute positions). Word and WPS place a table so positioned at the bottom of the page
 * of its anchor (ECMA-376 §17.4.58 tblpPr: tblpYSpec supersedes tblpY; it is what Word's 表格定位
 * dialog writes for "垂直：底端，相对于：页边距"). The text wraps around a floating table and none fits
 * beside one this wide, so when the 成文日期 leaves no room the anchor, and the 版记 with it, moves to
 * the next page, again at the bottom — as GB/T 9704 asks. (Reasoned from the spec; not run in Word.)
 * LibreOffice 7.4 turns a floating table into a frame only by a heuristic (writerfilter,
 * SectionPropertyMap::FloatingTableConversion): a table about as wide as the text block stays in
 * the flow (it printed the 版记 right after the 成文日期) unless it is placed horizontally from the
 * page's edge — hence horzAnchor="page" with tblpX the left margin, the same spot as "margin", 0 —
 * and never one anchored to the page both ways at an absolute spot in the page's lower left quarter
 * — hence vertAnchor="margin". The table's cell margins are 0, so its lines start at the text
 * block's edge whether a reader measures tblpX to the border or to the first cell's text.
 * Measured in LibreOffice's PDF (tests/documents/render): the 印发 line's glyphs end at 260.6 mm, the
 * lines run from 28.0 to 184.0 mm, the last one ends at 262.0 mm.
 */
export function record(doc: OfficialDocument): Table {
  const rows: Array<{ row: TableRow; height: number }> = [];
  const copyTo = doc.copyTo?.filter((c) => c.trim() !== '') ?? [];
  if (copyTo.length > 0) {
    const text = `抄送：${copyTo.join('，')}。`;
    const label = ONE_CHAR_SMALL * 3;
    const paragraph = new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: cellSpacing(SIZE.small),
      indent: { left: ONE_CHAR_SMALL + label, hanging: label, right: ONE_CHAR_SMALL },
      children: [run(text, RECORD)],
    });
    rows.push(recordRow(paragraph, copyToLines(text)));
  }
  const printed = `${officialDate(doc.printedDate ?? doc.date)}印发`;
  // 印发机关 on the left, the date on the right, one character in from each edge: a right tab stop.
  const printer = new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: cellSpacing(SIZE.small),
    indent: { left: ONE_CHAR_SMALL },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - ONE_CHAR_SMALL }],
    children: [run(doc.office.printer, RECORD), new TextRun({ children: [new Tab()], font: fontOf(RECORD.font), size: RECORD.sizePt * 2 }), run(printed, RECORD)],
  });
  rows.push(recordRow(printer, 1));
  const height = rows.reduce((sum, r) => sum + r.height, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: THICK, bottom: THICK, left: NONE, right: NONE, insideHorizontal: THIN, insideVertical: NONE },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: PAGE.margin.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      absoluteVerticalPosition: TEXT_HEIGHT - height,
      topFromText: 0,
      bottomFromText: 0,
    },
    rows: rows.map((r) => r.row),
  });
}

/** The body of the section: 版头, 主体, and the 版记 last. */
export function officialChildren(doc: OfficialDocument): Array<Paragraph | Table> {
  return [
    ...head(doc),
    ...titleAndRecipients(doc),
    ...doc.blocks.map(renderBlock),
    ...attachments(doc.attachments ?? []),
    ...signatureAndDate(doc),
    record(doc),
  ];
}
