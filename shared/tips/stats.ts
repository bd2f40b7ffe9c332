// 信访统计: the dimensions, periods and the table of counts.
import { z } from '../kernel/zod.ts';

export const STAT_DIMENSIONS = ['channel', 'category', 'disposal', 'result', 'outcome'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];
export const STAT_DIMENSION_LABELS: Record<StatDimension, string> = {
  channel: '来源渠道',
  category: '问题类别',
  disposal: '处置方式',
  result: '办理结果',
  outcome: '处理',
};
/** What each dimension counts (under the table on screen and in the workbook). */
export const STAT_DIMENSION_NOTES: Record<StatDimension, string> = {
  channel: '按收件日期统计件数。',
  category: '按收件日期统计；一件反映多个问题类别的，在每个类别中各计一次，因此合计可能大于收件数。',
  disposal: '按收件日期统计件数；“未拟办”指尚未提出处置方式的件。',
  result: '按收件日期统计件数；“未作认定”指以暂存待查、予以了结方式办结、不作查实认定的件；“未办结”指尚在办理中的件。',
  outcome: '按处理决定日期（办结日期）统计人次：每名被反映人的处理各计一次。',
};
export const STAT_PERIODS = ['month', 'quarter', 'year'] as const;
export type StatPeriod = (typeof STAT_PERIODS)[number];

export const tipStatsInput = z.strictObject({
  year: z.int({ error: '年度无效' }).min(2000, '年度无效').max(2100, '年度无效'),
  period: z.enum(STAT_PERIODS, { error: '统计周期无效' }).default('month'),
  dimension: z.enum(STAT_DIMENSIONS, { error: '统计项目无效' }).default('channel'),
});
export type TipStatsInput = z.output<typeof tipStatsInput>;
export const tipStatsExportInput = z.strictObject({ year: tipStatsInput.shape.year });

export interface TipStats {
  year: number;
  period: StatPeriod;
  dimension: StatDimension;
  /** Column labels: 1月…12月, 一季度…四季度, or the year. */
  columns: string[];
  rows: Array<{ label: string; counts: number[]; total: number }>;
  totals: number[];
  grandTotal: number;
  /** 重复件 received in the year (not counted above). */
  repeatsExcluded: number;
}
