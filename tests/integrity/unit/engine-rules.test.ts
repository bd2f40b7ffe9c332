// The engine's rules one by one (DOMAIN.md "The integrity index" and its decisions), each case
// worked by hand in hundredths: thresholds, floors, caps, clamps, multipliers, veto, missing-data
// policies, performance groups, the tip rules, the main-leader rule, which units are scored.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEME, colourFor, gradeFor, scoreQuarter, type QuarterInputs, type SchemeContent, type UnitQuarterScore,
} from '../../../shared/integrity/index.ts';
import { bonus, check, cost, event, fullChecklist, fullInputs, fullSurveys, finding, inputs, overdue, survey, tip, unit } from './engineInputs.ts';

const scheme = (over: (s: SchemeContent) => void): SchemeContent => {
  const s = structuredClone(DEFAULT_SCHEME);
  over(s);
  return s;
};
const only = (s: SchemeContent, i: QuarterInputs, unitId = 11): UnitQuarterScore => {
  const r = scoreQuarter(s, i).find((x) => x.unitId === unitId);
  if (!r) throw new Error(`unit ${unitId} not scored`);
  return r;
};
const lineOf = (r: UnitQuarterScore, key: string) => r.lines.find((l) => l.key === key);
const keys = (r: UnitQuarterScore) => r.lines.map((l) => l.key);

describe('colour and grade thresholds (exact hundredths)', () => {
  it('84.99 is 橙, 85.00 绿; 69.99 is 红, 70.00 橙', () => {
    expect(colourFor(DEFAULT_SCHEME, 8499)).toBe('橙');
    expect(colourFor(DEFAULT_SCHEME, 8500)).toBe('绿');
    expect(colourFor(DEFAULT_SCHEME, 6999)).toBe('红');
    expect(colourFor(DEFAULT_SCHEME, 7000)).toBe('橙');
    expect(gradeFor(DEFAULT_SCHEME, 8499)).toBe('B');
    expect(gradeFor(DEFAULT_SCHEME, 8500)).toBe('A');
    expect(gradeFor(DEFAULT_SCHEME, 6999)).toBe('C');
    expect(gradeFor(DEFAULT_SCHEME, 7000)).toBe('B');
  });

  it('a quarter scoring exactly 85.00 is 绿 and 84.99 is 橙', () => {
    // 民意调查 at 0% (−5), 经济主体调查 at 0% (−5), 服务对象评议 at 100%, 党员干部测评 at 0% (−5): 85.00.
    const at85 = fullInputs({ surveys: [survey({ surveyKey: 'public', rate: 0 }), survey({ surveyKey: 'business', rate: 0 }), survey({ surveyKey: 'clients', rate: 10000 }), survey({ surveyKey: 'cadres', rate: 0 })] });
    expect(only(DEFAULT_SCHEME, at85)).toMatchObject({ score: 8500, colour: '绿' });
    // 服务对象评议 at 99.8%: 5 × 99.8% = 4.99 → 84.99.
    const at8499 = fullInputs({ surveys: [survey({ surveyKey: 'public', rate: 0 }), survey({ surveyKey: 'business', rate: 0 }), survey({ surveyKey: 'clients', rate: 9980 }), survey({ surveyKey: 'cadres', rate: 0 })] });
    expect(only(DEFAULT_SCHEME, at8499)).toMatchObject({ score: 8499, colour: '橙' });
  });
});

