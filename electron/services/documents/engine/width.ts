// How many grid characters a line of text takes: Chinese and full-width signs one, Latin letters,
// digits and half-width signs half. Used to place 署名 and 成文日期 against each other.

export function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}
