// Text clean-up for what people type or paste from office sheets: full-width spaces and
// digits, stray line breaks, names padded with spaces to line up in a register.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** NFKC (full-width → half-width, U+3000 → space), trim, inner runs of white space → one space. */
export function cleanText(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * A person's or unit's name: cleaned, and white space between two Chinese characters removed
 * ("张  三" → "张三", "城关镇 人民政府" → "城关镇人民政府"); Latin names keep single spaces.
 */
export function cleanName(value: string): string {
  const cleaned = cleanText(value);
  let out = '';
  for (let i = 0; i < cleaned.length; i++) {
    const ch = cleaned[i] as string;
    if (ch === ' ') {
      const prev = cleaned[i - 1] ?? '';
      const next = cleaned[i + 1] ?? '';
      if (CJK.test(prev) && CJK.test(next)) continue;
    }
    out += ch;
  }
  return out;
}

/** True when the text holds a control character (other than tab and line breaks). */
export function hasControlChars(value: string): boolean {
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(value);
}

/** Parses a whole number written as digits, with full-width digits and stray spaces allowed. */
export function parseWholeNumber(value: string): number | null {
  const cleaned = cleanText(value).replace(/\s/g, '').replace(/人$/u, '');
  if (!/^\d{1,9}$/.test(cleaned)) return null;
  return Number(cleaned);
}
