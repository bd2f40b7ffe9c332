// A talk or a letter as inputs: registering one (not from a plan), the talk's record and outcome,
// the letter's reply and assessment, follow-ups, files, extensions and the 民主生活会.
import { z } from '../kernel/zod.ts';
import { boolField, dateField, enumField, fileField, idField, lineField, textField, versionField } from '../kernel/common.ts';
import { CIRCUMSTANCES } from '../tips/index.ts';
import { ASSESSMENTS, CAUSE_KINDS, HOLDERS, INTERVIEW_FILE_KINDS, INTERVIEW_KINDS, INTERVIEW_OUTCOMES, TALK_TYPES } from './enums.ts';

/** A time of day written HH:MM (24-hour). */
export const timeField = (label: string) =>
  z
    .string({ error: `${label}应为时间，如 09:30` })
    .transform((v) => v.normalize('NFKC').trim())
    .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}应为时间，格式如 09:30`));

/**
 * The cause: a tip (and which of its persons reported), a rectification item, a 预警告知书 — each
 * by id —, or text (廉情指数 until the index names its results, 其他). `text` adds to a record's
 * cause and is the cause itself for the typed kinds.
 */
export const causeInput = z
  .strictObject({
    kind: enumField('事由类型', CAUSE_KINDS),
    tipId: idField('信访件').nullable().default(null),
    rectItemId: idField('整改事项').nullable().default(null),
    documentId: idField('预警告知书').nullable().default(null),
    text: textField('事由', 500).default(''),
  })
  .superRefine((v, ctx) => {
    const need = (key: 'tipId' | 'rectItemId' | 'documentId', label: string) => {
      if (v[key] === null) ctx.addIssue({ code: 'custom', path: [key], message: `请选择${label}` });
    };
    if (v.kind === '信访件') need('tipId', '信访件');
    if (v.kind === '整改事项') need('rectItemId', '整改事项');
    if (v.kind === '预警告知书') need('documentId', '预警告知书');
    if ((v.kind === '廉情指数' || v.kind === '其他') && v.text.trim() === '') ctx.addIssue({ code: 'custom', path: ['text'], message: '请填写事由' });
  });
export type CauseInput = z.output<typeof causeInput>;

/** Who holds a talk: interviewers (本委: at least two office users) or names typed (委托谈话, 上级纪委). */
const holding = {
  holder: enumField('谈话方式', HOLDERS).default('本委'),
  interviewerIds: z.array(idField('谈话人'), { error: '请选择谈话人' }).max(6, '谈话人最多6人').default([]),
  holderNames: lineField('受托人或上级谈话人', 100).default(''),
  recorderUserId: idField('记录人').nullable().default(null),
};

/** The rule of who holds a talk, one place: 本委 needs two interviewers; the others a typed name. */
export function holdingProblems(v: { holder: string; interviewerIds: readonly number[]; holderNames: string }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (v.holder === '本委') {
    if (new Set(v.interviewerIds).size !== v.interviewerIds.length) problems.interviewerIds = '谈话人有重复';
    else if (v.interviewerIds.length < 2) problems.interviewerIds = '谈话人应至少2人';
  } else if (v.holderNames.trim() === '') {
    problems.holderNames = v.holder === '委托谈话' ? '请填写受托谈话人（姓名、职务）' : '请填写上级纪委谈话人';
  }
  return problems;
}

const refineHolding = <T extends { holder: string; interviewerIds: number[]; holderNames: string }>(v: T, ctx: z.RefinementCtx) => {
  for (const [path, message] of Object.entries(holdingProblems(v))) ctx.addIssue({ code: 'custom', path: [path], message });
};

/** The talk's or letter's own fields (created or edited before it is held / sent). */
const interviewFields = {
  personId: idField('谈话（函询）对象'),
  /** 职务 as of now: the registry's post unless the clerk writes another. */
  post: lineField('职务', 60).default(''),
  cause: causeInput,
  plannedDate: dateField('计划日期').nullable().default(null),
  plannedTime: timeField('计划时间').nullable().default(null),
  place: lineField('地点', 60).default(''),
  ...holding,
};

/** 登记谈话 / 登记函询 (not from a plan; a lead's 谈话函询 is made by approving its plan). */
export const interviewCreateInput = z
  .strictObject({
    kind: enumField('类别', INTERVIEW_KINDS),
    /** Required for a 谈话; none for a 函询. “谈话函询” talks come only from a plan. */
    talkType: enumField('谈话类别', TALK_TYPES).nullable().default(null),
    ...interviewFields,
  })
  .superRefine((v, ctx) => {
    if (v.kind === '谈话') {
      if (v.talkType === null) ctx.addIssue({ code: 'custom', path: ['talkType'], message: '请选择谈话类别' });
      if (v.talkType === '谈话函询') ctx.addIssue({ code: 'custom', path: ['talkType'], message: '谈话函询的谈话由审批通过的谈话函询方案生成，请在信访件中拟定方案' });
      if (v.plannedDate === null) ctx.addIssue({ code: 'custom', path: ['plannedDate'], message: '请填写计划日期' });
      refineHolding(v, ctx);
    } else if (v.talkType !== null) ctx.addIssue({ code: 'custom', path: ['talkType'], message: '函询没有谈话类别' });
  });
export type InterviewCreateInput = z.output<typeof interviewCreateInput>;

/**
 * Changing a talk or letter before it is held or sent (the kind and type stay). Who holds it is
 * checked by the service with holdingProblems for a talk (the input does not say which it is: a
 * letter has no interviewers).
 */
export const interviewUpdateInput = z.strictObject({ id: idField('谈话函询'), version: versionField, ...interviewFields });
export type InterviewUpdateInput = z.output<typeof interviewUpdateInput>;

export const interviewIdInput = z.strictObject({ id: idField('谈话函询') });
const ref = { id: idField('谈话函询'), version: versionField };

export const followUpInput = z.strictObject({
  content: textField('后续事项', 500, true),
  dueDate: dateField('完成时限'),
});

/** 谈话记录: when and where it was held, the key points, what the person said, follow-ups with due dates. */
export const interviewRecordInput = z.strictObject({
  ...ref,
  heldDate: dateField('谈话日期'),
  heldTime: timeField('谈话时间').nullable().default(null),
  place: lineField('地点', 60, true),
  keyPoints: textField('谈话要点', 10_000, true),
  statement: textField('本人陈述', 10_000, true),
  followUps: z.array(followUpInput, { error: '后续事项无效' }).max(20, '后续事项最多20条').default([]),
});
export type InterviewRecordInput = z.output<typeof interviewRecordInput>;

/** An outcome that is a discipline event carries the circumstance and the conduct date. */
const eventFields = {
  circumstance: enumField('情节', CIRCUMSTANCES).default('一般'),
  conductDate: z.union([dateField('违纪行为发生时间'), z.literal('')]).default(''),
};

/** 办结 a talk: the outcome, and that the record was signed by the interviewers and the interviewee. */
export const interviewConcludeInput = z.strictObject({
  ...ref,
  outcome: enumField('谈话结果', INTERVIEW_OUTCOMES),
  outcomeNote: textField('结果说明', 2000).default(''),
  signedDate: dateField('签字日期'),
  concludedDate: dateField('办结日期'),
  ...eventFields,
});
export type InterviewConcludeInput = z.output<typeof interviewConcludeInput>;

/** 函询答复: received on a date, countersigned by the unit's main leader, what it says (the scan is a file). */
export const interviewReplyInput = z.strictObject({
  ...ref,
  replyDate: dateField('答复日期'),
  countersigned: boolField('主要负责人签字背书'),
  summary: textField('答复内容摘要', 5000, true),
});

/** 评估: 如实说明 → 了结; 说明不清 → 补充说明 (a new reply due); 不如实或有问题 → the outcome chosen. */
export const interviewAssessInput = z
  .strictObject({
    ...ref,
    assessment: enumField('评估结论', ASSESSMENTS),
    outcome: enumField('处理结果', INTERVIEW_OUTCOMES).nullable().default(null),
    note: textField('评估意见', 2000, true),
    date: dateField('评估日期'),
    ...eventFields,
  })
  .superRefine((v, ctx) => {
    if (v.assessment === '不如实或有问题' && (v.outcome === null || v.outcome === '了结')) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: '不如实或有问题的，请选择处理结果（提醒、批评教育、诫勉或转初步核实）' });
    }
    if (v.assessment !== '不如实或有问题' && v.outcome !== null) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: `评估为${v.assessment}的，不再选择处理结果` });
    }
  });
export type InterviewAssessInput = z.output<typeof interviewAssessInput>;

/** 民主生活会: the person also explained at the year's meeting (after a 函询 is concluded). */
export const interviewMeetingInput = z.strictObject({
  ...ref,
  meetingDate: dateField('民主生活会日期'),
  note: textField('说明情况', 2000, true),
});

export const interviewAddFollowUpInput = z.strictObject({ ...ref, ...followUpInput.shape });
export const interviewFollowUpDoneInput = z.strictObject({
  followUpId: idField('后续事项'),
  doneDate: dateField('完成日期'),
  note: textField('完成情况', 1000).default(''),
});

export const interviewFileInput = z.strictObject({
  id: idField('谈话函询'),
  kind: enumField('材料类别', INTERVIEW_FILE_KINDS),
  file: fileField,
});
export const interviewFileIdInput = z.strictObject({ id: idField('材料') });

export const interviewExtensionRequestInput = z.strictObject({
  ...ref,
  newDue: dateField('延期至'),
  reason: textField('延期理由', 1000, true),
});
export const interviewExtensionDecideInput = z
  .strictObject({ extensionId: idField('延期申请'), approved: boolField('审批意见'), note: textField('审批意见', 1000).default('') })
  .refine((v) => v.approved || v.note.length > 0, { path: ['note'], message: '不同意延期时请填写理由' });

/** The 公文 an interview is given through the dispatch register: a draft made from it, then issued. */
export const INTERVIEW_NOTICE_KINDS = { inquiry: '函询通知书', entrust: '委托谈话通知书', talkNotice: '谈话通知' } as const;
export type InterviewNoticeKind = keyof typeof INTERVIEW_NOTICE_KINDS;
export const interviewDraftNoticeInput = z.strictObject({
  id: idField('谈话函询'),
  kind: z.enum(['inquiry', 'entrust', 'talkNotice'], { error: '请选择文书（函询通知书、委托谈话通知书或谈话通知）' }),
});

