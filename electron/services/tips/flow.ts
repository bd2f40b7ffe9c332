// The steps of handling: 拟办 → 审批 → 承办 (延期) → 办结 → 反馈 → 归档, each by the roles
// allowed to take it, each with its deadline and a line in the tip's history.
import { AppError } from '../../../shared/kernel/errors.ts';
import { TIP_HANDLERS } from '../../../shared/core/index.ts';
import { mayHandleLead } from '../../../shared/tips/flow.ts';
import { DISPOSALS_NEEDING_RESULT } from '../../../shared/tips/enums.ts';
import { concludedDayProblems, feedbackDayProblems, handlingDueProblems } from '../../../shared/tips/dayRules.ts';
import { refuseIfAny } from '../kernel/validation.ts';
import { type TipConcludeInput } from '../../../shared/tips/steps.ts';
import type { TipDetail } from '../../../shared/tips/ledger.ts';
import { getUserById } from '../../../db/repos/core/index.ts';
import {
  decideExtension, getExtension, insertExtension, insertOutcome, pendingExtension, tipPeople, tipPersonEvents, tipPlanState, updateTip,
} from '../../../db/repos/tips/tips.ts';
import type { TipRecord } from '../../../db/repos/tips/tips.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorName, checkVersion, mustGetTip, note, step, today, workCalendar } from './common.ts';
import { actorId, isLocal, userOf } from '../kernel/caller.ts';
import { tipDetail } from './view.ts';
import { getSettings } from '../settings/index.ts';

/** The assigned handler, a leader or 案管室 may conclude or extend; others may not (the command line may). */
function mustBeHandler(call: Call, tip: TipRecord, what: string): void {
  if (mayHandle(call, tip)) return;
  throw new AppError('FORBIDDEN', `只有承办人或领导、案件监督管理室可以${what}（${tip.number}）。`);
}

/** What a lead's 办结 states: its 办理结果, date, 办理情况 and each person's 处理. */
export type TipConclusion = Pick<TipConcludeInput, 'result' | 'concludedDate' | 'conclusion' | 'outcomes'>;

function checkConclusion(call: Call, tip: TipRecord, input: TipConclusion): void {
  if (tip.disposal && DISPOSALS_NEEDING_RESULT.includes(tip.disposal) && input.result === null) {
    throw new AppError('VALIDATION', `处置方式为${tip.disposal}的，办结时请选择办理结果。`, { result: '请选择办理结果' });
  }
  refuseIfAny(concludedDayProblems(input.concludedDate, tip.receivedDate, today(call)));
  const people = new Map(tipPeople(call.ctx.db, tip.id).map((p) => [p.id, p]));
  const events = tipPersonEvents(call.ctx.db, tip.id);
  const seen = new Set<number>();
  input.outcomes.forEach((o, i) => {
    const person = people.get(o.tipPersonId);
    if (!person) throw new AppError('VALIDATION', '处理对象不是本件的被反映人。', { [`outcomes.${i}.tipPersonId`]: '不是本件的被反映人' });
    const event = events.get(o.tipPersonId);
    if (event) {
      const message = `被反映人“${person.name}”已由${event.sourceKind}作出处理（${event.outcome}），不能再填写处理。`;
      throw new AppError('VALIDATION', message, { [`outcomes.${i}.tipPersonId`]: `已由${event.sourceKind}作出处理` });
    }
    if (seen.has(o.tipPersonId)) throw new AppError('VALIDATION', '同一被反映人的处理填写了两次。', { [`outcomes.${i}.tipPersonId`]: '重复' });
    seen.add(o.tipPersonId);
    if (input.result === '查否' && o.outcome !== '无') {
      throw new AppError('VALIDATION', '办理结果为查否时，处理应为“无”。', { [`outcomes.${i}.outcome`]: '查否时处理应为无' });
    }
    if (o.conductDate && o.conductDate > input.concludedDate) {
      throw new AppError('VALIDATION', '违纪行为发生时间不能晚于办结日期。', { [`outcomes.${i}.conductDate`]: '晚于办结日期' });
    }
  });
}

type FlowOps =
  | 'tips.propose' | 'tips.approve' | 'tips.conclude' | 'tips.requestExtension' | 'tips.decideExtension' | 'tips.feedback' | 'tips.archive' | 'tips.reopen';