describe('control (控制性)', () => {
  it('full checklist 40; each share rounded half up once', () => {
    const s = scheme((x) => { x.control.shares.部分落实 = 33.33; });
    // 三重一大 10 × 33.33% = 3.333 → 3.33; 招投标 8 × 33.33% = 2.6664 → 2.67.
    const r = only(s, fullInputs({ checklist: [...fullChecklist(11).filter((c) => c.itemKey !== 'collective' && c.itemKey !== 'tendering'), check({ itemKey: 'collective', result: '部分落实' }), check({ itemKey: 'tendering', result: '部分落实' })] }));
    expect(lineOf(r, 'control.item:collective')?.points).toBe(333);
    expect(lineOf(r, 'control.item:tendering')).toMatchObject({ points: 267, text: '招投标进场交易：部分落实，8分×33.33% = 2.67分' });
    expect(r.parts.控制性).toBe(333 + 267 + 1000 + 600 + 600);
  });

  it('an item without a result is 0, 未录入, and counted as missing', () => {
    const r = only(DEFAULT_SCHEME, fullInputs({ checklist: fullChecklist(11).filter((c) => c.itemKey !== 'vehicles') }));
    expect(lineOf(r, 'control.missing:vehicles')).toMatchObject({ points: 0, text: '公车登记：未录入，按0分计', rule: 'control.missing', records: [] });
    expect(r.missingChecks).toBe(1);
    expect(r.parts.控制性).toBe(3400);
  });

  it('overdue items deduct, and the part does not go below 0 (control.floor)', () => {
    const checklist = fullChecklist(11).map((c) => ({ ...c, result: '未落实' as const }));
    const r = only(DEFAULT_SCHEME, fullInputs({ checklist, overdue: [overdue({ number: 'ZG-2026-0001' }), overdue({ number: 'ZG-2026-0002' })] }));
    expect(r.lines.filter((l) => l.rule === 'control.overdue').map((l) => l.points)).toEqual([-100, -100]);
    expect(lineOf(r, 'control.floor')).toMatchObject({ points: 200, text: '控制性合计-2分，不低于0分，补2分' });
    expect(r.parts.控制性).toBe(0);
    // Not below 0 but not raised either when the sum is positive.
    const r2 = only(DEFAULT_SCHEME, fullInputs({ overdue: [overdue({})] }));
    expect(lineOf(r2, 'control.floor')).toBeUndefined();
    expect(r2.parts.控制性).toBe(3900);
  });

  it('a unit type without a checklist gets the full control points in one line', () => {
    const s = scheme((x) => { x.control.items = x.control.items.filter((i) => !i.unitTypes.includes('社区')); });
    const r = only(s, fullInputs({ units: [unit(11, { type: '社区' })], checklist: [] }));
    expect(r.lines.filter((l) => l.part === '控制性')).toEqual([
      { key: 'control.none', rule: 'control.none', part: '控制性', text: '本类单位（社区）无控制性清单，按满分计40分', points: 4000, records: [] },
    ]);
    expect(r.missingChecks).toBe(0);
  });

  it('a yearly checklist reads the quarter-0 entries in every quarter', () => {
    const s = scheme((x) => { x.control.period = '年度'; });
    const yearly = fullChecklist(11, 0);
    for (const q of [1, 2, 3, 4]) {
      const r = only(s, fullInputs({ quarter: q, checklist: [...yearly, check({ quarter: q, itemKey: 'collective', result: '未落实' })] }));
      expect(r.parts.控制性).toBe(4000);
      expect(r.missingChecks).toBe(0);
    }
    // The quarterly default ignores a yearly entry.
    expect(only(DEFAULT_SCHEME, fullInputs({ checklist: yearly })).missingChecks).toBe(5);
  });
});

