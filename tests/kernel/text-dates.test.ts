import { describe, it, expect } from 'vitest';
import { charCount, hasControlChars, keepLines, matchKey, parseWholeNumber, trimLine } from '../../shared/kernel/text.ts';
import { nameKey, unitNameKey } from '../../shared/registry/nameKey.ts';
import {
  DEFAULT_OFFICE_TIME_ZONE, dateInZone, dateTimeInZone, instantInZone, isIsoDate, isTimeZone, toChineseDate, toIsoDate,
} from '../../shared/kernel/dates.ts';

describe('text kept as typed', () => {
  const letter = '尊敬的县纪委：\r\n\r\n　　一、某村工程款（约120万元）被挪用。\r\n此致\r敬礼！';
  it('keeps a letter as written, with its line endings as LF', () => {
    expect(keepLines(letter)).toBe('尊敬的县纪委：\n\n　　一、某村工程款（约120万元）被挪用。\n此致\n敬礼！');
    expect(keepLines('甲  乙\t丙　丁')).toBe('甲  乙\t丙　丁');
  });
  it('takes only the spaces before and after a single-line value', () => {
    expect(trimLine('  张  三　')).toBe('张  三');
    expect(trimLine('ＡＢＣ（１２３）')).toBe('ＡＢＣ（１２３）');
  });
  it('counts characters as a person does', () => {
    expect(charCount('龘😀a')).toBe(3);
    expect(charCount('')).toBe(0);
  });
  it('compares by keys: full-width and half-width alike, Latin in lower case, spaces folded', () => {
    expect(matchKey('　ＡＢＣ　 １２３\n')).toBe('abc 123');
    expect(matchKey('（约120万元）')).toBe(matchKey('(约１２０万元)'));
  });
  it('compares names by their keys: people without any white space, NFKC, lower case; units without spaces and tabs', () => {
    expect(nameKey('张  三')).toBe(nameKey('张三'));
    expect(nameKey('Li Ming')).toBe(nameKey('liming'));
    expect(unitNameKey('城关　镇 人民政府')).toBe('城关镇人民政府');
    expect(unitNameKey('城关镇\t')).toBe(unitNameKey('城关镇'));
  });
  it('parses whole numbers written as text, full-width or with 人', () => {
    expect(parseWholeNumber('35')).toBe(35);
    expect(parseWholeNumber('３５')).toBe(35);
    expect(parseWholeNumber(' 35人 ')).toBe(35);
    expect(parseWholeNumber('三十')).toBeNull();
    expect(parseWholeNumber('3.5')).toBeNull();
    expect(parseWholeNumber('-3')).toBeNull();
  });
  it('spots control characters', () => {
    expect(hasControlChars('a\u0000b')).toBe(true);
    expect(hasControlChars('第一行\n第二行')).toBe(false);
  });
});

describe('dates', () => {
  it('checks real calendar dates', () => {
    expect(isIsoDate('2026-11-21')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-1-5')).toBe(false);
  });
  it('formats as the office writes dates', () => {
    expect(toChineseDate('2026-11-21')).toBe('2026年11月21日');
    expect(toChineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(toIsoDate(new Date(2026, 10, 21, 23, 59))).toBe('2026-11-21');
  });
});

describe('the office time zone', () => {
  it('gives the date and time in the office whatever the zone of this process', () => {
    // 2026-11-20 16:30 UTC is already 2026-11-21 00:30 in Beijing, still the 20th in Los Angeles.
    const instant = new Date('2026-11-20T16:30:00Z');
    expect(dateInZone(instant, 'Asia/Shanghai')).toBe('2026-11-21');
    expect(dateTimeInZone(instant, 'Asia/Shanghai')).toBe('2026-11-21 00:30');
    expect(dateInZone(instant, 'America/Los_Angeles')).toBe('2026-11-20');
  });
  it('finds the instant of an office date and time, across a daylight-saving change too', () => {
    expect(instantInZone('2026-11-21', 9 * 60, 'Asia/Shanghai').toISOString()).toBe('2026-11-21T01:00:00.000Z');
    expect(instantInZone('2026-03-08', 12 * 60, 'America/New_York').toISOString()).toBe('2026-03-08T16:00:00.000Z');
    expect(instantInZone('2026-03-07', 12 * 60, 'America/New_York').toISOString()).toBe('2026-03-07T17:00:00.000Z');
  });
  it('knows real zone names only', () => {
    expect(isTimeZone(DEFAULT_OFFICE_TIME_ZONE)).toBe(true);
    expect(isTimeZone('Asia/Urumqi')).toBe(true);
    expect(isTimeZone('Beijing')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
