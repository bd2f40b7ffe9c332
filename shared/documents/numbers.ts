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

/** The year a 公文's 文号 takes: the year of its 成文日期 (ISO date). */
export function numberYear(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Whether a 公文 dated so may be issued today: its 文号 takes the year of the 成文日期, so the date
 * must be this year's and not later than today (a draft made in December and issued in January,
 * or a mistyped year, would otherwise take a number of another year for good).
 */
export function issueDateProblem(date: string, today: string): string | null {
  if (date > today) return `成文日期（${date}）晚于今天（${today}）：请改为今天或之前的日期后再印发`;
  if (numberYear(date) !== numberYear(today)) {
    return `成文日期为${numberYear(date)}年，印发年度为${numberYear(today)}年：文号按成文日期的年份编号，请把成文日期改为今年的日期后再印发`;
  }
  return null;
}
