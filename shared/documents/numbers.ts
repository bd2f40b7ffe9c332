// 发文字号 (GB/T 9704-2012 7.2.4): 机关代字, the full year inside 〔〕, the serial number without
// padding or 第 — 临纪发〔2026〕5号. Each kind writes it by its own format, kept in 系统设置, with
// {简称} (the office's abbreviation), {年} and {号} standing for the parts.

export interface NumberParts {
  abbreviation: string;
  year: number;
  /** null for a draft: the number not given yet (临纪发〔2026〕  号). */
  serial: number | null;
}

/** What a format must hold, as the person is told when it does not. */
export function numberFormatProblem(format: string): string | null {
  if (!format.includes('{年}')) return '文号格式须含{年}（年份，写在〔〕内）';
  if (!format.includes('{号}')) return '文号格式须含{号}（顺序号）';
  if (!format.includes('〔{年}〕')) return '年份须写在六角括号内：〔{年}〕';
  if (/[{}]/.test(format.replace(/\{(简称|年|号)\}/g, ''))) return '文号格式只能使用{简称}、{年}、{号}';
  return null;
}

export function formatDocNumber(format: string, parts: NumberParts): string {
  return format
    .replaceAll('{简称}', parts.abbreviation)
    .replaceAll('{年}', String(parts.year))
    .replaceAll('{号}', parts.serial === null ? '　　' : String(parts.serial));
}
