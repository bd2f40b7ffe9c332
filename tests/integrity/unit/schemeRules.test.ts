// The whole-scheme checks (shared/integrity/schemeRules.ts): the default passes; one scheme broken
// per rule gives its message, naming what to fix and both sums; the differences of a save read as
// Chinese lines; the sums the editor shows.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, schemeContentSchema, type SchemeContent } from '../../../shared/integrity/index.ts';
import { capChanges, schemeChanges, schemeProblems, schemeSums } from '../../../shared/integrity/schemeRules.ts';

/** A deep copy of the default, changed by `edit`. */
function scheme(edit: (c: SchemeContent) => void = () => {}): SchemeContent {
  const c = structuredClone(DEFAULT_SCHEME);
  edit(c);
  return c;
}

function item(c: SchemeContent, key: string) {
  const found = c.control.items.find((i) => i.key === key);
  if (!found) throw new Error(key);
  return found;
}

describe('schemeProblems', () => {
  it('the default scheme has none, and passes its schema', () => {
    expect(schemeProblems(DEFAULT_SCHEME)).toEqual([]);
    expect(schemeContentSchema.safeParse(DEFAULT_SCHEME).success).toBe(true);
  });

  it('each unit type with control points: their sum is the control total (the type and both sums named)', () => {
    const p = schemeProblems(scheme((c) => (item(c, 'village-affairs').points = 8)));
    expect(p).toEqual([
      '控制性：单位类型“行政村”的控制点分值合计42分，应等于控制性满分40分',
      '控制性：单位类型“社区”的控制点分值合计42分，应等于控制性满分40分',
    ]);
  });

  it('a unit type without a control point is not checked (it gets the whole total)', () => {
    const c = scheme((s) => (s.control.items = s.control.items.filter((i) => i.key !== 'enterprise-affairs')));
    for (const i of c.control.items) i.unitTypes = i.unitTypes.filter((t) => t !== '国有企业');
    expect(schemeProblems(c)).toEqual([]);
    expect(schemeSums(c).withoutControl).toEqual(['国有企业']);
  });

  it('sums compare in hundredths: 0.1 + 0.2 is 0.3', () => {
    const c = scheme((s) => {
      s.control.total = 0.3;
      s.control.items = [
        { key: 'a', name: '甲', unitTypes: ['行政村'], points: 0.1 },
        { key: 'b', name: '乙', unitTypes: ['行政村'], points: 0.2 },
      ];
      s.participation.total = 79.7;
      s.participation.channels[0]!.points = 43.7;
    });
    expect(schemeProblems(c)).toEqual([]);
  });

  it('keys unique in control points, surveys, channels and bonus kinds', () => {
    const p = schemeProblems(scheme((c) => {
      item(c, 'vehicles').key = 'collective';
      c.participation.surveys[1]!.key = 'public';
      c.participation.channels[5]!.key = 'audit';
      c.bonus.kinds[2]!.key = 'adopted';
    }));
    expect(p).toEqual([
      '控制点编码“collective”重复（第1、7项），请改为不同的编码',
      '调查编码“public”重复（第1、2项），请改为不同的编码',
      '监督渠道编码“audit”重复（第1、6项），请改为不同的编码',
      '加分项编码“adopted”重复（第1、3项），请改为不同的编码',
    ]);
  });

  it('participation: surveys plus channels make its total', () => {
    const p = schemeProblems(scheme((c) => (c.participation.surveys[0]!.points = 6)));
    expect(p).toEqual(['主体性：调查分值合计21分加监督渠道分值合计20分为41分，应等于主体性满分40分']);
  });

  it('the tip channel is one of the channels', () => {
    const p = schemeProblems(scheme((c) => (c.participation.tipChannel = 'letters')));
    expect(p).toEqual(['主体性：信访渠道“letters”不是已设置的监督渠道，请从监督渠道中选择']);
  });

  it('performance: the best of each measure adds up to its total (a fallback above every band counts)', () => {
    expect(schemeProblems(scheme((c) => (c.performance.costBands[0]!.points = 12)))).toEqual([
      '绩效：人均行政成本最高得分12分加行政成本节约率最高得分10分为22分，应等于绩效满分20分',
    ]);
    expect(schemeProblems(scheme((c) => (c.performance.total = 18)))).toContain(
      '绩效：人均行政成本最高得分10分加行政成本节约率最高得分10分为20分，应等于绩效满分18分',
    );
  });

  it('cost bands: bounds strictly ascending, points never rising, the fallback not above the last band', () => {
    expect(schemeProblems(scheme((c) => (c.performance.costBands[2]!.upTo = 10)))).toEqual([
      '绩效：人均行政成本第3档的偏离度上限10%应大于第2档的偏离度上限10%（各档次应按从小到大排列）',
    ]);
    expect(schemeProblems(scheme((c) => (c.performance.costBands[3]!.points = 7)))).toEqual(['绩效：人均行政成本第4档得分7不应高于第3档得分6']);
    expect(schemeProblems(scheme((c) => (c.performance.costOtherwise = 5)))).toEqual(['绩效：人均行政成本超出各档次的得分5不应高于最后一档得分4']);
  });

  it('saving bands: bounds strictly descending, points never rising, the fallback not above the last band', () => {
    expect(schemeProblems(scheme((c) => (c.performance.savingBands[1]!.atLeast = 1)))).toEqual([
      '绩效：行政成本节约率第2档的偏离下限1个百分点应小于第1档的偏离下限0个百分点（各档次应按从大到小排列）',
    ]);
    expect(schemeProblems(scheme((c) => (c.performance.savingBands[2]!.points = 9)))).toEqual(['绩效：行政成本节约率第3档得分9不应高于第2档得分8']);
    expect(schemeProblems(scheme((c) => (c.performance.savingOtherwise = 6.01)))).toEqual([
      '绩效：行政成本节约率低于各档次的得分6.01不应高于最后一档得分6',
    ]);
  });

  it('shares: 落实 ≥ 部分落实 ≥ 未落实', () => {
    expect(schemeProblems(scheme((c) => (c.control.shares.部分落实 = 100.5)))).toContain('控制性：部分落实得分比例100.5%不应高于落实得分比例100%');
    expect(schemeProblems(scheme((c) => (c.control.shares.未落实 = 60)))).toEqual(['控制性：未落实得分比例60%不应高于部分落实得分比例50%']);
  });

  it('thresholds: green above orange, A above B', () => {
    expect(schemeProblems(scheme((c) => (c.thresholds.orange = 85)))).toEqual(['分数线：绿色分数线85应高于橙色分数线85']);
    expect(schemeProblems(scheme((c) => (c.thresholds.gradeB = 90)))).toEqual(['分数线：A级分数线85应高于B级分数线90']);
  });

  it('the three totals make 100', () => {
    const p = schemeProblems(scheme((c) => {
      c.control.total = 50;
      for (const i of c.control.items) if (i.key === 'collective') i.points = 20;
    }));
    expect(p).toEqual(['总分：控制性满分50分、主体性满分40分、绩效满分20分合计110分，应为100分']);
  });

  it('deduction rows unique by outcome and grade', () => {
    const p = schemeProblems(scheme((c) => c.integrity.deductions.push({ outcome: '诫勉', grade: '', points: 2, veto: false })));
    expect(p).toEqual(['廉勤性：扣分表中“诫勉”有多行，请只保留一行']);
  });

  it('grades: a sanction grade of its own list, no grade for other outcomes', () => {
    expect(schemeProblems(scheme((c) => c.integrity.deductions.push({ outcome: '党纪处分', grade: '记过', points: 3, veto: false })))).toEqual([
      '廉勤性：党纪处分的处分档次“记过”无效，应为警告、严重警告、撤销党内职务、留党察看、开除党籍之一',
    ]);
    expect(schemeProblems(scheme((c) => (c.integrity.deductions.find((d) => d.outcome === '诫勉')!.grade = '警告')))).toEqual([
      '廉勤性：诫勉没有处分档次，请清空“警告”',
    ]);
  });

  it('every grade of 党纪处分 and 政务处分 has its row', () => {
    const p = schemeProblems(scheme((c) => {
      c.integrity.deductions = c.integrity.deductions.filter((d) => !(d.outcome === '政务处分' && (d.grade === '降级' || d.grade === '开除')));
    }));
    expect(p).toEqual(['廉勤性：扣分表缺少政务处分的降级、开除，请为每个处分档次设置扣分']);
  });
});