describe('participation (主体性)', () => {
  it('a survey rate rounds half up: 5 × 92.5% = 4.625 → 4.63, 5 × 87.35% = 4.3675 → 4.37', () => {
    const r = only(DEFAULT_SCHEME, fullInputs({ surveys: [survey({ surveyKey: 'public', rate: 9250 }), survey({ surveyKey: 'business', rate: 8735 })] }));
    expect(lineOf(r, 'participation.survey:public')?.points).toBe(463);
    expect(lineOf(r, 'participation.survey:business')?.points).toBe(437);
  });

  it('missing survey: 满分 / 零分 / 同类平均 (and 满分 when no unit of the type has data)', () => {
    const units = [unit(11), unit(12), unit(13), unit(14, { type: '社区' })];
    // Unit 12: 87.35% → 4.37; unit 13: 92.5% → 4.63; mean (4.37 + 4.63) / 2 = 4.50. Unit 14 (社区) ignored.
    const surveys = [survey({ unitId: 12, rate: 8735 }), survey({ unitId: 13, rate: 9250 }), survey({ unitId: 14, rate: 1000 })];
    const i = inputs({ units, surveys });
    expect(lineOf(only(DEFAULT_SCHEME, i), 'participation.survey:public')).toMatchObject({ points: 500, text: '民意调查：无数据，按满分计5分' });
    const zero = scheme((x) => { x.missing.survey = '零分'; });
    expect(lineOf(only(zero, i), 'participation.survey:public')).toMatchObject({ points: 0, text: '民意调查：无数据，按0分计' });
    const mean = scheme((x) => { x.missing.survey = '同类平均'; });
    expect(lineOf(only(mean, i), 'participation.survey:public')).toMatchObject({ points: 450, text: '民意调查：无数据，按同类单位（行政村）2个单位平均得分计，9分÷2 = 4.5分' });
    // Half up: 4.37 + 4.63 + 4.81 = 13.81 / 3 = 4.6033 → 4.60; with 4.37 + 4.64 → 9.01 / 2 = 4.505 → 4.51.
    const i2 = inputs({ units, surveys: [survey({ unitId: 12, rate: 8735 }), survey({ unitId: 13, rate: 9280 })] });
    expect(lineOf(only(mean, i2), 'participation.survey:public')?.points).toBe(451);
    // No 行政村 has a 经济主体调查: full points.
    expect(lineOf(only(mean, i), 'participation.survey:business')).toMatchObject({ points: 500, text: '经济主体调查：无数据，同类单位（行政村）均无数据，按满分计5分' });
  });

  it('findings deduct per channel; a channel does not go below 0; unknown and tip-channel findings do not count', () => {
    const findings = [1, 2, 3, 4, 5].map(() => finding({ channelKey: 'media' }))
      .concat([finding({ channelKey: 'nowhere' }), finding({ channelKey: 'tips' }), finding({ channelKey: 'audit', date: '2026-07-01' })]);
    const r = only(DEFAULT_SCHEME, fullInputs({ findings }));
    expect(r.lines.filter((l) => l.rule === 'participation.finding')).toHaveLength(5);
    expect(lineOf(r, 'participation.floor:media')).toMatchObject({ points: 200, text: '舆论监督渠道合计-2分，不低于0分，补2分' });
    expect(r.parts.主体性).toBe(4000 - 300);
    expect(r.score).toBe(9700);
  });

  it('a substantiated tip deducts in the tip channel, once per tip and unit (被反映单位 and registry people)', () => {
    const t1 = tip({ unitIds: [11], people: [{ personId: 1, unitId: 11, name: '甲', category: '一般干部' }] });
    // Only a registry person ties unit 12; a typed name (personId null) ties nothing.
    const t2 = tip({ unitIds: [], people: [{ personId: 2, unitId: 12, name: '乙', category: '一般干部' }, { personId: null, unitId: 13, name: '丙', category: '一般干部' }] });
    const i = fullInputs({ units: [unit(11), unit(12), unit(13)], tips: [t1, t2] });
    const rs = scoreQuarter(DEFAULT_SCHEME, i);
    const tipLines = (id: number) => rs.find((r) => r.unitId === id)?.lines.filter((l) => l.rule === 'participation.tip').map((l) => l.key);
    expect(tipLines(11)).toEqual([`participation.tip:${t1.id}`]);
    expect(tipLines(12)).toEqual([`participation.tip:${t2.id}`]);
    expect(tipLines(13)).toEqual([]);
    expect(lineOf(only(DEFAULT_SCHEME, i), `participation.tip:${t1.id}`)?.points).toBe(-200);
  });

  it('a repeat group counts once, at its first substantiated conclusion; a tip outside the period not at all', () => {
    const first = tip({ id: 500, groupFirstId: 500, concludedDate: '2026-03-20' });
    const repeat = tip({ id: 501, groupFirstId: 500, concludedDate: '2026-05-02' });
    const own = tip({ id: 502, groupFirstId: 502, concludedDate: '2026-06-30' });
    const r = only(DEFAULT_SCHEME, fullInputs({ tips: [first, repeat, own] }));
    expect(r.lines.filter((l) => l.rule === 'participation.tip').map((l) => l.key)).toEqual(['participation.tip:502']);
    // In quarter 1 the first one counts.
    const r1 = only(DEFAULT_SCHEME, fullInputs({ quarter: 1, checklist: fullChecklist(11, 1), surveys: fullSurveys(11, 1), costs: [cost({ quarter: 1 })], tips: [first, repeat, own] }));
    expect(r1.lines.filter((l) => l.rule === 'participation.tip').map((l) => l.key)).toEqual(['participation.tip:500']);
  });

  it('three tips bring the tip channel to 0 with a floor line', () => {
    const r = only(DEFAULT_SCHEME, fullInputs({ tips: [tip({}), tip({}), tip({})] }));
    expect(lineOf(r, 'participation.floor:tips')?.points).toBe(200);
    expect(r.parts.主体性).toBe(3600);
  });
});

