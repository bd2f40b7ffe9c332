// A talk's or letter's outcome, one place for both: 提醒, 批评教育, 诫勉 make one discipline event
// (the index reads it with the tips' events; it is the tip person's 处理 when the record is about
// one); 转初步核实 sends the tip it came from on to 初步核实 (the tips domain's own step); 了结
// makes nothing.
import { AppError } from '../../../shared/kernel/errors.ts';
import { isEventOutcome, type InterviewOutcome } from '../../../shared/interviews/index.ts';
import type { Circumstance } from '../../../shared/tips/index.ts';
import { insertDisciplineEvent } from '../../../db/repos/tips/index.ts';
import { eventOfTipPerson } from '../../../db/repos/interviews/events.ts';
import type { InterviewRecord } from '../../../db/repos/interviews/records.ts';
import { nowIso, type Call } from '../kernel/context.ts';
import { sendTipToVerification } from '../tips/index.ts';

export interface OutcomeInput {
  outcome: InterviewOutcome;
  circumstance: Circumstance;
  /** '' when none given (required for an event outcome). */
  conductDate: string;
  /** The decision's date: the talk's or letter's 办结. */
  decidedDate: string;
}

/** Refuses (VALIDATION) an event outcome without its conduct date or a second event for a tip's person; changes nothing. */
export function checkOutcome(call: Call, r: InterviewRecord, o: OutcomeInput): void {
  if (!isEventOutcome(o.outcome)) return;
  if (o.conductDate === '') throw new AppError('VALIDATION', '请填写违纪行为发生时间', { conductDate: '请填写违纪行为发生时间' });
  if (o.conductDate > o.decidedDate) {
    throw new AppError('VALIDATION', `违纪行为发生时间（${o.conductDate}）不能晚于办结日期（${o.decidedDate}）。`, { conductDate: '不能晚于办结日期' });
  }
  if (r.tipPersonId !== null) {
    const existing = eventOfTipPerson(call.ctx.db, r.tipPersonId);
    if (existing) {
      throw new AppError(
        'VALIDATION',
        `${r.personName}在该信访件中已有处理（${existing.outcome}，来自${existing.sourceKind}），同一被反映人只能有一项处理。`,
        { outcome: '该被反映人已有处理' },
      );
    }
  }
}

/**
 * Applies the outcome (after checkOutcome): the event made (its id, to store as event_id) or null.
 * Inside the caller's transaction.
 */
export function applyOutcome(call: Call, r: InterviewRecord, o: OutcomeInput): number | null {
  if (isEventOutcome(o.outcome)) {
    return insertDisciplineEvent(call.ctx.db, {
      sourceKind: r.kind, sourceId: r.id, tipId: r.tipPersonId !== null ? r.tipId : null, tipPersonId: r.tipPersonId,
      personId: r.personId, personName: r.personName, unitId: r.unitId, unitName: r.unitName, category: r.category,
      outcome: o.outcome, grade: '', circumstance: o.circumstance, conductDate: o.conductDate, decidedDate: o.decidedDate, now: nowIso(call),
    });
  }
  if (o.outcome === '转初步核实' && r.tipId !== null) sendTipToVerification(call, r.tipId, r.number);
  return null;
}
