// The steps of handling as inputs: 拟办, 审批, 办结 with outcomes, 延期, 反馈, 归档, repeats, query codes, attachments.
import { boolField, dateField, enumField, fileField, idField, lineField, nameField, textField, versionField } from '../kernel/common.ts';
import { z } from '../kernel/zod.ts';
import { CIRCUMSTANCES, DISPOSALS, FEEDBACK_WAYS, OUTCOMES, OUTCOME_GRADES, TIP_RESULTS } from './enums.ts';

const tipRef = { id: idField('信访件'), version: versionField };

/** 拟办: propose the disposal, the handler and the deadline. */
export const tipProposeInput = z.strictObject({
  ...tipRef,
  disposal: enumField('处置方式', DISPOSALS),
  handlingDept: nameField('承办部门', 40),
  handlerUserId: idField('承办人'),
  handlingDue: dateField('承办时限'),
  note: textField('拟办意见', 1000).default(''),
});
/** 审批: a leader approves the proposal, or returns it with a reason. */
export const tipApproveInput = z
  .strictObject({ ...tipRef, approved: boolField('审批意见'), note: textField('审批意见', 1000).default('') })
  .refine((v) => v.approved || v.note.length > 0, { path: ['note'], message: '退回时请填写退回理由' });

const outcomeInput = z
  .strictObject({
    tipPersonId: idField('被反映人'),
    outcome: enumField('处理', OUTCOMES),
    grade: lineField('处分档次', 20).default(''),
    circumstance: enumField('情节', CIRCUMSTANCES).default('一般'),
    conductDate: z.union([dateField('违纪行为发生时间'), z.literal('')]).default(''),
  })
  .superRefine((v, ctx) => {
    const grades = OUTCOME_GRADES[v.outcome];
    if (grades && !grades.includes(v.grade)) {
      ctx.addIssue({ code: 'custom', path: ['grade'], message: `请选择${v.outcome}的档次（${grades.join('、')}）` });
    }
    if (!grades && v.grade) ctx.addIssue({ code: 'custom', path: ['grade'], message: `${v.outcome}没有档次，请不要填写` });
    if (v.outcome !== '无' && !v.conductDate) {
      ctx.addIssue({ code: 'custom', path: ['conductDate'], message: '请填写违纪行为发生时间' });
    }
  });
export type OutcomeInput = z.output<typeof outcomeInput>;

/** 办结: the result and, per person reported, the outcome. */
export const tipConcludeInput = z.strictObject({
  ...tipRef,
  result: enumField('办理结果', TIP_RESULTS).nullable().default(null),
  concludedDate: dateField('办结日期'),
  conclusion: textField('办理情况', 5000, true),
  outcomes: z.array(outcomeInput).max(20).default([]),
});
export type TipConcludeInput = z.output<typeof tipConcludeInput>;

export const tipFeedbackInput = z.strictObject({
  ...tipRef,
  date: dateField('反馈日期'),
  way: enumField('反馈方式', FEEDBACK_WAYS),
  content: textField('反馈内容', 2000, true),
});
export const tipArchiveInput = z.strictObject({ ...tipRef, note: textField('归档说明', 500).default('') });

/** 重新启用: a leader returns an archived tip to 待归档, saying why (required). */
export const tipReopenInput = z.strictObject({ ...tipRef, reason: textField('重新启用理由', 500, true) });

export const extensionRequestInput = z.strictObject({
  ...tipRef,
  newDue: dateField('延期至'),
  reason: textField('延期理由', 1000, true),
});
export const extensionDecideInput = z
  .strictObject({ extensionId: idField('延期申请'), approved: boolField('审批意见'), note: textField('审批意见', 1000).default('') })
  .refine((v) => v.approved || v.note.length > 0, { path: ['note'], message: '不同意延期时请填写理由' });

export const tipLinkRepeatInput = z.strictObject({ ...tipRef, repeatOf: idField('原件') });
export const tipUnlinkRepeatInput = z.strictObject(tipRef);

export const tipIdInput = z.strictObject({ id: idField('信访件') });
export const queryCodeInput = z.strictObject({
  code: z
    .string({ error: '请填写查询码' })
    .transform((v) => v.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase())
    .pipe(z.string().min(1, '请填写查询码').regex(/^[A-Z0-9]{8}$/, '查询码为8位字母和数字，如 K7PM-3QXD')),
});
export interface QueryCodeResult {
  /** What may be told to the reporter: the stage and nothing else. */
  status: '已受理' | '办理中' | '已办结';
}

export const attachmentAddInput = z.strictObject({
  tipId: idField('信访件'),
  file: fileField,
  /** The clerk's mark that the file names no reporter: roles without the 信访内容 right may then open it. */
  reporterFree: boolField('不含举报人信息').default(false),
});
export const attachmentIdInput = z.strictObject({ id: idField('附件') });

/** The tips' printable forms (made when asked, for the person asking; not numbered, not frozen). */
export const TIP_FORMS = ['信访举报登记表', '问题线索处置审批表', '办结报告'] as const;
export type TipForm = (typeof TIP_FORMS)[number];
export const tipPrintFormInput = z.strictObject({
  id: idField('信访件'),
  form: z.enum(TIP_FORMS, { error: `请选择文书（可选：${TIP_FORMS.join('、')}）` }),
});
