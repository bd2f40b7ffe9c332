// 谈话函询方案: for a lead whose approved disposal is 谈话函询, the handler drafts per person reported
// 谈话, 函询 or both, who holds it and when; a leader approves it before anything is issued —
// a 机关主要领导 when a person is 主要负责人 of a unit of a type the office marks as a lower-level
// party committee. Approving makes one talk and/or letter per person, with the tip as cause; when
// all of them are concluded the tip is concluded from them (interviews.concludeTip).
import { z } from '../kernel/zod.ts';
import { boolField, dateField, enumField, idField, lineField, textField, versionField } from '../kernel/common.ts';
import type { PersonCategory } from '../registry/index.ts';
import type { TipResult, TipStatus } from '../tips/index.ts';
import { HOLDERS, PLAN_WAYS, type Holder, type InterviewOutcome, type InterviewStatus, type PlanStatus, type PlanWay } from './enums.ts';
import { holdingProblems } from './records.ts';

export const planItemInput = z
  .strictObject({
    tipPersonId: idField('被反映人'),
    way: enumField('方式', PLAN_WAYS),
    /** Who holds the talk (a letter is the office's own). */
    holder: enumField('谈话方式', HOLDERS).default('本委'),
    interviewerIds: z.array(idField('谈话人'), { error: '请选择谈话人' }).max(6, '谈话人最多6人').default([]),
    holderNames: lineField('受托人或上级谈话人', 100).default(''),
    plannedDate: dateField('计划日期'),
    place: lineField('地点', 60).default(''),
    note: textField('说明', 500).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.way === '函询') return;
    for (const [path, message] of Object.entries(holdingProblems(v))) ctx.addIssue({ code: 'custom', path: [path], message });
  });
export type PlanItemInput = z.output<typeof planItemInput>;

/** Save the draft (created on first save); each person reported appears at most once. */
export const planSaveInput = z.strictObject({
  tipId: idField('信访件'),
  /** The plan's version when it exists (null: a new plan). */
  version: versionField.nullable().default(null),
  note: textField('方案说明', 2000).default(''),
  items: z.array(planItemInput, { error: '请填写方案' }).min(1, '请至少为一名被反映人拟定谈话或函询').max(20, '一次最多20人'),
});
export type PlanSaveInput = z.output<typeof planSaveInput>;

export const planRefInput = z.strictObject({ tipId: idField('信访件'), version: versionField });
export const planDecideInput = z
  .strictObject({ tipId: idField('信访件'), version: versionField, approved: boolField('审批意见'), note: textField('审批意见', 1000).default('') })
  .refine((v) => v.approved || v.note.length > 0, { path: ['note'], message: '退回时请填写退回理由' });
export const planTipInput = z.strictObject({ tipId: idField('信访件') });

/** 依谈话函询结果办结: the tip's 办理结果 chosen by the handler; each person's 处理 comes from their talk or letter. */
export const concludeTipInput = z.strictObject({
  tipId: idField('信访件'),
  /** The tip's version. */
  version: versionField,
  result: z.enum(['查实', '部分查实', '查否'], { error: '请选择办理结果（查实、部分查实、查否）' }),
  concludedDate: dateField('办结日期'),
  conclusion: textField('办理情况', 5000, true),
});
export type ConcludeTipInput = z.output<typeof concludeTipInput>;

export interface PlanItemView {
  id: number;
  tipPersonId: number;
  personName: string;
  unitName: string;
  post: string;
  category: PersonCategory;
  /** The registry person (a plan needs one: the talk's interviewee is a registry person). */
  personId: number | null;
  way: PlanWay;
  holder: Holder;
  interviewers: Array<{ id: number; name: string }>;
  holderNames: string;
  plannedDate: string;
  place: string;
  note: string;
  /** This person is 主要负责人 of a lower-level party committee's unit. */
  needsMainLeader: boolean;
}

/** One talk or letter made from the plan, as the tip's page shows it. */
export interface PlanInterview {
  id: number;
  number: string;
  kind: '谈话' | '函询';
  tipPersonId: number;
  personName: string;
  status: InterviewStatus;
  outcome: InterviewOutcome | null;
  concludedDate: string | null;
}

/** What the tip's page shows of its 谈话函询 and what may be done. */
export interface TipInterviewPlan {
  tipId: number;
  tipNumber: string;
  tipStatus: TipStatus;
  tipVersion: number;
  /** The lead's approved disposal is 谈话函询 and it is in 承办中. */
  applies: boolean;
  plan: null | {
    status: PlanStatus;
    note: string;
    needsMainLeader: boolean;
    draftedByName: string;
    submittedAt: string | null;
    decidedByName: string | null;
    decidedAt: string | null;
    /** The leader's note (a returned plan keeps its reason here). */
    decisionNote: string;
    version: number;
    items: PlanItemView[];
  };
  interviews: PlanInterview[];
  /** When every talk and letter is concluded: the results the rules allow, else the reason not yet. */
  conclusion: { allowed: TipResult[]; reason: string | null };
  can: { edit: boolean; submit: boolean; decide: boolean; concludeTip: boolean };
}