describe('performance (绩效)', () => {
  const villages = [unit(11), unit(12), unit(13)];
  const costLine = (r: UnitQuarterScore) => lineOf(r, 'performance.cost');
  const savingLine = (r: UnitQuarterScore) => lineOf(r, 'performance.saving');

  it('band boundaries are exact: d = 10% exactly gives 8, a hair above gives 6', () => {
    // Costs 110, 90, 100: mean 100, own 110 → d = 10% exactly.
    const i = inputs({ units: villages, costs: [cost({ unitId: 11, costPerCapita: 11000 }), cost({ unitId: 12, costPerCapita: 9000 }), cost({ unitId: 13, costPerCapita: 10000 })] });
    expect(costLine(only(DEFAULT_SCHEME, i))?.points).toBe(800);
    const above = inputs({ units: villages, costs: [cost({ unitId: 11, costPerCapita: 11001 }), cost({ unitId: 12, costPerCapita: 9000 }), cost({ unitId: 13, costPerCapita: 10000 })] });
    expect(costLine(only(DEFAULT_SCHEME, above))?.points).toBe(600);
    // d > 30% → 2: own 200, others 100, 100: mean 133.33, d = 50%.
    const far = inputs({ units: villages, costs: [cost({ unitId: 11, costPerCapita: 20000 }), cost({ unitId: 12, costPerCapita: 10000 }), cost({ unitId: 13, costPerCapita: 10000 })] });
    expect(costLine(only(DEFAULT_SCHEME, far))).toMatchObject({ points: 200, text: '人均行政成本：本单位200.00元，同类3个单位平均133.33元，偏离度 = (200.00 − 133.33) ÷ 133.33 = 50.00%，高于各档次，得2分' });
  });

  it('saving bands: own − mean ≥ −5 exactly gives 8; below −10 gives 4', () => {
    // Rates 0, 10, 5: mean 5, own 0 → −5.00 exactly.
    const i = inputs({ units: villages, costs: [cost({ unitId: 11, savingRate: 0 }), cost({ unitId: 12, savingRate: 1000 }), cost({ unitId: 13, savingRate: 500 })] });
    expect(savingLine(only(DEFAULT_SCHEME, i))?.points).toBe(800);
    // Rates −20, 10, 10: mean 0, own −20 → 4.
    const low = inputs({ units: villages, costs: [cost({ unitId: 11, savingRate: -2000 }), cost({ unitId: 12, savingRate: 1000 }), cost({ unitId: 13, savingRate: 1000 })] });
    expect(savingLine(only(DEFAULT_SCHEME, low))).toMatchObject({ points: 400, text: '行政成本节约率：本单位-20.00%，同类3个单位平均0.00%，偏离 = -20.00 − 0.00 = -20.00个百分点，低于各档次，得4分' });
  });

  it('a group of one, and a mean of 0, give d = 0', () => {
    const one = only(DEFAULT_SCHEME, inputs({ units: [unit(11), unit(12, { type: '社区' })], costs: [cost({ unitId: 11, costPerCapita: 99999, savingRate: -3000 }), cost({ unitId: 12, costPerCapita: 1 })] }));
    expect(costLine(one)).toMatchObject({ points: 1000, text: '人均行政成本：本单位999.99元，同类单位仅本单位有数据，偏离度按0计，不高于0%，得10分' });
    expect(savingLine(one)?.points).toBe(1000);
    const zero = only(DEFAULT_SCHEME, inputs({ units: villages, costs: [cost({ unitId: 11, costPerCapita: 0 }), cost({ unitId: 12, costPerCapita: 0 })] }));
    expect(costLine(zero)).toMatchObject({ points: 1000, text: '人均行政成本：本单位0.00元，同类2个单位平均为0，偏离度按0计，不高于0%，得10分' });
  });

  it('a unit not scored in the quarter is not in the group', () => {
    const i = inputs({ units: [unit(11), unit(12, { revokedDate: '2026-03-31' })], costs: [cost({ unitId: 11, costPerCapita: 20000 }), cost({ unitId: 12, costPerCapita: 10000 })] });
    expect(costLine(only(DEFAULT_SCHEME, i))?.points).toBe(1000);
  });

  it('missing cost: 满分 (the highest band), 零分, 同类平均 (half up), and full when the group is empty', () => {
    // Group of 11 and 12: costs 110 / 90 → mean 100, 11 gets 8 (d = 10%), 12 gets 10; savings 0 / 10 → 11 gets 8 (−5), 12 gets 10.
    const i = inputs({ units: [unit(11), unit(12), unit(13)], costs: [cost({ unitId: 11, costPerCapita: 11000, savingRate: 0 }), cost({ unitId: 12, costPerCapita: 9000, savingRate: 1000 })] });
    expect(costLine(only(DEFAULT_SCHEME, i, 13))).toMatchObject({ points: 1000, text: '人均行政成本：无数据，按满分计10分', records: [] });
    const zero = scheme((x) => { x.missing.cost = '零分'; });
    expect(only(zero, i, 13).parts.绩效).toBe(0);
    const mean = scheme((x) => { x.missing.cost = '同类平均'; });
    expect(costLine(only(mean, i, 13))).toMatchObject({ points: 900, text: '人均行政成本：无数据，按同类单位（行政村）2个单位平均得分计，18分÷2 = 9分' });
    expect(savingLine(only(mean, i, 13))?.points).toBe(900);
    // Half up: three members with 8, 10, 10 → 28 / 3 = 9.333 → 9.33.
    const i3 = inputs({ units: [unit(11), unit(12), unit(13), unit(14)], costs: [cost({ unitId: 11, costPerCapita: 11000 }), cost({ unitId: 12, costPerCapita: 9500 }), cost({ unitId: 13, costPerCapita: 9500 })] });
    expect(costLine(only(mean, i3, 14))?.points).toBe(933);
    const empty = only(mean, inputs({ units: [unit(11)] }));
    expect(costLine(empty)).toMatchObject({ points: 1000, text: '人均行政成本：无数据，同类单位（行政村）均无数据，按满分计10分' });
  });
});

