// Figures of a rendered page, in mm from the page's top-left corner (tests/helpers/office.ts).
import type { PdfPage, PdfWord } from '../../helpers/office.ts';

export const TEXT_LEFT = 28;
export const TEXT_RIGHT = 28 + 156;
export const TEXT_TOP = 37;
export const TEXT_BOTTOM = 37 + 225;

/** Words of the text block (the page number below it left out). */
export function bodyWords(page: PdfPage): PdfWord[] {
  return page.words.filter((w) => w.bottom < TEXT_BOTTOM + 2);
}

/** The page number's words ("—", "1", "—"), below the text block. */
export function footerWords(page: PdfPage): PdfWord[] {
  return page.words.filter((w) => w.top > TEXT_BOTTOM + 2);
}

/** Distinct baselines (to 0.5 mm) of the words given. */
export function baselines(words: PdfWord[]): number[] {
  return [...new Set(words.map((w) => Math.round(w.bottom * 2) / 2))].sort((a, b) => a - b);
}

export function find(page: PdfPage, text: string): PdfWord {
  const word = page.words.find((w) => w.text.includes(text));
  if (!word) throw new Error(`“${text}” not on the page: ${page.words.map((w) => w.text).join(' ')}`);
  return word;
}

/** A line's right edge without a closing punctuation mark hanging past the block (标点悬挂, as Word does). */
export function inkRight(word: PdfWord): number {
  const chars = [...word.text];
  const hanging = /[。，、；：！？”）]$/.test(word.text) && chars.length > 1;
  return hanging ? word.right - (word.right - word.left) / chars.length : word.right;
}
