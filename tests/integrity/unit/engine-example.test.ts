// THE hand-worked example of docs/integrity-example.md: 青山村 in 2026年第2季度 under the default
// scheme, every line asserted exactly (text, points, records) — the document and the engine agree.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, scoreQuarter, type QuarterInputs } from '../../../shared/integrity/index.ts';
import { unit } from './engineInputs.ts';

const QINGSHAN = 11;
const example: QuarterInputs = {
  year: 2026,
  quarter: 2,
  units: [unit(QINGSHAN, { name: '青山村' }), unit(12, { name: '绿水村' }), unit(13, { name: '白云村' })],
  checklist: [
    { id: 101, unitId: QINGSHAN, quarter: 2, itemKey: 'collective', result: '部分落实' },
    { id: 102, unitId: QINGSHAN, quarter: 2, itemKey: 'dual-sign', result: '落实' },
    { id: 103, unitId: QINGSHAN, quarter: 2, itemKey: 'tendering', result: '未落实' },
    { id: 104, unitId: QINGSHAN, quarter: 2, itemKey: 'village-affairs', result: '落实' },
    { id: 105, unitId: QINGSHAN, quarter: 2, itemKey: 'vehicles', result: '落实' },
    // Quarter 1's entry does not count in quarter 2.
    { id: 90, unitId: QINGSHAN, quarter: 1, itemKey: 'tendering', result: '落实' },
  ],
  surveys: [
    { id: 201, unitId: QINGSHAN, quarter: 2, surveyKey: 'public', rate: 8735 },
    { id: 202, unitId: QINGSHAN, quarter: 2, surveyKey: 'business', rate: 9250 },
    { id: 203, unitId: QINGSHAN, quarter: 2, surveyKey: 'cadres', rate: 9610 },
  ],
  costs: [
    { id: 301, unitId: QINGSHAN, quarter: 2, costPerCapita: 125000, savingRate: 250 },
    { id: 302, unitId: 12, quarter: 2, costPerCapita: 100000, savingRate: 600 },
    { id: 303, unitId: 13, quarter: 2, costPerCapita: 110000, savingRate: 400 },
  ],
  findings: [{ id: 45, unitId: QINGSHAN, channelKey: 'audit', date: '2026-05-12', summary: '村道硬化工程结算超付' }],
  bonuses: [{ id: 9, unitId: QINGSHAN, kindKey: 'innovation', date: '2026-05-20', summary: '推行村级小微权力清单' }],
  events: [
    {
      id: 88, unitId: QINGSHAN, personName: '李四', category: '班子成员', outcome: '诫勉', grade: '', circumstance: '从重', conductDate: '2026-03-10',
      decidedDate: '2026-06-18', sourceKind: '谈话', sourceId: 7, sourceLabel: 'TH-2026-0007',
    },
    {
      id: 89, unitId: QINGSHAN, personName: '王五', category: '一般干部', outcome: '党纪处分', grade: '警告', circumstance: '一般', conductDate: '2024-11',
      decidedDate: '2026-04-22', sourceKind: '外部决定', sourceId: 3, sourceLabel: '县纪发〔2026〕3号',
    },
  ],
  tips: [
    {
      id: 77, number: 'XF-2026-0012', result: '查实', concludedDate: '2026-05-08', unitIds: [QINGSHAN],
      people: [{ personId: 501, unitId: QINGSHAN, name: '赵六', category: '班子成员' }], groupFirstId: 77,
    },
  ],
  overdue: [{ id: 31, number: 'ZG-2026-0031', unitId: QINGSHAN, problem: '村集体资金台账未公开', deadline: '2026-05-31' }],
};

