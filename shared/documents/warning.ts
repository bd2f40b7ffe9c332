// 预警告知书 (warning notice): what the clerk fills in when a problem or weak spot is found in a unit
// under watch — the unit, what is wrong (each problem may come from a concluded tip's 办结情况), what
// must be put right and by when. The 整改时限 falls after the 成文日期; a new notice's 整改时限 is
// the 成文日期 plus the setting's days.
import { z } from '../kernel/zod.ts';
import { isIsoDate } from '../kernel/dates.ts';
import { addDays } from '../kernel/workdays.ts';
import { dateField, idField, lineField, nameField, textField } from '../kernel/common.ts';

/** The most problems one notice lists. */
export const WARNING_MAX_PROBLEMS = 50;

export const warningProblemInput = z.strictObject({
  text: textField('问题描述', 2000, true),
  category: nameField('问题类别', 20),
  /** The concluded tip the problem was taken from (its 办结情况); kept as the link. */
  tipId: idField('信访件').optional(),
  /**
   * The published score line the problem was drafted from (廉情指数: `ScoreLine.key`) and the records
   * behind it, as the line named them; absent for a problem the clerk wrote.
   */
  line: z
    .strictObject({
      key: z.string({ error: '评分项无效' }).min(1, '评分项无效').max(200, '评分项无效'),
      records: z
        .array(z.strictObject({ kind: z.string({ error: '记录类型无效' }).max(20, '记录类型无效'), id: z.int({ error: '记录无效' }).positive('记录无效'), label: z.string({ error: '记录名称无效' }).max(200, '记录名称无效') }), { error: '依据记录无效' })
        .max(50, '依据记录最多50条')
        .default([]),
    })
    .optional(),
});
export type WarningProblem = z.output<typeof warningProblemInput>;

/** The 整改时限 must fall after the 成文日期; null when it does (or when either is not a date yet). */
export function warningDeadlineProblem(deadline: string, date: string): string | null {
  if (!isIsoDate(deadline) || !isIsoDate(date)) return null;
  return deadline > date ? null : `整改时限（${deadline}）应晚于成文日期（${date}），请改为成文日期之后的日期`;
}

/** A new notice's 整改时限: the 成文日期 plus `days` calendar days ('' while the date is not a date). */
export function defaultWarningDeadline(date: string, days: number): string {
  return isIsoDate(date) ? addDays(date, days) : '';
}

/** What a 预警告知书 says: what the clerk fills in (the 文号 and the 版头 come from the office). */
export const warningFieldsInput = z
  .strictObject({
    title: nameField('标题', 80),
    /** 预警对象单位: the unit under watch, from the registry. */
    unitId: idField('预警对象单位'),
    recipients: nameField('主送机关', 200),
    intro: textField('告知事由', 2000, true),
    problems: z
      .array(warningProblemInput, { error: '请至少填写一个问题' })
      .min(1, '请至少填写一个问题')
      .max(WARNING_MAX_PROBLEMS, `问题最多${WARNING_MAX_PROBLEMS}个`),
    requirements: textField('整改要求', 5000, true),
    deadline: dateField('整改时限'),
    date: dateField('成文日期'),
    copyTo: lineField('抄送机关', 200).default(''),
  })
  .superRefine((v, ctx) => {
    const problem = warningDeadlineProblem(v.deadline, v.date);
    if (problem) ctx.addIssue({ code: 'custom', path: ['deadline'], message: problem });
  });
export type WarningFields = z.output<typeof warningFieldsInput>;
