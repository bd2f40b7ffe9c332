// 预警建议书 (warning recommendation): what the office sends every unit under watch at year end, made
// from the unit's published 廉情指数 (its grade, score, the quarters' colours, its main weak points and
// the requirements for the coming year — the wording starts from the office's template per grade
// and is edited as typed). One per unit and year; issued in a batch with consecutive 文号.
import { z } from '../kernel/zod.ts';
import { dateField, idField, lineField, nameField, textField } from '../kernel/common.ts';

export const adviceFieldsInput = z.strictObject({
  title: nameField('标题', 80),
  /** 预警对象单位: the unit the recommendation is for, from the registry. */
  unitId: idField('预警对象单位'),
  recipients: nameField('主送机关', 200),
  /** 正文 as typed (split into paragraphs and headings like a 通知's). */
  body: textField('正文', 20_000, true),
  date: dateField('成文日期'),
  copyTo: lineField('抄送机关', 200).default(''),
});
export type AdviceFields = z.output<typeof adviceFieldsInput>;

/** What a draft made by the index's consequences says of its source (documents.source_type). */
export const CONSEQUENCE_SOURCE = 'consequence';

/** Said when a draft made from an index result is to be discarded: it is closed there, with a reason. */
export const CONSEQUENCE_DRAFT_KEPT = '该草稿由廉情指数结果生成，不能删除；如不再需要，请在“预警闭环”页面关闭该事项并说明理由。';

/** Whether a draft (or document) was made by a consequence of the index: kept, its unit fixed. */
export function madeByConsequence(doc: { source: { type: string } | null }): boolean {
  return doc.source?.type === CONSEQUENCE_SOURCE;
}
