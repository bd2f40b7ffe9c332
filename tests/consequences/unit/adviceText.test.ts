// What a 预警建议书 says of a unit's year (shared/consequences/adviceText.ts): its weak points from the
// quarters' lines — where the unit lost points, grouped by part, each naming its quarters, measured
// against each quarter's scheme version — the quarters' colours, and the template's blanks.
import { describe, expect, it } from 'vitest';
import {
  NO_WEAK_POINTS, adviceTitle, adviceValues, quarterColoursText, weakPoints, weakPointsText, type QuarterLines,
} from '../../../shared/consequences/adviceText.ts';
import { DEFAULT_ADVICE_TEMPLATES, fillAdviceTemplate } from '../../../shared/consequences/index.ts';
import { DEFAULT_SCHEME, scoreQuarter, type QuarterInputs, type SchemeContent, type UnitYearScore } from '../../../shared/integrity/index.ts';
import { bonus, check, cost, event, finding, fullChecklist, fullSurveys, inputs, overdue, survey, tip, unit } from '../../integrity/unit/engineInputs.ts';

/** A quarter of unit 11 with full inputs, but for the facts given (a check given replaces that point's). */
function lines(quarter: number, over: Partial<QuarterInputs> = {}, scheme: SchemeContent = DEFAULT_SCHEME): QuarterLines {
  const given = over.checklist ?? [];
  const checklist = [...fullChecklist(11, quarter).filter((c) => !given.some((g) => g.itemKey === c.itemKey)), ...given];
  const surveys = [...fullSurveys(11, quarter).filter((c) => !(over.surveys ?? []).some((g) => g.surveyKey === c.surveyKey)), ...(over.surveys ?? [])];
  const [score] = scoreQuarter(scheme, inputs({ quarter, costs: [cost({ quarter })], ...over, checklist, surveys }));
  if (!score) throw new Error('no score');
  return { quarter, lines: score.lines, scheme };
}

const year = (over: Partial<UnitYearScore> = {}): UnitYearScore => ({
  unitId: 11, unitName: '城关东村', unitType: '行政村', parentId: 1, parentName: '城关镇', year: 2026,
  quarters: [
    { quarter: 1, score: 9250, colour: '绿', veto: false },
    { quarter: 2, score: 8000, colour: '橙', veto: false },
    null,
    { quarter: 4, score: 6000, colour: '红', veto: false },
  ],
  score: 7750, parts: { 控制性: 0, 主体性: 0, 绩效: 0, 激励性: 0, 廉勤性: 0 }, grade: 'B', veto: false, gradeNote: '', ...over,
});

