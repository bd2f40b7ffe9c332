// A year's scoring scheme (评分方案) as data: one engine reads it, nothing is code per item. Every
// number is a decimal with at most two places as a person types it (40, 1.5, 87.35); the engine
// reads each as hundredths (decimal.ts). The checks that need the whole scheme (each part adds up
// per unit type, bands ordered, keys unique) are in schemeRules.ts; this file holds the shape.
import { z } from '../kernel/zod.ts';
import { enumField, lineField } from '../kernel/common.ts';
import { UNIT_TYPES } from '../registry/index.ts';
import { CIRCUMSTANCES } from '../tips/index.ts';
import { EVENT_OUTCOMES, MEASURE_PERIODS, MISSING_POLICIES } from './enums.ts';
import { toHundredths } from './decimal.ts';

/** A number with at most two decimals between min and max (points, percentages, multipliers). */
export function decimalField(label: string, min: number, max: number) {
  return z
    .number({ error: `${label}应为数字` })
    .refine((v) => toHundredths(v) !== null, `${label}最多保留两位小数`)
    .refine((v) => v >= min && v <= max, `${label}应在${min}到${max}之间`);
}

/** An item's stable key: kept from version to version, it is what lines and inputs are joined by. */
export const keyField = z
  .string({ error: '编码应为文字' })
  .regex(/^[a-z][a-z0-9_-]{0,31}$/, '编码只能由小写字母、数字、下划线和连字符组成，以字母开头，不超过32位');

const points = (label: string) => decimalField(label, 0, 100);

export const controlItemSchema = z.strictObject({
  key: keyField,
  name: lineField('控制点名称', 60, true),
  /** The unit types whose checklist holds this point. */
  unitTypes: z.array(enumField('适用单位类型', UNIT_TYPES)).min(1, '请选择控制点适用的单位类型'),
  points: points('控制点分值'),
});

export const surveySchema = z.strictObject({
  key: keyField,
  name: lineField('调查名称', 40, true),
  points: points('调查分值'),
});

export const channelSchema = z.strictObject({
  key: keyField,
  name: lineField('监督渠道名称', 20, true),
  points: points('渠道分值'),
  /** Deducted for each finding entered for this channel in the quarter. */
  perFinding: points('每条发现问题扣分'),
});

export const costBandSchema = z.strictObject({
  /** d ≤ this percentage (the first band whose bound holds gives its points). */
  upTo: decimalField('偏离度上限（%）', -100, 1000),
  points: points('档次得分'),
});
export const savingBandSchema = z.strictObject({
  /** own − mean ≥ this many percentage points. */
  atLeast: decimalField('偏离下限（百分点）', -100, 100),
  points: points('档次得分'),
});

export const bonusKindSchema = z.strictObject({
  key: keyField,
  name: lineField('加分项名称', 40, true),
  points: points('加分分值'),
});

export const deductionSchema = z.strictObject({
  outcome: enumField('处理结果', EVENT_OUTCOMES),
  /** The grade of a 党纪处分 / 政务处分 ('' for outcomes without grades: one row for all). */
  grade: z.string().max(20),
  points: points('扣分'),
  /** 一票否决: the year is graded C whatever its score. */
  veto: z.boolean(),
});

export const schemeContentSchema = z.strictObject({
  control: z.strictObject({
    total: points('控制性满分'),
    items: z.array(controlItemSchema).max(200, '控制点不能超过200个'),
    /** Share of an item's points per result, in percent. */
    shares: z.strictObject({ 落实: decimalField('落实得分比例', 0, 100), 部分落实: decimalField('部分落实得分比例', 0, 100), 未落实: decimalField('未落实得分比例', 0, 100) }),
    /** Deducted per rectification item of the unit overdue at quarter end. */
    overduePerItem: points('逾期整改事项扣分'),
    period: enumField('控制性检查周期', MEASURE_PERIODS),
  }),
  participation: z.strictObject({
    total: points('主体性满分'),
    surveys: z.array(surveySchema).max(20, '调查不能超过20项'),
    surveyPeriod: enumField('满意度调查周期', MEASURE_PERIODS),
    channels: z.array(channelSchema).max(20, '监督渠道不能超过20个'),
    /** The channel fed by the tips themselves (信访); findings are not entered for it. */
    tipChannel: keyField,
    /** Deducted in the tip channel per substantiated (查实 / 部分查实) tip about the unit. */
    perTip: points('每件查实信访件扣分'),
  }),
  performance: z.strictObject({
    total: points('绩效满分'),
    costName: lineField('成本指标名称', 40, true),
    /** Relative per-capita cost deviation d = (own − mean) / mean, in percent; first band with d ≤ upTo. */
    costBands: z.array(costBandSchema).min(1, '请至少设置一个成本档次').max(10),
    costOtherwise: points('超出各档次的得分'),
    savingName: lineField('节约率指标名称', 40, true),
    /** Saving-rate deviation own − mean in percentage points; first band with deviation ≥ atLeast. */
    savingBands: z.array(savingBandSchema).min(1, '请至少设置一个节约率档次').max(10),
    savingOtherwise: points('低于各档次的得分'),
    period: enumField('行政成本周期', MEASURE_PERIODS),
  }),
  bonus: z.strictObject({
    kinds: z.array(bonusKindSchema).max(20, '加分项不能超过20个'),
    /** The most bonus a unit gets in a quarter. */
    cap: points('每季度加分上限'),
  }),
  integrity: z.strictObject({
    deductions: z.array(deductionSchema).min(1, '请设置扣分表').max(60),
    subject: z.strictObject({ 主要负责人: decimalField('主要负责人系数', 0, 10), 班子成员: decimalField('班子成员系数', 0, 10), 一般干部: decimalField('一般干部系数', 0, 10) }),
    circumstance: z.strictObject(
      Object.fromEntries(CIRCUMSTANCES.map((c) => [c, decimalField(`${c}系数`, 0, 10)])) as Record<(typeof CIRCUMSTANCES)[number], ReturnType<typeof decimalField>>,
    ),
    /** Conduct before 1 January of the scored year, discovered now. */
    earlierConduct: decimalField('以前年度行为系数', 0, 10),
  }),
  thresholds: z.strictObject({
    green: points('绿色分数线'),
    orange: points('橙色分数线'),
    gradeA: points('A级分数线'),
    gradeB: points('B级分数线'),
  }),
  /** A substantiated tip or discipline event about the unit's main leader in the quarter → at least 橙. */
  mainLeaderRule: z.boolean(),
  missing: z.strictObject({
    survey: enumField('无调查数据时', MISSING_POLICIES),
    cost: enumField('无成本数据时', MISSING_POLICIES),
  }),
});
export type SchemeContent = z.output<typeof schemeContentSchema>;
export type ControlItem = SchemeContent['control']['items'][number];
export type Deduction = SchemeContent['integrity']['deductions'][number];