export const tipFlowHandlers: HandlerGroup<FlowOps> = {
  'tips.propose': (call, input) => {
    const tip = mustGetTip(call, input.id);
    const handler = getUserById(call.ctx.db, input.handlerUserId);
    if (!handler || handler.disabled) throw new AppError('VALIDATION', '所选承办人不存在或已停用，请重新选择。', { handlerUserId: '请重新选择承办人' });
    if (!TIP_HANDLERS.includes(handler.role)) {
      throw new AppError('VALIDATION', `承办人应为${TIP_HANDLERS.join('、')}的工作人员（${handler.displayName}为${handler.role}）。`, { handlerUserId: '该用户的角色不能承办' });
    }
    refuseIfAny(handlingDueProblems(input.handlingDue, today(call)));
    const due = workCalendar(call).addWorkdays(today(call), getSettings(call.ctx.db).approvalWorkdays);
    step(call, tip, input.version, '拟办', {
      disposal: input.disposal,
      handling_dept: input.handlingDept,
      handler_user_id: handler.id,
      handling_due_original: input.handlingDue,
      proposal_note: input.note,
      due_date: due,
    }, `${input.disposal}；承办部门：${input.handlingDept}；承办人：${handler.displayName}；承办时限：${input.handlingDue}${input.note ? `。${input.note}` : ''}`);
    audit(call, 'tip', tip.id, tip.number, { number: tip.number, disposal: input.disposal, handler: handler.displayName, handlingDue: input.handlingDue });
    return tipDetail(call, tip.id);
  },

  'tips.approve': (call, input) => {
    const tip = mustGetTip(call, input.id);
    if (input.approved) {
      step(call, tip, input.version, '审批同意', { due_date: tip.handlingDueOriginal }, input.note || '同意', '审批');
    } else {
      const due = workCalendar(call).addWorkdays(today(call), getSettings(call.ctx.db).intakeWorkdays);
      step(call, tip, input.version, '审批退回', { due_date: due }, input.note, '审批退回');
    }
    audit(call, 'tip', tip.id, tip.number, { number: tip.number, approved: input.approved });
    return tipDetail(call, tip.id);
  },

  'tips.conclude': (call, input) => {
    const tip = mustGetTip(call, input.id);
    if (tipPlanState(call.ctx.db, tip.id) !== null) {
      throw new AppError('CONFLICT', '该件已按谈话函询方案办理，请在谈话函询办结后“依谈话函询结果办结”。');
    }
    const people = new Map(tipPeople(call.ctx.db, tip.id).map((p) => [p.id, p]));
    const detail = concludeLead(call, tip, input.version, input);
    audit(call, 'tip', tip.id, tip.number, {
      number: tip.number, result: input.result,
      outcomes: input.outcomes.map((o) => `${people.get(o.tipPersonId)?.name ?? ''}：${o.outcome}${o.grade ? `（${o.grade}）` : ''}`),
    });
    return detail;
  },

  'tips.requestExtension': (call, input) => {
    const tip = mustGetTip(call, input.id);
    checkVersion(tip, input.version);
    if (tip.status !== '承办中' || tip.dueDate === null) throw new AppError('CONFLICT', `${tip.number} 不在承办中，不能申请延期。`);
    mustBeHandler(call, tip, '申请延期');
    if (pendingExtension(call.ctx.db, tip.id)) throw new AppError('CONFLICT', `${tip.number} 已有待审批的延期申请。`);
    if (input.newDue <= tip.dueDate) throw new AppError('VALIDATION', `延期后的时限应晚于当前时限 ${tip.dueDate}。`, { newDue: `应晚于 ${tip.dueDate}` });
    insertExtension(call.ctx.db, { tipId: tip.id, at: nowIso(call), userId: actorId(call), by: actorName(call), reason: input.reason, oldDue: tip.dueDate, newDue: input.newDue });
    updateTip(call.ctx.db, tip.id, input.version, {}, nowIso(call));
    note(call, tip, '申请延期', `申请延期至 ${input.newDue}：${input.reason}`);
    audit(call, 'tip', tip.id, tip.number, { number: tip.number, extension: [tip.dueDate, input.newDue] });
    return tipDetail(call, tip.id);
  },

  'tips.decideExtension': (call, input) => {
    const ext = getExtension(call.ctx.db, input.extensionId);
    if (!ext) throw new AppError('NOT_FOUND', '未找到该延期申请。');
    const tip = mustGetTip(call, ext.tipId);
    if (ext.state !== '待审批') throw new AppError('CONFLICT', `该延期申请已${ext.state}。`);
    if (tip.status !== '承办中') throw new AppError('CONFLICT', `${tip.number} 已不在承办中。`);
    decideExtension(call.ctx.db, ext.id, input.approved, nowIso(call), actorName(call), input.note);
    const due = input.approved ? ext.newDue : tip.dueDate;
    updateTip(call.ctx.db, tip.id, tip.version, input.approved ? { due_date: ext.newDue } : {}, nowIso(call));
    const text = input.approved ? `同意延期：${ext.oldDue} → ${ext.newDue}` : `不同意延期${input.note ? `：${input.note}` : ''}`;
    note(call, tip, '延期审批', input.approved && input.note ? `${text}。${input.note}` : text, due);
    audit(call, 'tip', tip.id, tip.number, { number: tip.number, extension: ext.id, approved: input.approved });
    return tipDetail(call, tip.id);
  },

  'tips.feedback': (call, input) => {
    const tip = mustGetTip(call, input.id);
    refuseIfAny(feedbackDayProblems(input.date, tip.concludedDate, today(call)));
    step(call, tip, input.version, '反馈', {
      feedback_date: input.date,
      feedback_way: input.way,
      feedback_content: input.content,
      feedback_by: actorName(call),
      feedback_at: nowIso(call),
      due_date: null,
    }, `${input.way}（${input.date}）：${input.content}`);
    audit(call, 'tip', tip.id, tip.number, { number: tip.number, feedback: input.way });
    return tipDetail(call, tip.id);
  },

  'tips.archive': (call, input) => {
    const tip = mustGetTip(call, input.id);
    if (tip.mode === '实名' && tip.feedbackDate === null) throw new AppError('CONFLICT', `${tip.number} 为实名反映，请先记录反馈再归档。`);
    step(call, tip, input.version, '归档', { archived_at: nowIso(call), due_date: null }, input.note);
    audit(call, 'tip', tip.id, tip.number, { number: tip.number, archived: true });
    return tipDetail(call, tip.id);
  },

  'tips.reopen': (call, input) => {
    const tip = mustGetTip(call, input.id);
    step(call, tip, input.version, '重新启用', { archived_at: null }, input.reason);
    audit(call, 'tip', tip.id, tip.number, { number: tip.number, reopened: true, reason: input.reason });
    return tipDetail(call, tip.id);
  },
};

