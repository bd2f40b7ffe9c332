// The 文号 rules as pure functions: the format's parts, a draft's open number, the year a number
// takes, and which 成文日期 may be issued on a given day.
import { describe, expect, it } from 'vitest';
import { formatDocNumber, issueDateProblem, numberFormatProblem, numberYear } from '../../../shared/documents/numbers.ts';
import { DEFAULT_NOTICE_NUMBER_FORMAT } from '../../../shared/documents/settings.ts';

describe('文号', () => {
  it('is written by its format: full year in 〔〕, the serial without padding', () => {
    expect(formatDocNumber(DEFAULT_NOTICE_NUMBER_FORMAT, { abbreviation: '临纪', year: 2026, serial: 5 })).toBe('临纪发〔2026〕5号');
    expect(formatDocNumber('{简称}预告〔{年}〕{号}号', { abbreviation: '临纪', year: 2027, serial: 12 })).toBe('临纪预告〔2027〕12号');
    expect(formatDocNumber(DEFAULT_NOTICE_NUMBER_FORMAT, { abbreviation: '临纪', year: 2026, serial: null })).toBe('临纪发〔2026〕　　号');
  });

  it('refuses a format without the year in 〔〕, without {号}, or with another placeholder', () => {
    expect(numberFormatProblem(DEFAULT_NOTICE_NUMBER_FORMAT)).toBeNull();
    expect(numberFormatProblem('{简称}发{号}号')).toContain('{年}');
    expect(numberFormatProblem('{简称}发〔{年}〕')).toContain('{号}');
    expect(numberFormatProblem('{简称}发[{年}]{号}号')).toContain('六角括号');
    expect(numberFormatProblem('{简称}{类}〔{年}〕{号}号')).toContain('只能使用');
  });

  it('takes the year of the 成文日期; only this year’s, not after today, may be issued', () => {
    expect(numberYear('2026-12-31')).toBe(2026);
    expect(issueDateProblem('2026-11-21', '2026-11-21')).toBeNull();
    expect(issueDateProblem('2026-01-01', '2026-11-21')).toBeNull();
    expect(issueDateProblem('2026-11-22', '2026-11-21')).toContain('晚于今天');
    expect(issueDateProblem('2026-12-30', '2027-01-04')).toBe('成文日期为2026年，印发年度为2027年：文号按成文日期的年份编号，请把成文日期改为今年的日期后再印发');
  });
});
