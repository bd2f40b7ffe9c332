// What every rectification service needs: the item or a clear refusal, the version check, the
// caller's right to a step (shared/rectification/flow.ts stepRefusal), one history entry per
// step, and the item as its page shows it.
import { AppError } from '../../../shared/kernel/errors.ts';
import { roleRefusal, stateRefusal, stepRefusal, withDueState, type ItemState, type RectDetail, type RectStep } from '../../../shared/rectification/index.ts';
import type { Role } from '../../../shared/core/index.ts';
import { getItemRecord, itemEvents, itemExtensions, itemFiles, itemMeasures, pendingExtension, personRef, recurrencesOf, unitLiaisonId, type ItemRecord } from '../../../db/repos/rectification/items.ts';
import { rectRowsByIds } from '../../../db/repos/rectification/rows.ts';
import { today, type Call } from '../kernel/context.ts';
import { userOf } from '../kernel/caller.ts';
import { getSettings } from '../settings/index.ts';

export function mustGetItem(call: Call, id: number): ItemRecord {
  const item = getItemRecord(call.ctx.db, id);
  if (!item) throw new AppError('NOT_FOUND', '未找到该整改事项，可能编号有误。');
  return item;
}

export function checkVersion(item: ItemRecord, version: number): void {
  if (item.version !== version) throw new AppError('CONFLICT', `${item.number} 已被他人更新，请刷新后再试。`);
}

export function itemState(call: Call, item: ItemRecord): ItemState {
  return {
    status: item.status,
    verified: item.verified === 1,
    acceptanceRecordedBy: item.acceptanceBy,
    extensionPending: pendingExtension(call.ctx.db, item.id) !== undefined,
  };
}

/** The caller as the rules see them; the command line records no steps by hand. */
function actor(call: Call): { id: number; role: Role } | null {
  const user = userOf(call);
  return user ? { id: user.id, role: user.role } : null;
}

/**
 * Refuses the step: FORBIDDEN for a role that may never take it and for the recorder of a
 * 申请验收 checking it (both audited as refusals), CONFLICT when the item's state does not allow it.
 */
export function requireStep(call: Call, item: ItemRecord, step: RectStep): void {
  const user = actor(call);
  if (!user) throw new AppError('FORBIDDEN', '命令行不能办理整改步骤，请在程序中由相应人员办理。');
  const byRole = roleRefusal(step, user.role);
  if (byRole) throw new AppError('FORBIDDEN', `${byRole}。`);
  const byState = stateRefusal(step, itemState(call, item), user.id);
  if (byState) throw new AppError(byState.selfCheck ? 'FORBIDDEN' : 'CONFLICT', `${item.number}：${byState.message}。`);
}

export function soonDays(call: Call): number {
  return getSettings(call.ctx.db).rectDueSoonDays ?? 7;
}

/** The item as its page shows it, with what the caller may do now. */
export function itemDetail(call: Call, id: number): RectDetail {
  const db = call.ctx.db;
  const item = mustGetItem(call, id);
  const [stored] = rectRowsByIds(db, [id]);
  if (!stored) throw new AppError('NOT_FOUND', '未找到该整改事项，可能编号有误。');
  const day = today(call);
  const row = withDueState(stored, day, soonDays(call));
  const state = itemState(call, item);
  const user = actor(call);
  const may = (step: RectStep) => user !== null && stepRefusal(step, state, user) === null;
  const open = item.status !== '已销号';
  return {
    ...row,
    measures: itemMeasures(db, id).map((m) => ({ ...m, late: open && m.dueDate !== null && m.dueDate < day })),
    unitLiaisonUserId: unitLiaisonId(db, item.unitId),
    leader: personRef(db, item.leaderPersonId),
    owner: personRef(db, item.ownerPersonId),
    remarks: item.remarks,
    events: itemEvents(db, id),
    files: itemFiles(db, id),
    extensions: itemExtensions(db, id),
    recurrences: recurrencesOf(db, id),
    acceptanceRecordedBy: item.acceptanceBy !== null ? { id: item.acceptanceBy, name: item.acceptanceByName ?? '' } : null,
    verified: state.verified,
    can: {
      edit: may('edit'), progress: may('progress'), evidence: may('evidence'), requestAcceptance: may('requestAcceptance'),
      verify: may('verify'), close: may('close'), requestExtension: may('requestExtension'), decideExtension: may('decideExtension'),
      recur: may('recur'),
    },
  };
}