describe('the hand-worked example (docs/integrity-example.md)', () => {
  const result = scoreQuarter(DEFAULT_SCHEME, example);
  const qingshan = result.find((r) => r.unitId === QINGSHAN);

  it('gives 青山村 every line exactly as worked out by hand', () => {
    expect(qingshan?.lines.map((l) => [l.key, l.part, l.text, l.points])).toEqual([
      ['control.item:collective', '控制性', '三重一大集体决策：部分落实，10分×50% = 5分', 500],
      ['control.item:dual-sign', '控制性', '财务双签：落实，10分×100% = 10分', 1000],
      ['control.item:tendering', '控制性', '招投标进场交易：未落实，8分×0% = 0分', 0],
      ['control.item:village-affairs', '控制性', '村务公开按时：落实，6分×100% = 6分', 600],
      ['control.item:vehicles', '控制性', '公车登记：落实，6分×100% = 6分', 600],
      ['control.overdue:整改事项:31', '控制性', '逾期整改事项 ZG-2026-0031（村集体资金台账未公开，整改期限2026-05-31）：扣1分', -100],
      ['participation.survey:public', '主体性', '民意调查：满意率87.35%，5分×87.35% = 4.37分', 437],
      ['participation.survey:business', '主体性', '经济主体调查：满意率92.5%，5分×92.5% = 4.63分', 463],
      ['participation.survey:clients', '主体性', '服务对象评议：无数据，按满分计5分', 500],
      ['participation.survey:cadres', '主体性', '党员干部测评：满意率96.1%，5分×96.1% = 4.81分', 481],
      ['participation.channel:audit', '主体性', '审计监督渠道：基础分4分', 400],
      ['participation.finding:45', '主体性', '审计发现问题（2026-05-12）：村道硬化工程结算超付，扣1分', -100],
      ['participation.channel:tips', '主体性', '信访监督渠道：基础分4分', 400],
      ['participation.tip:77', '主体性', '查实信访件 XF-2026-0012（查实，2026-05-08办结）：信访渠道扣2分', -200],
      ['participation.channel:society', '主体性', '社会监督渠道：基础分3分', 300],
      ['participation.channel:media', '主体性', '舆论监督渠道：基础分3分', 300],
      ['participation.channel:finance', '主体性', '财政监督渠道：基础分3分', 300],
      ['participation.channel:congress', '主体性', '人大政协监督渠道：基础分3分', 300],
      ['performance.cost', '绩效', '人均行政成本：本单位1250.00元，同类3个单位平均1116.67元，偏离度 = (1250.00 − 1116.67) ÷ 1116.67 = 11.94%，不高于20%，得6分', 600],
      ['performance.saving', '绩效', '行政成本节约率：本单位2.50%，同类3个单位平均4.17%，偏离 = 2.50 − 4.17 = -1.67个百分点，不低于-5个百分点，得8分', 800],
      ['bonus.entry:9', '激励性', '其他创新做法（2026-05-20）：推行村级小微权力清单，加1分', 100],
      ['integrity.event:88', '廉勤性', '诫勉 李四（班子成员）：1分×1.5（班子成员）×1.5（从重）×1 = 2.25分', -225],
      ['integrity.event:89', '廉勤性', '党纪处分（警告）王五（一般干部）：2分×1（一般干部）×1（一般）×0.5（2024-11行为，以前年度） = 1分', -100],
    ]);
  });

  it('names the records behind each line', () => {
    const records = Object.fromEntries((qingshan?.lines ?? []).map((l) => [l.key, l.records]));
    expect(records['control.item:collective']).toEqual([{ kind: '控制性检查', id: 101, label: '2026年第2季度 三重一大集体决策' }]);
    expect(records['control.overdue:整改事项:31']).toEqual([{ kind: '整改事项', id: 31, label: 'ZG-2026-0031' }]);
    expect(records['participation.survey:public']).toEqual([{ kind: '满意度调查', id: 201, label: '2026年第2季度 民意调查' }]);
    expect(records['participation.survey:clients']).toEqual([]);
    expect(records['participation.finding:45']).toEqual([{ kind: '监督发现', id: 45, label: '审计 2026-05-12' }]);
    expect(records['participation.tip:77']).toEqual([{ kind: '信访件', id: 77, label: 'XF-2026-0012' }]);
    expect(records['performance.cost']).toEqual([{ kind: '行政成本', id: 301, label: '2026年第2季度 行政成本' }]);
    expect(records['performance.saving']).toEqual([{ kind: '行政成本', id: 301, label: '2026年第2季度 行政成本' }]);
    expect(records['bonus.entry:9']).toEqual([{ kind: '激励加分', id: 9, label: '其他创新做法 2026-05-20' }]);
    expect(records['integrity.event:88']).toEqual([{ kind: '谈话', id: 7, label: 'TH-2026-0007' }]);
    expect(records['integrity.event:89']).toEqual([{ kind: '外部决定', id: 3, label: '县纪发〔2026〕3号' }]);
  });

  it('adds up to 73.56, 橙', () => {
    expect(qingshan).toMatchObject({
      unitName: '青山村', unitType: '行政村', year: 2026, quarter: 2,
      parts: { 控制性: 2600, 主体性: 3581, 绩效: 1400, 激励性: 100, 廉勤性: -325 },
      score: 7356, colour: '橙', colourNote: '', colourRecords: [], veto: false, missingChecks: 0,
    });
  });

  it('scores the other two villages of the group on the same mean', () => {
    const cost = (id: number) => result.find((r) => r.unitId === id)?.lines.find((l) => l.key === 'performance.cost')?.text;
    // 绿水村: (3×1000 − 3350) ÷ 3350 = −10.45% ≤ 0 → 10; 白云村: (3×1100 − 3350) ÷ 3350 = −1.49% ≤ 0 → 10.
    expect(cost(12)).toBe('人均行政成本：本单位1000.00元，同类3个单位平均1116.67元，偏离度 = (1000.00 − 1116.67) ÷ 1116.67 = -10.45%，不高于0%，得10分');
    expect(cost(13)).toBe('人均行政成本：本单位1100.00元，同类3个单位平均1116.67元，偏离度 = (1100.00 − 1116.67) ÷ 1116.67 = -1.49%，不高于0%，得10分');
    // Their checklists are not entered: 5 items missing each.
    expect(result.find((r) => r.unitId === 12)?.missingChecks).toBe(5);
  });
});