describe('schemeSums', () => {
  it('the default: 40 per unit type, 20 + 20 participation, 10 + 10 performance, 100 in all (hundredths)', () => {
    const s = schemeSums(DEFAULT_SCHEME);
    expect(s.control.every((x) => x.points === 4000)).toBe(true);
    expect(s.control).toHaveLength(8);
    expect(s).toMatchObject({ withoutControl: [], surveys: 2000, channels: 2000, costMax: 1000, savingMax: 1000, totals: 10000 });
  });
});

describe('schemeChanges', () => {
  it('none between equal contents', () => {
    expect(schemeChanges(DEFAULT_SCHEME, scheme())).toEqual([]);
  });

  it('a control point’s points and types, one added and one removed', () => {
    const after = scheme((c) => {
      item(c, 'dual-sign').points = 12;
      item(c, 'vehicles').unitTypes = ['行政村'];
      c.control.items = c.control.items.filter((i) => i.key !== 'tendering');
      c.control.items.push({ key: 'meals', name: '公务接待', unitTypes: ['机关部门'], points: 2 });
    });
    expect(schemeChanges(DEFAULT_SCHEME, after)).toEqual([
      '控制点“财务双签”分值：10 → 12',
      '控制点“公车登记”适用单位类型：行政村、社区、镇（街道）、机关部门、基层站所、事业单位、其他、国有企业 → 行政村',
      '新增控制点“公务接待”（编码meals，分值2，适用机关部门）',
      '删除控制点“招投标进场交易”',
    ]);
  });

  it('renames, channels, bands, deductions, thresholds and options', () => {
    const after = scheme((c) => {
      item(c, 'collective').name = '“三重一大”集体决策';
      c.participation.channels[0]!.perFinding = 0.5;
      c.performance.costBands[0]!.points = 9;
      c.integrity.deductions.find((d) => d.outcome === '党纪处分' && d.grade === '警告')!.points = 2.5;
      c.integrity.deductions.find((d) => d.outcome === '组织处理')!.veto = true;
      c.thresholds.green = 90;
      c.mainLeaderRule = false;
      c.missing.cost = '同类平均';
    });
    expect(schemeChanges(DEFAULT_SCHEME, after)).toEqual([
      '控制点“三重一大集体决策”名称：三重一大集体决策 → “三重一大”集体决策',
      '监督渠道“审计”每条发现问题扣分：1 → 0.5',
      '人均行政成本档次：≤0%得10分，≤10%得8分，≤20%得6分，≤30%得4分 → ≤0%得9分，≤10%得8分，≤20%得6分，≤30%得4分',
      '扣分项“组织处理”一票否决：否 → 是',
      '扣分项“党纪处分·警告”扣分：2 → 2.5',
      '绿色分数线：85 → 90',
      '主要负责人规则：是 → 否',
      '无成本数据时：满分 → 同类平均',
    ]);
  });

  it('capChanges keeps 20 lines at most, saying how many more', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `第${i + 1}处`);
    const capped = capChanges(lines);
    expect(capped).toHaveLength(20);
    expect(capped[18]).toBe('第19处');
    expect(capped[19]).toBe('……另有6处修改');
    expect(capChanges(lines.slice(0, 20))).toEqual(lines.slice(0, 20));
  });
});
