// 安排廉政谈话 (consequences.planTalk): a grade-C unit's 廉政谈话 is registered as a talk of the
// interviews domain (谈话函询: 谈话, 廉政谈话) with the year's result as its cause, and linked to the
// consequence. The person is one in office from the registry: the page offers the unit's 主要负责人;
// when the unit has none registered, or several, the clerk chooses — the service records whom it
// is given. A planned date after the talk's due date is accepted; the row then shows it overdue.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { ConsequenceDetail, PlanTalkInput } from '../../../shared/consequences/index.ts';
import { formatHundredths, periodLabel } from '../../../shared/integrity/index.ts';
import { getInterviewRecord } from '../../../db/repos/interviews/index.ts';
import { setConsequenceInterview, type StoredConsequence } from '../../../db/repos/consequences/consequences.ts';
import { audit, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { createInterview } from '../interviews/index.ts';
import { consequenceDetail, consequenceSubject } from './period.ts';
import { isYearScore, scoreIn } from './results.ts';
import { mustGetConsequence } from './notices.ts';

/** Where the talk a consequence already planned is, as a refusal (nothing is changed). */
function plannedAlready(call: Call, interviewId: number): AppError {
  const talk = getInterviewRecord(call.ctx.db, interviewId);
  return new AppError('CONFLICT', `已安排廉政谈话（${talk?.number ?? ''}），请在谈话函询中修改。`);
}

/** A consequence that may plan its talk now: a 廉政谈话, not closed, without a talk. */
function plannable(call: Call, id: number): StoredConsequence {
  const c = mustGetConsequence(call, id);
  if (c.kind !== '廉政谈话') throw new AppError('VALIDATION', `该预警事项是${c.kind}，不能安排廉政谈话。`);
  if (c.closedAt !== null) throw new AppError('CONFLICT', `该预警事项已关闭（${c.closedReason ?? ''}），不能再安排廉政谈话。`);
  if (c.interviewId !== null) throw plannedAlready(call, c.interviewId);
  return c;
}

function planTalk(call: Call, input: PlanTalkInput): ConsequenceDetail {
  const db = call.ctx.db;
  const c = plannable(call, input.id);
  const result = scoreIn(db, c.publicationId, c.unitId);
  if (!result || !isYearScore(result)) throw new AppError('INTERNAL', '未找到该单位的年度发布结果。');
  const talk = createInterview(call, {
    kind: '谈话', talkType: '廉政谈话', personId: input.personId, post: input.post,
    cause: { kind: '廉情指数', tipId: null, rectItemId: null, documentId: null, text: `${c.year}年度廉情指数${result.grade}级（${formatHundredths(result.score)}分）` },
    plannedDate: input.plannedDate, plannedTime: input.plannedTime, place: input.place,
    holder: input.holder, interviewerIds: input.interviewerIds, holderNames: input.holderNames, recorderUserId: input.recorderUserId,
  });
  if (!setConsequenceInterview(db, c.id, talk.id)) throw new AppError('CONFLICT', '已安排廉政谈话，请在谈话函询中修改。');
  const label = periodLabel(c.year, c.quarter);
  audit(call, 'index-consequence', c.id, consequenceSubject({ unitName: c.unitName, periodLabel: label, kind: c.kind }), {
    period: label, unit: c.unitName, kind: c.kind, interview: talk.number, person: talk.personName,
    plannedDate: input.plannedDate, dueDate: c.dueDate,
  });
  return consequenceDetail(call, c.id);
}

export const talkHandlers: HandlerGroup<'consequences.planTalk'> = {
  'consequences.planTalk': (call, input) => planTalk(call, input),
};
