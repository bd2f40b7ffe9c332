// What a clerk types in a textarea, as the blocks of a document. Only lines are split: the text of
// each line is kept exactly as typed (no trimming, no cleaning), so what is printed is what was
// written. A line that looks like a heading of the office's numbering becomes one.
import type { DocBlock } from './spec.ts';

/** 一、 二、 … 十、 十一、 … 九十九、: a first-level heading's number (after the leading spaces, if there are some). */
const LEVEL_1 = /^[\s\u3000]*[一二三四五六七八九十]{1,3}、/;
/** （一） … （十二）: a second-level heading's number, full- or half-width brackets. */
const LEVEL_2 = /^[\s\u3000]*[（(][一二三四五六七八九十]{1,3}[）)]/;
/** A second-level number starts a heading only on a short line not ending a sentence. */
const LEVEL_2_MAX_CHARS = 40;

function isLevel2(line: string): boolean {
  return LEVEL_2.test(line) && [...line.trimEnd()].length <= LEVEL_2_MAX_CHARS && !/。$/.test(line.trimEnd());
}

/** Each non-blank line one block: 一、 a level-1 heading, a short （一） a level-2 one, else a paragraph. */
export function blocksFromText(text: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    if (LEVEL_1.test(line)) blocks.push({ type: 'heading', level: 1, text: line });
    else if (isLevel2(line)) blocks.push({ type: 'heading', level: 2, text: line });
    else blocks.push({ type: 'paragraph', text: line });
  }
  return blocks;
}
