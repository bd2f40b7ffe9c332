// 节假日设置: the holiday calendar of the office (休 and 调休 班).
import { dateField, enumField, lineField } from '../kernel/common.ts';
import { z } from '../kernel/zod.ts';

export const calendarListInput = z.strictObject({
  year: z.int({ error: '年度无效' }).min(2000, '年度无效').max(2100, '年度无效'),
});
export const CALENDAR_KINDS = ['休', '班'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
export const calendarSetInput = z.strictObject({
  date: dateField('日期'),
  /** null restores the ordinary weekday/weekend rule for the date. */
  kind: enumField('类型', CALENDAR_KINDS).nullable(),
  name: lineField('名称', 20).default(''),
});
export interface CalendarDay {
  date: string;
  kind: CalendarKind;
  name: string;
}
