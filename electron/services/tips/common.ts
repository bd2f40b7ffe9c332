// What every tip service needs: the tip or a clear refusal, today's date, the holiday calendar,
// the actor's name, the version check, and one history entry per step.
import { AppError } from '../../../shared/kernel/errors.ts';
import { WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { archivedRefusal, transition, type TipAction } from '../../../shared/tips/flow.ts';
import type { TipStatus } from '../../../shared/tips/enums.ts';
import { calendarTable } from '../../../db/repos/core/index.ts';
import { getTipRecord, insertStep, updateTip, type TipChanges, type TipRecord } from '../../../db/repos/tips/tips.ts';
import type { DueContext, Viewer } from '../../../db/repos/tips/list.ts';
import { nowIso, today, type Call } from '../kernel/context.ts';
import { actorId, actorName, userOf } from '../kernel/caller.ts';

export { today };
import { getSettings } from '../settings/index.ts';
import { mayReadContent } from './rights.ts';


export function dueContext(call: Call): DueContext {
  return { today: today(call), soonDays: getSettings(call.ctx.db).dueSoonDays };
}

/**
 * The caller as the ledger sees them: for the 我的 filter (the command line is nobody's: nothing
 * waits for it) and whether a search may look into 反映内容 (the command line may).
 */
export function viewerOf(call: Call): Viewer | null {
  const user = userOf(call);
  return user ? { id: user.id, role: user.role, readsContent: mayReadContent(call) } : null;
}

export function workCalendar(call: Call): WorkCalendar {
  return new WorkCalendar(calendarTable(call.ctx.db));
}

export { actorName };

export function mustGetTip(call: Call, id: number): TipRecord {
  const tip = getTipRecord(call.ctx.db, id);
  if (!tip) throw new AppError('NOT_FOUND', '未找到该信访件，可能编号有误。');
  return tip;
}

function conflict(tip: TipRecord): AppError {
  return new AppError('CONFLICT', `${tip.number} 已被他人办理或修改，请刷新后重试。`);
}

/** Nothing on an archived tip changes but through 重新启用 (shared/tips/flow.ts archivedRefusal). */
export function refuseIfArchived(tip: TipRecord): void {
  const refusal = archivedRefusal(tip);
  if (refusal) throw new AppError('CONFLICT', refusal);
}

export function checkVersion(tip: TipRecord, version: number): void {
  if (tip.version !== version) throw conflict(tip);
}

/** Moves a tip by one step of the flow (or refuses), records the step and applies the changes. */
export function step(
  call: Call,
  tip: TipRecord,
  version: number,
  action: TipAction,
  changes: TipChanges,
  note: string,
  stepName: string = action,
): TipStatus {
  checkVersion(tip, version);
  const t = transition(tip.status, action, tip.mode);
  if (!t.ok) throw new AppError('CONFLICT', `${tip.number}：${t.message}`);
  const all: TipChanges = { ...changes, status: t.to };
  if (!updateTip(call.ctx.db, tip.id, version, all, nowIso(call))) throw conflict(tip);
  insertStep(call.ctx.db, {
    tipId: tip.id,
    at: nowIso(call),
    step: stepName,
    fromStatus: tip.status,
    toStatus: t.to,
    actorUserId: actorId(call),
    actorName: actorName(call),
    note,
    dueDate: all.due_date === undefined ? tip.dueDate : all.due_date,
  });
  return t.to;
}

/** A history entry that does not change the status (延期, 重复件, 附件). */
export function note(call: Call, tip: TipRecord, stepName: string, text: string, dueDate: string | null = tip.dueDate): void {
  insertStep(call.ctx.db, {
    tipId: tip.id,
    at: nowIso(call),
    step: stepName,
    fromStatus: tip.status,
    toStatus: tip.status,
    actorUserId: actorId(call),
    actorName: actorName(call),
    note: text,
    dueDate,
  });
}
