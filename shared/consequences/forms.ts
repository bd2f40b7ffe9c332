// The inputs of the closed loop's operations. Each message says what to fix.
import { z } from '../kernel/zod.ts';
import { dateField, enumField, idField, lineField, paging, searchField, textField, versionField } from '../kernel/common.ts';
import { HOLDERS, holdingProblems, timeField } from '../interviews/index.ts';
import { periodQuarterField, yearField } from '../integrity/index.ts';
import { AWARD_LISTS, CONSEQUENCE_FILTERS, CONSEQUENCE_KINDS } from './enums.ts';

export const consequenceIdInput = z.strictObject({ id: idField('预警事项') });

/** A published period's consequences (quarter 0 = the year), filtered and paged in SQL. */
export const periodConsequencesInput = z.strictObject({
  ...paging,
  year: yearField,
  quarter: periodQuarterField,
  kind: enumField('事项类型', CONSEQUENCE_KINDS).optional(),
  filter: enumField('办理情况', CONSEQUENCE_FILTERS).default('全部'),
  /** Unit name (the one-character search of the registry). */
  q: searchField,
});
export type PeriodConsequencesInput = z.output<typeof periodConsequencesInput>;

/** A unit's consequences of a year's publications (its quarters and the year), for its index page. */
export const unitConsequencesInput = z.strictObject({ unitId: idField('单位'), year: yearField });

/** 安排廉政谈话 for a grade-C unit: its main leader (or the person chosen when none is registered), when and by whom. */
export const planTalkInput = z
  .strictObject({
    id: idField('预警事项'),
    personId: idField('谈话对象'),
    post: lineField('职务', 60).default(''),
    plannedDate: dateField('计划日期'),
    plannedTime: timeField('计划时间').nullable().default(null),
    place: lineField('地点', 60).default(''),
    holder: enumField('谈话方式', HOLDERS).default('本委'),
    interviewerIds: z.array(idField('谈话人'), { error: '请选择谈话人' }).max(6, '谈话人最多6人').default([]),
    holderNames: lineField('受托人或上级谈话人', 100).default(''),
    recorderUserId: idField('记录人').nullable().default(null),
  })
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(holdingProblems(v))) ctx.addIssue({ code: 'custom', path: [path], message });
  });
export type PlanTalkInput = z.output<typeof planTalkInput>;

/** 批量印发 a year's 预警建议书 drafts: the drafts at the versions seen, numbered consecutively in this order. */
export const issueAdviceInput = z.strictObject({
  year: yearField,
  drafts: z
    .array(z.strictObject({ id: idField('预警建议书'), version: versionField }), { error: '请选择要印发的预警建议书' })
    .min(1, '请选择要印发的预警建议书')
    .max(2000, '一次最多印发2000份'),
});
export type IssueAdviceInput = z.output<typeof issueAdviceInput>;

/** A published year (the 建议书 batch). */
export const adviceBatchInput = z.strictObject({ year: yearField });

/** 合并预览 / 合并打印: a year's 预警建议书 as one Word file — the drafts (文号 left open) or the issued ones. */
export const printAdviceInput = z.strictObject({
  year: yearField,
  which: enumField('打印范围', ['草稿', '已印发'] as const),
});

/** 登记送达: the day the unit received the 预警建议书. */
export const deliveryInput = z.strictObject({
  id: idField('预警事项'),
  date: dateField('送达日期'),
  note: lineField('送达说明', 200).default(''),
});

/** 关闭: a consequence not carried out (or no longer called for), with why. Nothing it made is deleted. */
export const closeConsequenceInput = z.strictObject({
  id: idField('预警事项'),
  reason: textField('关闭理由', 500, true),
});

/** 增列 a person on a grade-C unit's 不得评先评优 list (beyond those registered at publication). */
export const addListPersonInput = z.strictObject({
  id: idField('预警事项'),
  personId: idField('人员'),
  reason: textField('列入理由', 500, true),
});

/** 移出 a person from the list, with why (the entry stays, marked). */
export const removeListPersonInput = z.strictObject({
  entryId: idField('名单人员'),
  reason: textField('移出理由', 500, true),
});

/** A year's list, paged; searched by unit or person name. */
export const awardListInput = z.strictObject({
  ...paging,
  year: yearField,
  list: enumField('名单', AWARD_LISTS),
  q: searchField,
});
export const awardExportInput = z.strictObject({ year: yearField, list: enumField('名单', AWARD_LISTS) });

/** “May this person be commended in that year?” */
export const awardLookupInput = z.strictObject({ year: yearField, personId: idField('人员') });

/** From a record a consequence made back to the result and the lines behind it. */
export const traceInput = z
  .strictObject({
    rectItemId: idField('整改事项').optional(),
    interviewId: idField('谈话函询').optional(),
    documentId: idField('公文').optional(),
  })
  .refine((v) => [v.rectItemId, v.interviewId, v.documentId].filter((x) => x !== undefined).length === 1, '请指定一条整改事项、谈话或公文');
export type TraceInput = z.output<typeof traceInput>;