describe('bonus (激励性)', () => {
  it('each entry of the period adds its kind; the sum is capped per quarter', () => {
    const bonuses = [bonus({ kindKey: 'adopted' }), bonus({ kindKey: 'adopted' }), bonus({ kindKey: 'case-help' }), bonus({ kindKey: 'gone' }), bonus({ date: '2026-03-31' })];
    const r = only(DEFAULT_SCHEME, inputs({ bonuses }));
    expect(r.lines.filter((l) => l.rule === 'bonus.entry').map((l) => l.points)).toEqual([300, 300, 100]);
    expect(lineOf(r, 'bonus.cap')).toMatchObject({ points: -200, text: '加分合计7分，超过每季度上限5分，减2分' });
    expect(r.parts.激励性).toBe(500);
    const exact = only(DEFAULT_SCHEME, inputs({ bonuses: [bonus({ kindKey: 'adopted' }), bonus({ kindKey: 'innovation' }), bonus({ kindKey: 'case-help' })] }));
    expect(lineOf(exact, 'bonus.cap')).toBeUndefined();
    expect(exact.parts.激励性).toBe(500);
  });
});

describe('deductions (廉勤性)', () => {
  const points = (over: Parameters<typeof event>[0], year = 2026) => {
    const e = event(over);
    return lineOf(only(DEFAULT_SCHEME, inputs({ year, events: [e] })), `integrity.event:${e.id}`)?.points;
  };

  it('subject multipliers: 主要负责人 ×2, 班子成员 ×1.5, 一般干部 ×1', () => {
    expect(points({ category: '主要负责人' })).toBe(-400);
    expect(points({ category: '班子成员' })).toBe(-300);
    expect(points({ category: '一般干部' })).toBe(-200);
  });

  it('circumstance multipliers: 从轻 ×0.5, 一般 ×1, 从重 ×1.5', () => {
    expect(points({ circumstance: '从轻' })).toBe(-100);
    expect(points({ circumstance: '一般' })).toBe(-200);
    expect(points({ circumstance: '从重' })).toBe(-300);
  });

  it('time: conduct before 1 January of the scored year ×0.5 (YYYY-MM its first day; unknown ×1)', () => {
    expect(points({ conductDate: '2025-12-31' })).toBe(-100);
    expect(points({ conductDate: '2026-01-01' })).toBe(-200);
    expect(points({ conductDate: '2025-12' })).toBe(-100);
    expect(points({ conductDate: '2026-01' })).toBe(-200);
    expect(points({ conductDate: null })).toBe(-200);
    const e = event({ conductDate: null });
    expect(lineOf(only(DEFAULT_SCHEME, inputs({ events: [e] })), `integrity.event:${e.id}`)?.text).toBe('党纪处分（警告）张三（一般干部）：2分×1（一般干部）×1（一般）×1（行为时间不详） = 2分');
  });

  it('the product is rounded half up once, as a magnitude', () => {
    // 诫勉 1 × 1.5 × 1.5 × 0.5 = 1.125 → 1.13 (not 1.12).
    expect(points({ outcome: '诫勉', grade: '', category: '班子成员', circumstance: '从重', conductDate: '2024-06-01' })).toBe(-113);
  });

  it('a graded row by name, else the outcome with grade ""; an outcome the scheme lacks is a 0 line', () => {
    expect(points({ outcome: '政务处分', grade: '记大过' })).toBe(-500);
    expect(points({ outcome: '组织处理', grade: '调整职务' })).toBe(-300);
    expect(points({ outcome: '提醒', grade: '' })).toBe(0);
    const s = scheme((x) => { x.integrity.deductions = x.integrity.deductions.filter((d) => d.outcome !== '通报批评'); });
    const e = event({ outcome: '通报批评', grade: '' });
    expect(lineOf(only(s, inputs({ events: [e] })), `integrity.event:${e.id}`)).toMatchObject({ points: 0, text: '通报批评 张三（一般干部）：评分方案未列此处理结果，不扣分' });
  });

  it('an event outside the period, or of another unit, does not count; several events of one person each do', () => {
    const r = only(DEFAULT_SCHEME, inputs({ events: [event({ decidedDate: '2026-03-31' }), event({ decidedDate: '2026-07-01' }), event({ unitId: 12 }), event({ outcome: '政务处分', grade: '警告' }), event({})] }));
    expect(r.lines.filter((l) => l.rule === 'integrity.event').map((l) => l.points)).toEqual([-200, -200]);
    expect(r.parts.廉勤性).toBe(-400);
  });

  it('一票否决 marks the quarter; the colour still follows the score', () => {
    const e = event({ outcome: '移送司法', grade: '', category: '一般干部' });
    const r = only(DEFAULT_SCHEME, fullInputs({ events: [e] }));
    expect(r).toMatchObject({ veto: true, score: 8500, colour: '绿' });
    expect(lineOf(r, `integrity.event:${e.id}`)?.text).toBe('移送司法 张三（一般干部）：15分×1（一般干部）×1（一般）×1 = 15分，一票否决');
  });
});

