// The key units and people are sorted by: their names read in pinyin (a surname read as a
// surname: 单 shàn, 曾 zēng, 解 xiè), kept in a column beside the name so that a sorted page is
// an index range in SQLite, never a sort in JavaScript.
//
// Each character of a name becomes a token followed by a space: a Chinese character its
// syllable and tone ("zhang1 "), the neutral tone counting as 5; a run of digits the number
// padded to 12 places ("2" before "10"); a run of Latin letters in lower case; any other
// character itself. Compared byte by byte (SQLite's BINARY), the keys follow the dictionary:
// syllable by syllable (西安 xi an before 先 xian), then tone; digits before letters before
// Chinese. White space is ignored. Equal keys are ordered by the name, then the id.
import { pinyin } from 'pinyin-pro';

export type SortKeyKind = 'person' | 'unit';

const DIGITS = /^[0-9]$/u;
const LATIN = /^[a-z]$/u;

export function sortKey(name: string, kind: SortKeyKind): string {
  const text = name.normalize('NFKC');
  if (text.trim() === '') return '';
  const items = pinyin(text, { type: 'all', toneType: 'none', v: true, surname: kind === 'person' ? 'head' : 'off' });
  const out: string[] = [];
  let run = '';
  let runKind: 'digits' | 'latin' | null = null;
  const flush = () => {
    if (runKind === 'digits') out.push(`${run.replace(/^0+(?=\d)/u, '').padStart(12, '0')} `);
    else if (runKind === 'latin') out.push(`${run} `);
    run = '';
    runKind = null;
  };
  for (const item of items) {
    const ch = item.origin.toLowerCase();
    if (/^\s$/u.test(ch)) {
      flush();
      continue;
    }
    const k = DIGITS.test(ch) ? 'digits' : LATIN.test(ch) ? 'latin' : null;
    if (k !== null) {
      if (runKind !== k) flush();
      run += ch;
      runKind = k;
      continue;
    }
    flush();
    out.push(item.isZh && item.pinyin ? `${item.pinyin}${item.num === 0 ? 5 : item.num} ` : `${ch} `);
  }
  flush();
  return out.join('');
}
