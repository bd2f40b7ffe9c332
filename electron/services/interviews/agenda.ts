// 谈话日程 (interviews.agenda): the planned talks (待谈话) of a week or a month, by date and time,
// of one interviewer or at one place. A range longer than AGENDA_MAX_DAYS is refused.
import { AppError } from '../../../shared/kernel/errors.ts';
import { daysBetween } from '../../../shared/kernel/workdays.ts';
import type { AgendaEntry, InterviewAgendaInput } from '../../../shared/interviews/index.ts';
import { agendaIds, holderNamesByIds, interviewersByIds } from '../../../db/repos/interviews/agenda.ts';
import type { Call } from '../kernel/context.ts';
import { rowsByIds } from './rows.ts';

export const AGENDA_MAX_DAYS = 62;

export function interviewAgenda(call: Call, input: InterviewAgendaInput): AgendaEntry[] {
  if (daysBetween(input.from, input.to) + 1 > AGENDA_MAX_DAYS) {
    const msg = `日程最多查看${AGENDA_MAX_DAYS}天，请缩短起止日期`;
    throw new AppError('VALIDATION', msg, { to: msg });
  }
  const place = input.place?.trim();
  const ids = agendaIds(call.ctx.db, { from: input.from, to: input.to, interviewerId: input.interviewerId, place: place || undefined });
  const staff = interviewersByIds(call.ctx.db, ids);
  const holders = holderNamesByIds(call.ctx.db, ids);
  return rowsByIds(call, ids).map((r) => ({
    id: r.id,
    number: r.number,
    typeLabel: r.typeLabel,
    date: r.plannedDate ?? r.ledgerDate,
    time: r.plannedTime,
    place: r.place,
    personName: r.personName,
    unitName: r.unitName,
    interviewers: staff.get(r.id) ?? [],
    holderNames: holders.get(r.id) ?? '',
  }));
}
