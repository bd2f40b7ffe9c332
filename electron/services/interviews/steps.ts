// A talk's and a letter's steps after registration: the talk's record (谈话记录) and its 办结 with
// the signed record and the outcome; the letter's reply (countersigned) and its assessment
// (如实说明 → 了结, 说明不清 → 补充说明 with a new reply due, 不如实或有问题 → the outcome); the
// 民主生活会; follow-ups; extensions of the running deadline. Each: the rule (shared/interviews
// flow.ts via requireStep), the version, one history line, one audit entry.
import { AppError } from '../../../shared/kernel/errors.ts';
import { dateInZone } from '../../../shared/kernel/dates.ts';
import { dueAfter } from '../../../shared/interviews/index.ts';
import { updateInterview, type InterviewChanges, type InterviewRecord } from '../../../db/repos/interviews/records.ts';
import { decideInterviewExtension, getInterviewExtension, insertInterviewExtension, pendingInterviewExtension } from '../../../db/repos/interviews/extensions.ts';
import { getFollowUp, insertFollowUp, markFollowUpDone } from '../../../db/repos/interviews/followups.ts';
import { fileKindsOf } from '../../../db/repos/interviews/files.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import { checkVersion, dueDays, mustGetInterview, note, requireStep, workCalendar } from './common.ts';
import { applyOutcome, checkOutcome } from './outcomes.ts';
import { interviewDetail } from './view.ts';

/** A step's date: not after today, not before `after` (the talk, the letter's sending …). */
function checkDate(call: Call, date: string, label: string, field: string, after?: { date: string | null; what: string }): void {
  const day = today(call);
  if (date > day) throw new AppError('VALIDATION', `${label}（${date}）不能晚于今天（${day}）。`, { [field]: '不能晚于今天' });
  if (after?.date && date < after.date) throw new AppError('VALIDATION', `${label}（${date}）不能早于${after.what}（${after.date}）。`, { [field]: `不能早于${after.what}` });
}

/** The running deadline stops: its columns cleared, a pending extension of it answered. */
const NO_DUE: InterviewChanges = { due_kind: null, due_date: null, due_original: null };

function closePendingExtension(call: Call, r: InterviewRecord): void {
  const pending = pendingInterviewExtension(call.ctx.db, r.id);
  if (pending) decideInterviewExtension(call.ctx.db, pending.id, false, nowIso(call), actorName(call), '该期限已不再计算，申请不再需要');
}

/** Writes the changes at the version (or refuses: someone else changed it), the history line and the audit entry. */
function apply(call: Call, r: InterviewRecord, version: number, changes: InterviewChanges, history: { action: string; text: string; date: string | null }, summary: Record<string, unknown>): void {
  if (!updateInterview(call.ctx.db, r.id, version, changes, nowIso(call))) throw new AppError('CONFLICT', `${r.number} 已被他人更新，请刷新后再试。`);
  note(call, r, history.action, history.text, history.date);
  audit(call, 'interview', r.id, r.number, { number: r.number, ...summary });
}

type StepOps =
  | 'interviews.record' | 'interviews.conclude' | 'interviews.reply' | 'interviews.assess' | 'interviews.meeting' | 'interviews.addFollowUp'
  | 'interviews.doneFollowUp' | 'interviews.requestExtension' | 'interviews.decideExtension';

