// The rules of a tip's dates against the office's "today" — in one place, checked by the
// services on every call and by the forms before sending (with "today" as the service gives
// it), so a form names these problems in the same round as the schema's.
import type { Problem } from '../kernel/problems.ts';
import { isIsoDate } from '../kernel/dates.ts';
import { idNumberProblem } from '../kernel/idcard.ts';

/** 登记: 收件日期 not after today; a reporter's 身份证号 valid (its birth date not after today). */
export function registerDayProblems(input: { receivedDate: string; reporter: { idNumber: string } }, today: string): Problem[] {
  const problems: Problem[] = [];
  if (isIsoDate(input.receivedDate) && input.receivedDate > today) problems.push({ field: 'receivedDate', message: '收件日期不能晚于今天' });
  const id = input.reporter.idNumber.trim() ? idNumberProblem(input.reporter.idNumber, today) : null;
  if (id) problems.push({ field: 'reporter.idNumber', message: id });
  return problems;
}

/** 拟办: 承办时限 not before today. */
export function handlingDueProblems(handlingDue: string, today: string): Problem[] {
  return isIsoDate(handlingDue) && handlingDue < today ? [{ field: 'handlingDue', message: '承办时限不能早于今天' }] : [];
}

/** 办结: 办结日期 from the 收件日期 to today. */
export function concludedDayProblems(concludedDate: string, receivedDate: string, today: string): Problem[] {
  return isIsoDate(concludedDate) && (concludedDate > today || concludedDate < receivedDate)
    ? [{ field: 'concludedDate', message: '办结日期应在收件日期之后、不晚于今天' }]
    : [];
}

/** 反馈: 反馈日期 from the 办结日期 to today. */
export function feedbackDayProblems(date: string, concludedDate: string | null, today: string): Problem[] {
  return isIsoDate(date) && (date > today || (concludedDate !== null && date < concludedDate))
    ? [{ field: 'date', message: '反馈日期应在办结日期之后、不晚于今天' }]
    : [];
}