/**
 * 办结 of a lead (status → 待反馈, or 待归档 for an anonymous one; result, 办理情况, date, the
 * feedback deadline, a line in the history, each person's 处理 as a discipline event of source
 * 信访件; a pending extension request lapses). The one body of tips.conclude and of
 * interviews.concludeTip (依谈话函询结果办结); the caller audits. Refuses a caller who does not
 * handle the lead, a stale version, a date out of range and a 处理 for a person who already has
 * one (from a talk or a letter).
 */
export function concludeLead(call: Call, tip: TipRecord, version: number, input: TipConclusion): TipDetail {
  checkVersion(tip, version);
  mustBeHandler(call, tip, '办结');
  checkConclusion(call, tip, input);
  const feedbackDue = tip.mode === '实名' ? workCalendar(call).addWorkdays(input.concludedDate, getSettings(call.ctx.db).feedbackWorkdays) : null;
  step(call, tip, version, '办结', {
    result: input.result,
    conclusion: input.conclusion,
    concluded_date: input.concludedDate,
    due_date: feedbackDue,
  }, `${input.result ?? '（无办理结果）'}。${input.conclusion}`);
  const people = new Map(tipPeople(call.ctx.db, tip.id).map((p) => [p.id, p]));
  for (const o of input.outcomes) {
    const p = people.get(o.tipPersonId);
    if (!p) continue;
    insertOutcome(call.ctx.db, {
      tipId: tip.id, tipPersonId: p.id, personId: p.personId, personName: p.name, unitId: p.unitId, unitName: p.unitName,
      category: p.category, outcome: o.outcome, grade: o.grade, circumstance: o.circumstance,
      conductDate: o.conductDate || null, decidedDate: input.concludedDate, now: nowIso(call),
    });
  }
  const ext = pendingExtension(call.ctx.db, tip.id);
  if (ext) decideExtension(call.ctx.db, ext.id, false, nowIso(call), actorName(call), '已办结，申请不再需要');
  return tipDetail(call, tip.id);
}

/** A line in the lead's history that does not move it (another domain's step about the lead). */
export function noteOnLead(call: Call, tipId: number, stepName: string, text: string): void {
  note(call, mustGetTip(call, tipId), stepName, text);
}

/** Whether the caller may take the lead's handler's steps (its handler, a leader, 案管室; the command line). */
export function mayHandle(call: Call, tip: TipRecord): boolean {
  if (isLocal(call)) return true;
  const user = userOf(call);
  return user !== null && mayHandleLead(user, tip);
}
