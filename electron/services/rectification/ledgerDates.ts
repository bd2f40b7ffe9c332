// What the ledger's services share about today: the dates its filters compare (逾期, 即将到期, the
// 需督办 cutoff from the holiday calendar), the caller for 我联系的单位, and a stored row as shown
// today (withDueState) — from the service clock and the settings.
import { WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { superviseCutoff, withDueState, type RectFilterInput, type RectRow } from '../../../shared/rectification/index.ts';
import { calendarTable } from '../../../db/repos/core/index.ts';
import type { DueDates } from '../../../db/repos/rectification/ledger.ts';
import type { RectRowStored } from '../../../db/repos/rectification/rows.ts';
import { today, type Call } from '../kernel/context.ts';
import { userOf } from '../kernel/caller.ts';
import { getSettings } from '../settings/index.ts';

/** The holiday calendar (the 节假日 table), for 需督办's working days. */
export function rectWorkCalendar(call: Call): WorkCalendar {
  return new WorkCalendar(calendarTable(call.ctx.db));
}

/** Today's dates for these filters (the 需督办 cutoff only when it is asked for). */
export function dueDates(call: Call, filters: Pick<RectFilterInput, 'due'>): DueDates {
  const day = today(call);
  const settings = getSettings(call.ctx.db);
  return {
    today: day,
    soonDays: settings.rectDueSoonDays,
    superviseCutoff: filters.due === '需督办' ? superviseCutoff(rectWorkCalendar(call), day, settings.rectSuperviseWorkdays) : null,
  };
}

/** The caller for 我联系的单位: a signed-in user's id, none for the command line. */
export function viewerId(call: Call): number | null {
  return userOf(call)?.id ?? null;
}

/** Stored rows as shown today: 逾期 / 即将到期, days overdue, closed on time. */
export function shownRows(call: Call, rows: readonly RectRowStored[]): RectRow[] {
  const day = today(call);
  const soonDays = getSettings(call.ctx.db).rectDueSoonDays;
  return rows.map((r) => withDueState(r, day, soonDays));
}
