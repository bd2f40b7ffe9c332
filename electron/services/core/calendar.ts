// The holiday calendar behind working-day deadlines, kept by the administrator.
import { AppError } from '../../../shared/kernel/errors.ts';
import { getCalendarDay, listCalendarYear, setCalendarDay } from '../../../db/repos/core/calendar.ts';
import { audit } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';

export const calendarHandlers: HandlerGroup<'calendar.list' | 'calendar.set'> = {
  'calendar.list': (call, input) => listCalendarYear(call.ctx.db, input.year),
  'calendar.set': (call, input) => {
    const before = getCalendarDay(call.ctx.db, input.date);
    if (input.kind === null && !before) throw new AppError('CONFLICT', `${input.date} 本来就按普通工作日/周末计算。`);
    if (input.kind !== null && !input.name) throw new AppError('VALIDATION', '请填写名称，如 春节、国庆节调休上班。', { name: '请填写名称' });
    setCalendarDay(call.ctx.db, input.date, input.kind, input.name);
    audit(call, 'calendar', input.date, input.date, { before: before ? `${before.kind} ${before.name}` : '普通', after: input.kind ? `${input.kind} ${input.name}` : '普通' });
    return listCalendarYear(call.ctx.db, Number(input.date.slice(0, 4)));
  },
};
