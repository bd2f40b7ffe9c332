// The fonts of GB/T 9704-2012 and how every run names them. The East-Asian font is set on every
// run (ascii, hAnsi, eastAsia and cs alike): without it Word and WPS fall back to the theme's font
// for Chinese. Sizes in points; docx wants half-points.
import { TextRun } from 'docx';

export const FONT = {
  /** 正文, 三级、四级标题, 版记: 仿宋_GB2312. */
  body: '仿宋_GB2312',
  /** 标题 and 发文机关标志: 方正小标宋简体. */
  title: '方正小标宋简体',
  /** 一级标题 "一、": 黑体. */
  heading1: '黑体',
  /** 二级标题 "（一）": 楷体_GB2312. */
  heading2: '楷体_GB2312',
  /** 页码: 宋体. */
  pageNumber: '宋体',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

/** 字号 in points: 2号 22, 3号 16, 4号 14, 小四 12. */
export const SIZE = {
  title: 22,
  body: 16,
  small: 14,
  smaller: 12,
} as const;

/** The GB/T 9704 red of 发文机关标志 and the separator under 文号. */
export const RED = 'FF0000';

/**
 * 28 characters of 3号 fill the 156 mm line only at a pitch of at most 15.79 pt: each character
 * set 0.25 pt tighter (in twentieths of a point) gives 15.75 pt, 28 to a line and never 29.
 */
export const BODY_CHARACTER_SPACING = -5;

export interface RunStyle {
  font: FontName;
  sizePt: number;
  bold?: boolean;
  color?: string;
}

/** The font options of a run: the one name for every script. */
export function fontOf(name: FontName) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** A run of text in a style; never a run without its East-Asian font. */
export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: fontOf(style.font),
    size: style.sizePt * 2,
    sizeComplexScript: style.sizePt * 2,
    bold: style.bold ?? false,
    color: style.color ?? '000000',
    characterSpacing: style.sizePt === SIZE.body ? BODY_CHARACTER_SPACING : undefined,
  });
}