describe('the total', () => {
  it('is clamped below at 0 with a line of part 总分', () => {
    // Three 政务处分 开除 of the 主要负责人, 从重: 10 × 2 × 1.5 = 30 each, 90 in all.
    const evs = [1, 2, 3].map(() => event({ outcome: '政务处分', grade: '开除', category: '主要负责人', circumstance: '从重' }));
    const r = only(DEFAULT_SCHEME, inputs({ checklist: [], events: evs }));
    // Control 0 (all missing), surveys 20 (missing → full), channels 20, performance 20 (missing → full): 60 − 90 = −30.
    expect(r.parts).toEqual({ 控制性: 0, 主体性: 4000, 绩效: 2000, 激励性: 0, 廉勤性: -9000 });
    expect(lineOf(r, 'score.clamp')).toMatchObject({ part: '总分', points: 3000, text: '各项合计-30分，总分不低于0分，计0分' });
    expect(r).toMatchObject({ score: 0, colour: '红' });
  });

  it('is clamped above at 100', () => {
    const r = only(DEFAULT_SCHEME, fullInputs({ bonuses: [bonus({ kindKey: 'adopted' })] }));
    expect(lineOf(r, 'score.clamp')).toMatchObject({ part: '总分', points: -300, text: '各项合计103分，总分不超过100分，计100分' });
    expect(r.score).toBe(10000);
    expect(r.parts.激励性).toBe(300);
  });
});

