// The pinyin sort key: surnames read as surnames, dictionary order syllable by syllable, digits
// as numbers, Latin letters among them, white space ignored.
import { describe, expect, it } from 'vitest';
import { sortKey } from '../../../db/repos/registry/sortKey.ts';

const sorted = (names: string[], kind: 'person' | 'unit') =>
  [...names].sort((a, b) => {
    const ka = sortKey(a, kind);
    const kb = sortKey(b, kind);
    return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });

describe('sortKey', () => {
  it('reads 单, 曾, 解 as surnames in people names (shàn, zēng, xiè), not as in words (dān, céng, jiě)', () => {
    expect(sortKey('单雄信', 'person')).toBe('shan4 xiong2 xin4 ');
    expect(sortKey('曾国藩', 'person')).toBe('zeng1 guo2 fan1 ');
    expect(sortKey('解缙', 'person')).toBe('xie4 jin4 ');
    expect(sortKey('单', 'unit')).toBe('dan1 ');
    // So 单 sorts among the s- names and 曾 (zeng) before 张 (zhang); by code point 曾 (U+66FE) would come last.
    expect(sorted(['曾国藩', '张三', '单雄信', '解缙', '陈明', '董丽'], 'person')).toEqual(['陈明', '董丽', '单雄信', '解缙', '曾国藩', '张三']);
  });

  it('orders syllable by syllable, then by tone (neutral last)', () => {
    expect(sorted(['先锋', '西安', '李娜', '梁山'], 'person')).toEqual(['李娜', '梁山', '西安', '先锋']);
    expect(sorted(['马五', '麻三', '骂二', '妈一'], 'person').map((n) => sortKey(n, 'person').slice(0, 3))).toEqual(['ma1', 'ma2', 'ma3', 'ma4']);
    expect(sortKey('吕', 'person')).toBe('lv3 ');
  });

  it('mixed Latin letters and digits: numbers by value, letters case-insensitive among the pinyin syllables; spaces ignored', () => {
    expect(sortKey('A座2号楼', 'unit')).toBe('a zuo4 000000000002 hao4 lou2 ');
    expect(sortKey('ａ座２号楼', 'unit')).toBe(sortKey('A座2号楼', 'unit'));
    expect(sortKey('张 三', 'person')).toBe(sortKey('张三', 'person'));
    expect(sorted(['10组', '2组', 'B栋', 'a区', '安居村'], 'unit')).toEqual(['2组', '10组', 'a区', '安居村', 'B栋']);
    expect(sortKey('Li Ming', 'person')).toBe('li ming ');
  });

  it('is empty for an empty name, and keeps characters it cannot read', () => {
    expect(sortKey('', 'unit')).toBe('');
    expect(sortKey('（筹）', 'unit')).toBe('( chou2 ) ');
  });
});
