// What a document says, before it is laid out: the one description every document of the office is
// made from (公文 with 版头 and 文号, and forms — 表, 记录, 报告 — without). The engine
// (electron/services/documents/engine) turns it into a .docx in the GB/T 9704-2012 layout; the
// builders (one per kind) turn a record into it. Dates are ISO (2026-11-05) here and written in
// Arabic numerals by the engine (2026年11月5日).

/** A run of text inside a paragraph or a cell; bold only where a form asks for it. */
export interface DocText {
  text: string;
  bold?: boolean;
}

/** 正文 paragraph: indented two characters unless said otherwise. */
export interface ParagraphBlock {
  type: 'paragraph';
  /** One string, or runs when part of it is bold (e.g. a label in a form's note). */
  text: string | DocText[];
  align?: 'left' | 'center' | 'right' | 'justify';
  /** 首行缩进 two characters (default true for 正文). */
  indent?: boolean;
}

/**
 * A heading of the four levels, its number written by the author as the office numbers it:
 * level 1 黑体 "一、", level 2 楷体 "（一）", level 3 仿宋 "1.", level 4 仿宋 "（1）".
 */
export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  text: string;
}

/** A cell of a table: text (lines split on \n), spanning columns or rows where a form merges them. */
export interface DocCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** A cell that holds a long text (问题摘要, 拟办意见) and should stand tall even when empty, in mm. */
  minHeightMm?: number;
}

/**
 * A table (a form's grid, a list of problems). Column widths are shares of the text block's
 * 156 mm; rows of cells; a header row repeats on every page. Tables keep their own line spacing
 * (single, 4号 or 小四) rather than the body's grid.
 */
export interface TableBlock {
  type: 'table';
  columns: number[];
  rows: DocCell[][];
  /** The first row is a header (bold, repeated on each page). */
  header?: boolean;
  /** Font size of the cells in points: 14 (4号, default) or 12 (小四). */
  fontSizePt?: 12 | 14;
}

export type DocBlock = ParagraphBlock | HeadingBlock | TableBlock;

/** The office as its documents name it (机关信息). */
export interface DocOffice {
  /** 机关全称, one or two organs issuing jointly. */
  organs: string[];
  /** 发文机关标志 (e.g. 中共临江县纪律检查委员会 or "中共临江县纪律检查委员会\n临江县监察委员会"). */
  mark: string;
  /** 印发机关 (版记). */
  printer: string;
  address: string;
  phone: string;
}

/** A 公文: 版头 (发文机关标志, 文号, red separator), 主体 and 版记. */
export interface OfficialDocument {
  family: 'official';
  office: DocOffice;
  /** 发文字号 as issued (临纪发〔2026〕5号); a draft shows the number not yet given, e.g. 临纪发〔2026〕  号. */
  number: string;
  title: string;
  /** 主送机关, without the closing "：". */
  recipients: string;
  blocks: DocBlock[];
  /** 附件说明: the attachments' names in order ("附件：1.…"). */
  attachments?: string[];
  /** 发文机关署名: the organs' names as signed; defaults to office.organs. */
  signature?: string[];
  /** 成文日期 (ISO). */
  date: string;
  /** 抄送机关 (版记), none when empty. */
  copyTo?: string[];
  /** 印发日期 (ISO); defaults to the 成文日期. */
  printedDate?: string;
}

/** A form (表, 记录, 报告): the same A4 text block, the office's name, a table layout, page numbers. */
export interface FormDocument {
  family: 'form';
  office: DocOffice;
  title: string;
  /** A line under the title (编号, 制表单位 and the date it was made). */
  subtitle?: string;
  blocks: DocBlock[];
  /** A line at the end (填表人、打印时间), small. */
  footnote?: string;
}

export type DocumentSpec = OfficialDocument | FormDocument;

/** Who the file says made it (the .docx's author and title properties). */
export interface DocFileInfo {
  author: string;
  title: string;
  /**
   * The time the file says it was made (ISO date or date-time). Optional: a 公文 defaults to its
   * 成文日期 and a form to a fixed moment, so the same document always gives the same bytes.
   */
  madeAt?: string;
}
