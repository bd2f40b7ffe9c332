// 函询通知书, 委托谈话通知书 and 谈话通知: the 公文 a talk or an inquiry letter is given through the
// dispatch register. One set of fields for the three: what the clerk fills in (标题, 主送, 正文 as
// typed — the reply or talk deadline is a sentence of the body —, 成文日期, 抄送) and the talk or
// letter it is for (its link; a correction names the same one). Nothing about who reported.
import { z } from '../kernel/zod.ts';
import { dateField, idField, lineField, nameField, textField } from '../kernel/common.ts';

/** The kinds of 公文 made from a talk or a letter, with their names. */
export const INTERVIEW_DOC_KINDS = { inquiry: '函询通知书', entrust: '委托谈话通知书', talkNotice: '谈话通知' } as const;
export type InterviewDocKind = keyof typeof INTERVIEW_DOC_KINDS;
export const INTERVIEW_DOC_KIND_KEYS = Object.keys(INTERVIEW_DOC_KINDS) as [InterviewDocKind, ...InterviewDocKind[]];

export function isInterviewDocKind(kind: string): kind is InterviewDocKind {
  return kind in INTERVIEW_DOC_KINDS;
}

export const interviewNoticeFieldsInput = z.strictObject({
  title: nameField('标题', 80),
  recipients: nameField('主送机关', 200),
  body: textField('正文', 20_000, true),
  date: dateField('成文日期'),
  copyTo: lineField('抄送机关', 200).default(''),
  /** The talk or letter the notice is for (谈话函询). */
  interviewId: idField('谈话函询'),
});
export type InterviewNoticeFields = z.output<typeof interviewNoticeFieldsInput>;

