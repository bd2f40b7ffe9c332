// What the 谈话函询登记's services share about today: the dates its filters compare (逾期; the
// 即将到期 cut-off — the last date within the setting's working days on the holiday calendar), and
// the caller for 我参加的 — from the service clock and the settings.
import type { WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import type { InterviewFilterInput } from '../../../shared/interviews/index.ts';
import type { InterviewDueDates } from '../../../db/repos/interviews/list.ts';
import { today, type Call } from '../kernel/context.ts';
import { userOf } from '../kernel/caller.ts';
import { soonWorkdays, workCalendar } from './common.ts';

/**
 * The last date d with workdaysBetween(day, d) ≤ workdays: the day before the (workdays + 1)th
 * working day after `day` — so the weekend or holiday after the last working day counts too.
 */
export function dueSoonCutoff(calendar: WorkCalendar, day: string, workdays: number): string {
  return addDays(calendar.addWorkdays(day, workdays + 1), -1);
}

/** Today's dates for these filters (the 即将到期 cut-off only when it is asked for). */
export function interviewDueDates(call: Call, filters: Pick<InterviewFilterInput, 'due'>): InterviewDueDates {
  const day = today(call);
  return { today: day, soonCutoff: filters.due === '即将到期' ? dueSoonCutoff(workCalendar(call), day, soonWorkdays(call)) : null };
}

/** The caller for 我参加的: a signed-in user's id, none for the command line. */
export function viewerId(call: Call): number | null {
  return userOf(call)?.id ?? null;
}