describe('weakPoints', () => {
  it('finds nothing in full quarters (a bonus is no weakness)', () => {
    const q = [lines(1), lines(2, { bonuses: [bonus({})] })];
    expect(weakPoints(q)).toEqual([]);
    expect(weakPointsText([])).toBe(NO_WEAK_POINTS);
  });

  it('groups the lines where points were lost by part, naming the quarters, counting distinct records', () => {
    const shared = overdue({ number: 'ZG-2026-0007' });
    const q = [
      lines(1, { checklist: [check({ quarter: 1, itemKey: 'collective', result: '部分落实' })], overdue: [shared], tips: [tip({ concludedDate: '2026-02-08' })] }),
      lines(2, { overdue: [shared, overdue({ number: 'ZG-2026-0008' })], findings: [finding({ date: '2026-05-01' })], surveys: [survey({ rate: 9000 })] }),
      lines(3, { checklist: [check({ quarter: 3, itemKey: 'collective', result: '部分落实' }), check({ quarter: 3, itemKey: 'dual-sign', result: '未落实' })], events: [event({ decidedDate: '2026-08-15' })] }),
      lines(4, { costs: [cost({ quarter: 4, costPerCapita: 200000, savingRate: -1000 }), cost({ quarter: 4, unitId: 12, costPerCapita: 100000, savingRate: 1000 })], units: [unit(11), unit(12)] }),
    ];
    const points = weakPoints(q);
    expect(points.map((p) => [p.part, p.text, p.quarters])).toEqual([
      ['控制性', '三重一大集体决策部分落实', [1, 3]],
      ['控制性', '整改事项逾期未销号2项', [1, 2]],
      ['控制性', '财务双签未落实', [3]],
      ['主体性', '查实信访件1件', [1]],
      ['主体性', '民意调查满意度未达满分', [2]],
      ['主体性', '审计发现问题1项', [2]],
      ['绩效', '人均行政成本未达最优档次', [4]],
      ['绩效', '行政成本节约率未达最优档次', [4]],
      ['廉勤性', '受到处理扣分1人次', [3]],
    ]);
    expect(weakPointsText(points)).toBe([
      '（一）控制性：三重一大集体决策部分落实（第1、3季度）；整改事项逾期未销号2项（第1、2季度）；财务双签未落实（第3季度）。',
      '（二）主体性：查实信访件1件（第1季度）；民意调查满意度未达满分（第2季度）；审计发现问题1项（第2季度）。',
      '（三）绩效：人均行政成本未达最优档次（第4季度）；行政成本节约率未达最优档次（第4季度）。',
      '（四）廉勤性：受到处理扣分1人次（第3季度）。',
    ].join('\n'));
    // The lines behind each, named by quarter and unique across the year.
    const overdueLines = points[1]?.lines ?? [];
    expect(overdueLines.map((l) => l.text.slice(0, 5))).toEqual(['第1季度：', '第2季度：', '第2季度：']);
    expect(new Set(points.flatMap((p) => p.lines.map((l) => l.key))).size).toBe(points.flatMap((p) => p.lines).length);
  });

  it('measures a survey against the points of the scheme the quarter was published with', () => {
    const smaller: SchemeContent = {
      ...DEFAULT_SCHEME,
      participation: { ...DEFAULT_SCHEME.participation, surveys: DEFAULT_SCHEME.participation.surveys.map((s) => ({ ...s, points: s.key === 'public' ? 4 : s.points })) },
    };
    // 4 points × 100% under its own scheme is full; the same line read against 5 points would not be.
    const q = lines(1, { surveys: [survey({ quarter: 1, rate: 10000 })] }, smaller);
    expect(weakPoints([q])).toEqual([]);
    expect(weakPoints([{ ...q, scheme: DEFAULT_SCHEME }]).map((p) => p.text)).toEqual(['民意调查满意度未达满分']);
  });

  it('counts only deductions, not events without points (批评教育, 提醒)', () => {
    expect(weakPoints([lines(2, { events: [event({ outcome: '批评教育', grade: '' })] })])).toEqual([]);
    expect(weakPoints([lines(2, { events: [event({ outcome: '诫勉', grade: '' })] })]).map((p) => p.text)).toEqual(['受到处理扣分1人次']);
  });
});

describe('the 建议书’s text', () => {
  it('names each quarter’s colour with its score, or 未参评', () => {
    expect(quarterColoursText(year())).toBe('第一季度绿色（92.50分）、第二季度橙色（80.00分）、第三季度未参评、第四季度红色（60.00分）');
  });

  it('fills the template of the grade with the unit, the years, the index and the weak points', () => {
    const values = adviceValues(year(), NO_WEAK_POINTS);
    expect(values).toEqual({
      单位: '城关东村', 年度: '2026', 下一年度: '2027', 廉情指数: '77.50', 等级: 'B',
      季度颜色: '第一季度绿色（92.50分）、第二季度橙色（80.00分）、第三季度未参评、第四季度红色（60.00分）', 薄弱环节: NO_WEAK_POINTS,
    });
    const body = fillAdviceTemplate(DEFAULT_ADVICE_TEMPLATES.B, values);
    expect(body).toContain('城关东村2026年度廉情指数为77.50分，评定为B级；各季度廉情预警显示：第一季度绿色（92.50分）');
    expect(body).toContain(`一、存在的主要薄弱环节\n${NO_WEAK_POINTS}`);
    expect(body).toContain('在2027年度着力加强制度执行');
    expect(adviceTitle(2026)).toBe('2026年度廉情预警建议书');
  });
});
