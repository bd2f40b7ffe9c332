// What every interviews service needs: the record or a clear refusal, the version check, the
// caller's right to a step (shared/interviews/flow.ts), one history line per step, the working-day
// calendar and the deadlines' settings, and whether the caller may read the content.
import { AppError } from '../../../shared/kernel/errors.ts';
import { WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { interviewStateRefusal, interviewRoleRefusal, type DueDays, type InterviewState, type InterviewStep } from '../../../shared/interviews/index.ts';
import { calendarTable } from '../../../db/repos/core/index.ts';
import { appendHistory, getInterviewRecord, type InterviewRecord } from '../../../db/repos/interviews/records.ts';
import { pendingInterviewExtension } from '../../../db/repos/interviews/extensions.ts';
import { nowIso, type Call } from '../kernel/context.ts';
import { actorId, actorName, userOf } from '../kernel/caller.ts';
import { getSettings } from '../settings/index.ts';

export function mustGetInterview(call: Call, id: number): InterviewRecord {
  const record = getInterviewRecord(call.ctx.db, id);
  if (!record) throw new AppError('NOT_FOUND', '未找到该谈话函询，可能编号有误。');
  return record;
}

export function checkVersion(record: InterviewRecord, version: number): void {
  if (record.version !== version) throw new AppError('CONFLICT', `${record.number} 已被他人更新，请刷新后再试。`);
}

export function interviewState(call: Call, r: InterviewRecord): InterviewState {
  return {
    kind: r.kind,
    status: r.status,
    holder: r.holder,
    outcome: r.outcome,
    extensionPending: pendingInterviewExtension(call.ctx.db, r.id) !== undefined,
    hasDue: r.dueDate !== null,
    meetingRecorded: r.meetingDate !== null,
  };
}

/** Refuses the step: FORBIDDEN for a role that may never take it, CONFLICT when the record's state does not allow it. */
export function requireStep(call: Call, r: InterviewRecord, step: InterviewStep): void {
  const user = userOf(call);
  if (user) {
    const byRole = interviewRoleRefusal(step, user.role);
    if (byRole) throw new AppError('FORBIDDEN', `${byRole}。`);
  }
  const byState = interviewStateRefusal(step, interviewState(call, r));
  if (byState) throw new AppError('CONFLICT', `${r.number}：${byState}。`);
}

/** One line of the record's history, by the caller, now. */
export function note(call: Call, r: { id: number }, action: string, text: string, date: string | null = null): void {
  appendHistory(call.ctx.db, { interviewId: r.id, at: nowIso(call), userId: actorId(call), byName: actorName(call), action, date, text });
}

export function workCalendar(call: Call): WorkCalendar {
  return new WorkCalendar(calendarTable(call.ctx.db));
}

export function dueDays(call: Call): DueDays {
  const s = getSettings(call.ctx.db);
  return {
    replyWorkdays: s.inquiryReplyWorkdays ?? 15,
    entrustTalkWorkdays: s.entrustTalkWorkdays ?? 15,
    entrustRecordWorkdays: s.entrustRecordWorkdays ?? 5,
  };
}

export function soonWorkdays(call: Call): number {
  return getSettings(call.ctx.db).interviewDueSoonWorkdays ?? 3;
}

/** The caller may read records' and replies' content (系统设置 → 可查看谈话函询内容的角色); the command line may. */
export function mayReadContent(call: Call): boolean {
  const user = userOf(call);
  if (!user) return true;
  const roles = getSettings(call.ctx.db).interviewContentRoles;
  return (roles ?? []).includes(user.role);
}

/** Refuses (FORBIDDEN, audited as a refusal) a caller without the content right. */
export function requireContent(call: Call, what: string): void {
  if (!mayReadContent(call)) throw new AppError('FORBIDDEN', `您的角色不能${what}（谈话函询内容仅限系统设置中授权的角色查看）。`);
}
