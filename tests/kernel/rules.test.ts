import { describe, it, expect } from 'vitest';
import { HOLIDAY_SEED_0003 } from '../../db/migrations/seeds/0003-holidays.ts';
import { idCheckDigit, idNumberProblem } from '../../shared/kernel/idcard.ts';
import { phoneProblem } from '../../shared/kernel/phone.ts';
import { VALID_ID_NUMBERS, WRONG_CHECK_ID_NUMBERS, gbCheck } from '../helpers/idNumbers.ts';
import { maskAddress, maskIdNumber, maskName, maskPhone } from '../../shared/kernel/mask.ts';
import { WorkCalendar, addDays, dueStatus, holidayTable } from '../../shared/kernel/workdays.ts';

const table = holidayTable(HOLIDAY_SEED_0003);
const cal = new WorkCalendar(table);

describe('ID numbers (GB 11643)', () => {
  it('computes the check digit, including X', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(idCheckDigit('44052418800101001')).toBe('4');
  });
  it('accepts valid numbers and says what is wrong with others', () => {
    expect(idNumberProblem('11010519491231002X', '2026-11-21')).toBeNull();
    expect(idNumberProblem('11010519491231002x', '2026-11-21')).toBeNull();
    expect(idNumberProblem('110105194912310021', '2026-11-21')).toMatch(/校验位/);
    expect(idNumberProblem('11010519490231002X', '2026-11-21')).toMatch(/出生日期/);
    expect(idNumberProblem('11010520300101002X', '2026-11-21')).toMatch(/出生日期/);
    expect(idNumberProblem('1101051949123100', '2026-11-21')).toMatch(/18位/);
    expect(idNumberProblem('01010519491231002X', '2026-11-21')).toMatch(/地区码/);
  });
});

describe('ID numbers against literal examples', () => {
  it('the literals are what they are said to be (by the algorithm written out in the helper)', () => {
    expect(gbCheck('11010519491231002')).toBe('X'); // GB 11643's example
    for (const id of VALID_ID_NUMBERS) expect(gbCheck(id.slice(0, 17)), id).toBe(id[17]);
    for (const id of WRONG_CHECK_ID_NUMBERS) expect(gbCheck(id.slice(0, 17)), id).not.toBe(id[17]);
    expect(VALID_ID_NUMBERS.filter((id) => id.endsWith('X')).length).toBeGreaterThanOrEqual(2);
    expect(WRONG_CHECK_ID_NUMBERS.filter((id) => id.endsWith('X')).length).toBeGreaterThanOrEqual(3);
  });

  it('accepts the valid ones, X in upper or lower case', () => {
    for (const id of VALID_ID_NUMBERS) {
      expect(idNumberProblem(id, '2026-11-21'), id).toBeNull();
      expect(idNumberProblem(id.toLowerCase(), '2026-11-21'), id).toBeNull();
    }
  });

  it('refuses a wrong last character, an X where a digit belongs included', () => {
    for (const id of WRONG_CHECK_ID_NUMBERS) {
      expect(idNumberProblem(id, '2026-11-21'), id).toBe('身份证号校验位不正确，请核对是否输错');
      expect(idNumberProblem(id.toLowerCase(), '2026-11-21'), id).toBe('身份证号校验位不正确，请核对是否输错');
    }
  });

  it('idCheckDigit agrees with the algorithm on many numbers', () => {
    for (let n = 0; n < 2000; n++) {
      const first17 = `110105${1950 + (n % 70)}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
      expect(idCheckDigit(first17), first17).toBe(gbCheck(first17));
    }
  });
});

describe('phone numbers', () => {
  it('accepts mobile and landline forms', () => {
    for (const p of ['13812345678', '+86 138 1234 5678', '0571-87654321', '057187654321', '010-12345678-801', '87654321']) {
      expect(phoneProblem(p), p).toBeNull();
    }
  });
  it('rejects the rest', () => {
    expect(phoneProblem('12812345678')).toMatch(/第二位/);
    expect(phoneProblem('123')).toMatch(/格式不正确/);
  });
});

describe('masking', () => {
  it('masks as the office expects', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskIdNumber('110105 19491231 002x')).toBe('110***********002X');
    expect(maskAddress('浙江省宁波市镇海区某街道某小区3幢')).toBe('浙江省宁波市****');
  });
});

describe('working days', () => {
  it('skips the 2026 Spring Festival and works the 调休 Saturday', () => {
    const off = table['2026']?.off.map(([d]) => d) ?? [];
    const work = table['2026']?.work.map(([d]) => d) ?? [];
    expect(off.length).toBeGreaterThan(20);
    for (const d of off) expect(cal.isWorkday(d), d).toBe(false);
    for (const d of work) expect(cal.isWorkday(d), d).toBe(true);
  });
  it('counts 15 working days across National Day 2026', () => {
    // From Friday 2026-09-25: the holiday 10-01..10-07 is skipped, 调休 days are counted.
    const due = cal.addWorkdays('2026-09-25', 15);
    let count = 0;
    for (let d = addDays('2026-09-25', 1); d <= due; d = addDays(d, 1)) if (cal.isWorkday(d)) count++;
    expect(count).toBe(15);
    expect(due > '2026-10-15').toBe(true);
    expect(cal.isWorkday('2026-10-01')).toBe(false);
  });
  it('treats ordinary weekends as off and weekdays as work', () => {
    expect(cal.isWorkday('2026-11-21')).toBe(false); // Saturday
    expect(cal.isWorkday('2026-11-23')).toBe(true); // Monday
    expect(cal.addWorkdays('2026-11-20', 1)).toBe('2026-11-23');
  });
  it('marks due dates 即将到期 within 5 days and 逾期 after', () => {
    expect(dueStatus('2026-12-10', '2026-11-21')).toBe('正常');
    expect(dueStatus('2026-11-26', '2026-11-21')).toBe('即将到期');
    expect(dueStatus('2026-11-21', '2026-11-21')).toBe('即将到期');
    expect(dueStatus('2026-11-20', '2026-11-21')).toBe('逾期');
  });
});
