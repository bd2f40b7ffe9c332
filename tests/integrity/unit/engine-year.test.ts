// The year (mean of the scored quarters, half up; grade; 一票否决 → C) and the line diff between a
// published result and a recomputation.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, diffLines, scoreQuarter, scoreYear, type ScoreLine, type YearQuarter } from '../../../shared/integrity/index.ts';
import { event, fullInputs, unit } from './engineInputs.ts';

const q = (quarter: number, score: number, over: Partial<YearQuarter> = {}): YearQuarter => ({
  quarter, score, colour: score >= 8500 ? '绿' : score >= 7000 ? '橙' : '红', veto: false,
  parts: { 控制性: 4000, 主体性: 4000, 绩效: score - 8000, 激励性: 0, 廉勤性: 0 }, ...over,
});

describe('scoreYear', () => {
  it('the mean of four quarters, rounded half up once', () => {
    // 85.01 + 85.00 + 85.00 + 85.01 = 340.02 / 4 = 85.005 → 85.01 (A).
    const y = scoreYear(DEFAULT_SCHEME, 2026, unit(11), [q(1, 8501), q(2, 8500), q(3, 8500), q(4, 8501)]);
    expect(y).toMatchObject({ unitId: 11, unitName: '村11', unitType: '行政村', parentId: 1, parentName: '城关镇', year: 2026, score: 8501, grade: 'A', veto: false, gradeNote: '' });
    expect(y.parts).toEqual({ 控制性: 4000, 主体性: 4000, 绩效: 501, 激励性: 0, 廉勤性: 0 });
    // 84.99 × 3 + 85.00 = 339.97 / 4 = 84.9925 → 84.99 (B).
    expect(scoreYear(DEFAULT_SCHEME, 2026, unit(11), [q(1, 8499), q(2, 8499), q(3, 8499), q(4, 8500)])).toMatchObject({ score: 8499, grade: 'B' });
    // 69.99 → C, 70.00 → B.
    expect(scoreYear(DEFAULT_SCHEME, 2026, unit(11), [q(1, 6999), q(2, 6999), q(3, 6999), q(4, 6999)]).grade).toBe('C');
    expect(scoreYear(DEFAULT_SCHEME, 2026, unit(11), [q(1, 7000), q(2, 7000), q(3, 7000), q(4, 7000)]).grade).toBe('B');
  });

  it('only the scored quarters count (a unit set up in quarter 3)', () => {
    // (80.00 + 90.01) / 2 = 85.005 → 85.01.
    const y = scoreYear(DEFAULT_SCHEME, 2026, unit(11), [null, null, q(3, 8000), q(4, 9001)]);
    expect(y.score).toBe(8501);
    expect(y.quarters).toEqual([null, null, { quarter: 3, score: 8000, colour: '橙', veto: false }, { quarter: 4, score: 9001, colour: '绿', veto: false }]);
  });

  it('parts: each part\'s mean half up, negative ones as magnitudes', () => {
    const parts = (n: number) => ({ 控制性: 4000, 主体性: 4000, 绩效: 2000, 激励性: 0, 廉勤性: n });
    const y = scoreYear(DEFAULT_SCHEME, 2026, unit(11), [q(1, 9999, { parts: parts(-1) }), q(2, 10000, { parts: parts(0) })]);
    expect(y.parts.廉勤性).toBe(-1);
    expect(y.score).toBe(10000);
  });

  it('一票否决 in one quarter grades the year C even at 95', () => {
    const y = scoreYear(DEFAULT_SCHEME, 2026, unit(11), [q(1, 9500), q(2, 9500, { veto: true }), q(3, 9500), q(4, 9500)]);
    expect(y).toMatchObject({ score: 9500, grade: 'C', veto: true, gradeNote: '一票否决' });
    expect(y.quarters[1]).toEqual({ quarter: 2, score: 9500, colour: '绿', veto: true });
  });

  it('from computed quarters: a 移送司法 in quarter 2 → C, the quarter itself 绿', () => {
    const quarters = [1, 2, 3, 4].map((quarter) => {
      const events = quarter === 2 ? [event({ outcome: '移送司法', grade: '', decidedDate: '2026-05-01' })] : [];
      const r = scoreQuarter(DEFAULT_SCHEME, fullInputs({ quarter, events, checklist: [], surveys: [], costs: [] }))[0];
      if (!r) throw new Error('not scored');
      return { quarter, score: r.score, colour: r.colour, veto: r.veto, parts: r.parts };
    });
    // Quarters 1, 3, 4: control 0 (all missing) + 40 + 20 = 60; quarter 2: 60 − 15 = 45.
    expect(quarters.map((x) => x.score)).toEqual([6000, 4500, 6000, 6000]);
    const y = scoreYear(DEFAULT_SCHEME, 2026, unit(11), quarters);
    expect(y).toMatchObject({ score: 5625, grade: 'C', veto: true });
    expect(y.parts.廉勤性).toBe(-375);
  });

  it('refuses a year without a scored quarter', () => {
    expect(() => scoreYear(DEFAULT_SCHEME, 2026, unit(11), [null, null, null, null])).toThrow();
  });
});

describe('diffLines', () => {
  const l = (key: string, points: number, text = key): ScoreLine => ({ key, rule: 'bonus.entry', part: '激励性', text, points, records: [] });

  it('keeps changed and one-sided lines, text from after, before\'s order then the new ones', () => {
    const before = [l('a', 100), l('b', 200, 'b旧'), l('c', 300), l('d', 0)];
    const after = [l('e', 50), l('c', 300), l('b', 250, 'b新'), l('f', 0)];
    expect(diffLines(before, after)).toEqual([
      { key: 'a', text: 'a', before: 100, after: null },
      { key: 'b', text: 'b新', before: 200, after: 250 },
      { key: 'd', text: 'd', before: 0, after: null },
      { key: 'e', text: 'e', before: null, after: 50 },
      { key: 'f', text: 'f', before: null, after: 0 },
    ]);
    expect(diffLines(before, before)).toEqual([]);
  });

  it('a recomputation after a new finding shows the finding only', () => {
    const base = fullInputs();
    const before = scoreQuarter(DEFAULT_SCHEME, base)[0]?.lines ?? [];
    const withFinding = { ...base, findings: [{ id: 45, unitId: 11, channelKey: 'audit', date: '2026-05-12', summary: '超付' }] };
    const after = scoreQuarter(DEFAULT_SCHEME, withFinding)[0]?.lines ?? [];
    expect(diffLines(before, after)).toEqual([{ key: 'participation.finding:45', text: '审计发现问题（2026-05-12）：超付，扣1分', before: null, after: -100 }]);
  });
});