describe('the main-leader rule', () => {
  it('a substantiated tip naming the unit\'s 主要负责人 makes 绿 橙 (even a repeat, not group-first)', () => {
    const t = tip({ id: 700, groupFirstId: 600, unitIds: [12], people: [{ personId: 9, unitId: 11, name: '钱七', category: '主要负责人' }] });
    const r = only(DEFAULT_SCHEME, fullInputs({ tips: [t] }));
    expect(r.score).toBe(10000);
    expect(r).toMatchObject({ colour: '橙', colourNote: '主要负责人本季度有查实信访件或处理记录，至少为橙色', colourRecords: [{ kind: '信访件', id: 700, label: t.number }] });
  });

  it('a 0-point event (提醒) of the 主要负责人 makes 绿 橙; a 红 stays 红; off in the scheme, 绿 stays', () => {
    const e = event({ outcome: '提醒', grade: '', category: '主要负责人', sourceKind: '谈话', sourceId: 5, sourceLabel: 'TH-2026-0005' });
    const r = only(DEFAULT_SCHEME, fullInputs({ events: [e] }));
    expect(r).toMatchObject({ score: 10000, colour: '橙', colourRecords: [{ kind: '谈话', id: 5, label: 'TH-2026-0005' }] });
    expect(only(scheme((x) => { x.mainLeaderRule = false; }), fullInputs({ events: [e] }))).toMatchObject({ colour: '绿', colourNote: '', colourRecords: [] });
    const red = only(DEFAULT_SCHEME, inputs({ checklist: [], events: [e] }));
    expect(red).toMatchObject({ score: 6000, colour: '红', colourNote: '' });
    // A 班子成员's event does not trigger it; nor does a leader's event of another quarter.
    expect(only(DEFAULT_SCHEME, fullInputs({ events: [event({ outcome: '提醒', grade: '', category: '班子成员' }), event({ outcome: '提醒', grade: '', category: '主要负责人', decidedDate: '2026-07-02' })] })).colour).toBe('绿');
  });
});

describe('which units are scored', () => {
  it('set up after the quarter or revoked before it: not scored; on the boundary days: scored; input order kept', () => {
    const units = [
      unit(5, { establishedDate: '2026-07-01' }),
      unit(4, { establishedDate: '2026-06-30' }),
      unit(3, { revokedDate: '2026-03-31' }),
      unit(2, { revokedDate: '2026-04-01' }),
      unit(1),
    ];
    expect(scoreQuarter(DEFAULT_SCHEME, inputs({ units })).map((r) => r.unitId)).toEqual([4, 2, 1]);
  });

  it('facts of units not in the list are ignored', () => {
    const r = scoreQuarter(DEFAULT_SCHEME, fullInputs({ events: [event({ unitId: 99 })], findings: [finding({ unitId: 99 })] }));
    expect(r).toHaveLength(1);
    expect(r[0]?.score).toBe(10000);
  });
});

describe('yearly periods', () => {
  it('yearly surveys and costs read quarter-0 entries in each quarter; dated facts still by quarter', () => {
    const s = scheme((x) => { x.participation.surveyPeriod = '年度'; x.performance.period = '年度'; });
    const i = (quarter: number) => inputs({
      quarter, units: [unit(11), unit(12)], checklist: fullChecklist(11, quarter),
      surveys: [survey({ quarter: 0, rate: 8000 }), survey({ quarter, surveyKey: 'business', rate: 0 })],
      costs: [cost({ quarter: 0, costPerCapita: 11000 }), cost({ unitId: 12, quarter: 0, costPerCapita: 9000 }), cost({ quarter, costPerCapita: 1 })],
      findings: [finding({ date: '2026-02-10' })],
    });
    for (const q of [1, 2, 3, 4]) {
      const r = only(s, i(q));
      expect(lineOf(r, 'participation.survey:public')?.points).toBe(400);
      expect(lineOf(r, 'participation.survey:business')?.points).toBe(500);
      expect(lineOf(r, 'performance.cost')?.points).toBe(800);
      expect(r.lines.some((l) => l.rule === 'participation.finding')).toBe(q === 1);
    }
  });
});

