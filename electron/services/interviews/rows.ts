// A stored row made into what the lists show: the cause named as a person reads it, and the
// running deadline's state with the working days left, as of the caller's today.
import type { InterviewRow } from '../../../shared/interviews/index.ts';
import { interviewDueState } from '../../../shared/interviews/index.ts';
import type { InterviewRowStored } from '../../../db/repos/interviews/rows.ts';
import { interviewRowsByIds } from '../../../db/repos/interviews/rows.ts';
import { today, type Call } from '../kernel/context.ts';
import { soonWorkdays, workCalendar } from './common.ts';

/** 信访件 XF-2026-0012 · 整改事项 ZG-2026-0003 · 预警告知书 临纪预告〔2026〕2号 · the typed text. */
export function causeLabel(r: InterviewRowStored): string {
  const c = r.cause;
  const named =
    c.kind === '信访件' ? `信访件 ${r.tipNumber ?? ''}` : c.kind === '整改事项' ? `整改事项 ${r.rectNumber ?? ''}` : c.kind === '预警告知书' ? `预警告知书 ${r.documentNumber ?? ''}` : '';
  if (!named) return c.text ? `${c.kind}：${c.text}` : c.kind;
  return c.text ? `${named}：${c.text}` : named;
}

/** Rows as shown, given stored rows (a page read by its ids). */
export function shownRows(call: Call, stored: readonly InterviewRowStored[]): InterviewRow[] {
  const calendar = workCalendar(call);
  const day = today(call);
  const soon = soonWorkdays(call);
  return stored.map(({ tipNumber: _t, rectNumber: _r, documentNumber: _d, ...r }) => {
    const due = r.dueDate !== null && r.status !== '已办结' ? interviewDueState(calendar, r.dueDate, day, soon) : null;
    return {
      ...r,
      cause: { ...r.cause, label: causeLabel({ ...r, tipNumber: _t, rectNumber: _r, documentNumber: _d }) },
      dueState: due?.state ?? null,
      workdaysLeft: due?.workdaysLeft ?? null,
    };
  });
}

/** The rows of these ids as shown, in the order given. */
export function rowsByIds(call: Call, ids: readonly number[]): InterviewRow[] {
  return shownRows(call, interviewRowsByIds(call.ctx.db, ids));
}
