// What a result calls for (shared/consequences/rules.ts), on results the real engine computes: a
// quarter's notice for 红 or a found problem, with its basis; the lines a notice lists; the year's
// calls by grade; and 与结果不符 against a republished result.
import { describe, expect, it } from 'vitest';
import {
  foundProblemLines, isFixableLine, noticeLines, quarterCalls, staleReason, yearCalls,
} from '../../../shared/consequences/index.ts';
import { DEFAULT_SCHEME, scoreQuarter, type UnitQuarterScore, type UnitYearScore } from '../../../shared/integrity/index.ts';
import { check, event, finding, fullInputs, overdue, survey, tip } from '../../integrity/unit/engineInputs.ts';

function quarter(over: Parameters<typeof fullInputs>[0] = {}): UnitQuarterScore {
  const [score] = scoreQuarter(DEFAULT_SCHEME, fullInputs(over));
  if (!score) throw new Error('no score');
  return score;
}

/** Every village point 未落实 but the last: control 0 → 60分, 红. */
const RED_CHECKS = ['collective', 'dual-sign', 'tendering', 'village-affairs', 'vehicles'].map((itemKey) => check({ itemKey, result: '未落实' }));

function year(grade: 'A' | 'B' | 'C', score: number, veto = false): UnitYearScore {
  return {
    unitId: 11, unitName: '村11', unitType: '行政村', parentId: 1, parentName: '城关镇', year: 2026, quarters: [null, null, null, null], score,
    parts: { 控制性: 0, 主体性: 0, 绩效: 0, 激励性: 0, 廉勤性: 0 }, grade, veto, gradeNote: '',
  };
}

describe('quarterCalls', () => {
  it('calls for nothing when the quarter is 绿 without found problems', () => {
    expect(quarterCalls(quarter())).toEqual([]);
  });

  it('calls for a notice for a 红 quarter, with the colour and score', () => {
    const q = quarter({ checklist: RED_CHECKS });
    expect(q.colour).toBe('红');
    expect(quarterCalls(q)).toEqual([{ kind: '预警告知书', basis: '红色（60.00分）' }]);
  });

  it('calls for a notice for a found problem in a 绿 quarter: substantiated tips and supervision findings counted', () => {
    const q = quarter({ tips: [tip({}), tip({ result: '部分查实' })], findings: [finding({})] });
    expect(q.colour).toBe('绿');
    expect(quarterCalls(q)).toEqual([{ kind: '预警告知书', basis: '查实信访件2件、监督发现问题1项' }]);
    expect(foundProblemLines(q).map((l) => l.rule)).toEqual(['participation.finding', 'participation.tip', 'participation.tip']);
  });

  it('names both when 红 with found problems', () => {
    const q = quarter({ checklist: RED_CHECKS, findings: [finding({}), finding({ channelKey: 'society' })] });
    expect(quarterCalls(q)).toEqual([{ kind: '预警告知书', basis: '红色（58.00分）；监督发现问题2项' }]);
  });

  it('does not call for a notice for survey shortfalls or deductions alone', () => {
    const q = quarter({ surveys: [survey({ rate: 5000 })], events: [event({ outcome: '诫勉', grade: '' })] });
    expect(q.colour).toBe('绿');
    expect(quarterCalls(q)).toEqual([]);
  });
});

describe('noticeLines', () => {
  it('lists control points 未落实 or 部分落实, overdue items, findings, tips and deductions — not surveys nor performance', () => {
    const q = quarter({
      checklist: [check({ itemKey: 'collective', result: '部分落实' }), check({ itemKey: 'dual-sign', result: '未落实' }), check({ itemKey: 'tendering', result: '落实' })],
      surveys: [survey({ rate: 8000 })],
      overdue: [overdue({})],
      findings: [finding({})],
      tips: [tip({})],
      events: [event({})],
    });
    expect(noticeLines(q).map((l) => l.rule)).toEqual([
      'control.item', 'control.item', 'control.overdue', 'participation.finding', 'participation.tip', 'integrity.event',
    ]);
    expect(noticeLines(q)[0]?.text).toMatch(/：部分落实，/);
    const survey80 = q.lines.find((l) => l.rule === 'participation.survey');
    expect(survey80 && isFixableLine(survey80)).toBe(false);
    const perf = q.lines.find((l) => l.rule === 'performance.cost');
    expect(perf && isFixableLine(perf)).toBe(false);
  });
});

describe('yearCalls', () => {
  it('gives every unit a 建议书; C a talk and 不得评先评优; A 可参与优秀班子评定; B nothing more', () => {
    expect(yearCalls(year('A', 9000))).toEqual([{ kind: '预警建议书', basis: 'A级（90.00分）' }, { kind: '可参与优秀班子评定', basis: 'A级（90.00分）' }]);
    expect(yearCalls(year('B', 7500))).toEqual([{ kind: '预警建议书', basis: 'B级（75.00分）' }]);
    expect(yearCalls(year('C', 9000, true)).map((c) => [c.kind, c.basis])).toEqual([
      ['预警建议书', 'C级（90.00分），一票否决'], ['廉政谈话', 'C级（90.00分），一票否决'], ['不得评先评优', 'C级（90.00分），一票否决'],
    ]);
  });
});

describe('staleReason', () => {
  it('is null while the result in force still calls for the kind, and says why otherwise', () => {
    const red = quarter({ checklist: RED_CHECKS });
    expect(staleReason('预警告知书', red)).toBeNull();
    expect(staleReason('预警告知书', quarter())).toBe('重新发布后为绿色（100.00分）且无查实问题，不再需要预警告知书');
    expect(staleReason('预警告知书', null)).toBe('该单位不在现行发布结果中');
    expect(staleReason('廉政谈话', year('C', 6000))).toBeNull();
    expect(staleReason('廉政谈话', year('B', 7500))).toBe('重新发布后为B级（75.00分），不再需要廉政谈话');
    expect(staleReason('预警建议书', year('A', 9000))).toBeNull();
    expect(staleReason('可参与优秀班子评定', year('B', 8000))).toBe('重新发布后为B级（80.00分），不再需要可参与优秀班子评定');
  });

  it('marks a 预警建议书 worded for another grade than the one in force', () => {
    expect(staleReason('预警建议书', year('B', 7500), 'C')).toBe('重新发布后为B级（75.00分），该建议书按C级拟制，请更正或关闭');
    expect(staleReason('预警建议书', year('C', 6500), 'C')).toBeNull();
    expect(staleReason('廉政谈话', year('C', 6500), 'B')).toBeNull();
  });
});