export const stepHandlers: HandlerGroup<StepOps> = {
  'interviews.record': (call, input) => {
    const r = mustGetInterview(call, input.id);
    requireStep(call, r, 'record');
    checkVersion(r, input.version);
    // A talk registered afterwards was held before it was registered: its planned date is the limit then.
    const earliest = r.plannedDate !== null && r.plannedDate < r.createdOn ? r.plannedDate : r.createdOn;
    checkDate(call, input.heldDate, '谈话日期', 'heldDate', { date: earliest, what: earliest === r.createdOn ? '登记日期' : '计划日期' });
    input.followUps.forEach((f, i) => {
      if (f.dueDate < input.heldDate) {
        throw new AppError('VALIDATION', `第${i + 1}条后续事项的完成时限（${f.dueDate}）不能早于谈话日期（${input.heldDate}）。`, { [`followUps.${i}.dueDate`]: '不能早于谈话日期' });
      }
    });
    const entrusted = r.holder === '委托谈话';
    const due = entrusted ? dueAfter(workCalendar(call), '记录', input.heldDate, dueDays(call)) : null;
    closePendingExtension(call, r);
    const at = nowIso(call);
    for (const f of input.followUps) insertFollowUp(call.ctx.db, { interviewId: r.id, content: f.content, dueDate: f.dueDate, at });
    apply(call, r, input.version, {
      status: '待办结', held_date: input.heldDate, held_time: input.heldTime, place: input.place, key_points: input.keyPoints,
      statement: input.statement, ledger_date: input.heldDate,
      ...(due !== null ? { due_kind: '记录', due_date: due, due_original: due } : NO_DUE),
    }, {
      action: '谈话记录', date: input.heldDate,
      text: `${input.heldDate}${input.heldTime ? ` ${input.heldTime}` : ''}在${input.place}谈话${input.followUps.length > 0 ? `；后续事项${input.followUps.length}项` : ''}${due ? `；谈话记录和反馈单应于 ${due} 前报送` : ''}`,
    }, { heldDate: input.heldDate, place: input.place, ...(input.followUps.length > 0 ? { followUp: input.followUps.length } : {}), ...(due ? { dueDate: due } : {}) });
    return interviewDetail(call, r.id);
  },

  'interviews.conclude': (call, input) => {
    const r = mustGetInterview(call, input.id);
    requireStep(call, r, 'conclude');
    checkVersion(r, input.version);
    const kinds = fileKindsOf(call.ctx.db, r.id);
    if (!kinds.has('签字谈话记录')) throw new AppError('VALIDATION', '请先上传经谈话人和谈话对象签字的谈话记录（签字谈话记录），再办结。', { signedDate: '请先上传签字谈话记录' });
    if (r.holder === '委托谈话' && !kinds.has('反馈单')) throw new AppError('VALIDATION', '委托谈话请先上传受托人填写的反馈单，再办结。', { signedDate: '请先上传反馈单' });
    checkDate(call, input.signedDate, '签字日期', 'signedDate', { date: r.heldDate, what: '谈话日期' });
    checkDate(call, input.concludedDate, '办结日期', 'concludedDate', { date: input.signedDate, what: '签字日期' });
    const outcome = { outcome: input.outcome, circumstance: input.circumstance, conductDate: input.conductDate, decidedDate: input.concludedDate };
    checkOutcome(call, r, outcome);
    const eventId = applyOutcome(call, r, outcome);
    closePendingExtension(call, r);
    apply(call, r, input.version, {
      status: '已办结', outcome: input.outcome, outcome_note: input.outcomeNote, signed_date: input.signedDate, concluded_date: input.concludedDate,
      event_id: eventId, ...NO_DUE,
    }, { action: '办结', date: input.concludedDate, text: `结果：${input.outcome}；${input.signedDate}签字` }, {
      outcome: input.outcome, signedDate: input.signedDate, concludedDate: input.concludedDate, ...(eventId !== null ? { event: input.outcome } : {}),
    });
    return interviewDetail(call, r.id);
  },

  'interviews.reply': (call, input) => {
    const r = mustGetInterview(call, input.id);
    requireStep(call, r, 'reply');
    checkVersion(r, input.version);
    if (!input.countersigned) {
      throw new AppError('VALIDATION', '函询答复须经所在单位主要负责人签字背书，请补签后再登记', { countersigned: '须经主要负责人签字背书' });
    }
    // A 补充说明 comes after the reply it supplements; a first reply after the letter was sent.
    const after = r.supplements > 0 && r.replyDate !== null
      ? { date: r.replyDate, what: '上次答复日期' }
      : { date: r.sentDate ?? r.createdOn, what: r.sentDate ? '发函日期' : '登记日期' };
    checkDate(call, input.replyDate, '答复日期', 'replyDate', after);
    closePendingExtension(call, r);
    apply(call, r, input.version, {
      status: '待评估', reply_date: input.replyDate, reply_countersigned: 1, reply_summary: input.summary, ...NO_DUE,
    }, { action: r.supplements > 0 ? '补充说明' : '答复', date: input.replyDate, text: '收到答复（经所在单位主要负责人签字背书）' }, {
      replyDate: input.replyDate, countersigned: true,
    });
    return interviewDetail(call, r.id);
  },

  'interviews.assess': (call, input) => {
    const r = mustGetInterview(call, input.id);
    requireStep(call, r, 'assess');
    checkVersion(r, input.version);
    checkDate(call, input.date, '评估日期', 'date', { date: r.replyDate, what: '答复日期' });
    if (input.assessment === '说明不清') {
      const due = dueAfter(workCalendar(call), '答复', input.date, dueDays(call));
      apply(call, r, input.version, {
        status: '待答复', assessment: input.assessment, supplements: r.supplements + 1, outcome_note: input.note,
        due_kind: '答复', due_date: due, due_original: due,
      }, { action: '评估', date: input.date, text: `说明不清，要求补充说明，应于 ${due} 前答复` }, { assessment: input.assessment, dueDate: due });
      return interviewDetail(call, r.id);
    }
    const chosen = input.assessment === '如实说明' ? '了结' : input.outcome;
    if (chosen === null) throw new AppError('VALIDATION', '请选择处理结果', { outcome: '请选择处理结果' });
    const outcome = { outcome: chosen, circumstance: input.circumstance, conductDate: input.conductDate, decidedDate: input.date };
    checkOutcome(call, r, outcome);
    const eventId = applyOutcome(call, r, outcome);
    closePendingExtension(call, r);
    apply(call, r, input.version, {
      status: '已办结', assessment: input.assessment, outcome: chosen, outcome_note: input.note, concluded_date: input.date, event_id: eventId, ...NO_DUE,
    }, { action: '评估', date: input.date, text: `${input.assessment}；结果：${chosen}` }, {
      assessment: input.assessment, outcome: chosen, concludedDate: input.date, ...(eventId !== null ? { event: chosen } : {}),
    });
    return interviewDetail(call, r.id);
  },

  'interviews.meeting': (call, input) => {
    const r = mustGetInterview(call, input.id);
    requireStep(call, r, 'meeting');
    checkVersion(r, input.version);
    checkDate(call, input.meetingDate, '民主生活会日期', 'meetingDate', { date: r.concludedDate, what: '办结日期' });
    apply(call, r, input.version, { meeting_date: input.meetingDate, meeting_note: input.note }, {
      action: '民主生活会', date: input.meetingDate, text: '在民主生活会上作出说明',
    }, { meetingDate: input.meetingDate });
    return interviewDetail(call, r.id);
  },

  'interviews.addFollowUp': (call, input) => {
    const r = mustGetInterview(call, input.id);
    requireStep(call, r, 'followUp');
    checkVersion(r, input.version);
    const day = today(call);
    if (input.dueDate < day) throw new AppError('VALIDATION', `完成时限（${input.dueDate}）不能早于今天（${day}）。`, { dueDate: '不能早于今天' });
    insertFollowUp(call.ctx.db, { interviewId: r.id, content: input.content, dueDate: input.dueDate, at: nowIso(call) });
    apply(call, r, input.version, {}, { action: '后续事项', date: day, text: `添加后续事项，完成时限 ${input.dueDate}` }, { followUp: '添加', dueDate: input.dueDate });
    return interviewDetail(call, r.id);
  },

  'interviews.doneFollowUp': (call, input) => {
    const f = getFollowUp(call.ctx.db, input.followUpId);
    if (!f) throw new AppError('NOT_FOUND', '未找到该后续事项。');
    const r = mustGetInterview(call, f.interviewId);
    requireStep(call, r, 'followUp');
    if (f.doneDate !== null) throw new AppError('CONFLICT', `${r.number}：该后续事项已于 ${f.doneDate} 完成。`);
    const added = dateInZone(new Date(f.createdAt), call.timeZone);
    checkDate(call, input.doneDate, '完成日期', 'doneDate', { date: added, what: '添加日期' });
    if (!markFollowUpDone(call.ctx.db, f.id, input.doneDate, input.note)) throw new AppError('CONFLICT', `${r.number}：该后续事项已完成。`);
    apply(call, r, r.version, {}, { action: '后续事项完成', date: input.doneDate, text: `后续事项已完成（时限 ${f.dueDate}）` }, { followUp: '完成', dueDate: f.dueDate });
    return interviewDetail(call, r.id);
  },

  'interviews.requestExtension': (call, input) => {
    const r = mustGetInterview(call, input.id);
    requireStep(call, r, 'requestExtension');
    checkVersion(r, input.version);
    const current = r.dueDate ?? '';
    if (input.newDue <= current) throw new AppError('VALIDATION', `延期后的期限（${input.newDue}）应晚于现在的期限（${current}）。`, { newDue: `应晚于 ${current}` });
    insertInterviewExtension(call.ctx.db, { interviewId: r.id, at: nowIso(call), userId: actorId(call), by: actorName(call), reason: input.reason, oldDue: current, newDue: input.newDue });
    apply(call, r, input.version, {}, { action: '申请延期', date: today(call), text: `申请${r.dueKind ?? ''}期限延期至 ${input.newDue}：${input.reason}` }, {
      extension: [current, input.newDue], reason: input.reason,
    });
    return interviewDetail(call, r.id);
  },

  'interviews.decideExtension': (call, input) => {
    const ext = getInterviewExtension(call.ctx.db, input.extensionId);
    if (!ext) throw new AppError('NOT_FOUND', '未找到该延期申请。');
    const r = mustGetInterview(call, ext.interviewId);
    if (ext.state !== '待审批') throw new AppError('CONFLICT', `该延期申请已审批（${ext.state}）。`);
    requireStep(call, r, 'decideExtension');
    decideInterviewExtension(call.ctx.db, ext.id, input.approved, nowIso(call), actorName(call), input.note);
    const text = input.approved ? `同意延期：${ext.oldDue} → ${ext.newDue}` : `不同意延期${input.note ? `：${input.note}` : ''}`;
    apply(call, r, r.version, input.approved ? { due_date: ext.newDue } : {}, {
      action: '延期审批', date: today(call), text: input.approved && input.note ? `${text}。${input.note}` : text,
    }, { extension: [ext.oldDue, ext.newDue], approve: input.approved, ...(input.note ? { reason: input.note } : {}) });
    return interviewDetail(call, r.id);
  },
};