describe('a custom scheme is scored without code change', () => {
  const custom = scheme((x) => {
    x.control.items.push({ key: 'seal', name: '印章管理', unitTypes: ['行政村'], points: 4 });
    x.control.items = x.control.items.map((i) => (i.key === 'vehicles' ? { ...i, points: 2 } : i));
    x.integrity.deductions = [
      { outcome: '诫勉', grade: '', points: 2.5, veto: false },
      { outcome: '党纪处分', grade: '', points: 4, veto: false },
      { outcome: '党纪处分', grade: '开除党籍', points: 20, veto: true },
    ];
    x.integrity.subject.班子成员 = 1.25;
    x.thresholds = { green: 90, orange: 75.5, gradeA: 92, gradeB: 60 };
  });

  it('reads the new item, the other deduction table and the other thresholds', () => {
    const checklist = [...fullChecklist(11), check({ itemKey: 'seal', result: '部分落实' })];
    const e1 = event({ outcome: '诫勉', grade: '', category: '班子成员' });
    const e2 = event({ outcome: '党纪处分', grade: '严重警告' });
    const r = only(custom, fullInputs({ checklist, events: [e1, e2] }));
    expect(lineOf(r, 'control.item:seal')).toMatchObject({ points: 200, text: '印章管理：部分落实，4分×50% = 2分' });
    expect(lineOf(r, 'control.item:vehicles')?.points).toBe(200);
    // 诫勉 2.5 × 1.25 = 3.125 → 3.13; 党纪处分 (严重警告 not listed → the outcome's '' row) 4.
    expect(lineOf(r, `integrity.event:${e1.id}`)?.points).toBe(-313);
    expect(lineOf(r, `integrity.event:${e2.id}`)?.points).toBe(-400);
    // Control 10+10+8+6+2+2 = 38, participation 40, performance 20: 98 − 7.13 = 90.87 → 绿 at 90.
    expect(r).toMatchObject({ score: 9087, colour: '绿', veto: false });
    expect(colourFor(custom, 7549)).toBe('红');
    expect(colourFor(custom, 7550)).toBe('橙');
    expect(gradeFor(custom, 9199)).toBe('B');
  });
});

describe('line keys', () => {
  const busy = (): QuarterInputs => fullInputs({
    checklist: fullChecklist(11).slice(1),
    findings: [finding({ id: 1 }), finding({ id: 2, channelKey: 'media' })],
    bonuses: [bonus({ id: 1, kindKey: 'adopted' }), bonus({ id: 2, kindKey: 'adopted' })],
    events: [event({ id: 1, outcome: '移送司法', grade: '' }), event({ id: 2 })],
    tips: [tip({ id: 1 }), tip({ id: 2 }), tip({ id: 3 })],
    overdue: [overdue({ id: 1 }), overdue({ id: 2 }), overdue({ id: 3 })],
  });

  it('are unique within a unit\'s quarter and stable between two runs', () => {
    const i = busy();
    const a = only(DEFAULT_SCHEME, i);
    const b = only(DEFAULT_SCHEME, structuredClone(i));
    expect(new Set(keys(a)).size).toBe(a.lines.length);
    expect(keys(b)).toEqual(keys(a));
    expect(b.lines).toEqual(a.lines);
    expect(keys(a)).toEqual(expect.arrayContaining(['control.missing:collective', 'control.overdue:整改事项:1', 'participation.finding:1', 'participation.finding:2', 'participation.tip:1', 'participation.floor:tips', 'bonus.entry:1', 'bonus.cap', 'integrity.event:1', 'integrity.event:2']));
    for (const l of a.lines) expect(l.key === l.rule || l.key.startsWith(`${l.rule}:`)).toBe(true);
  });
});
