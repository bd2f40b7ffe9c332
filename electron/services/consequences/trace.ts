// 查看预警来源 (consequences.trace): from a record a consequence made back to the published result —
// a rectification item (its notice, followed back through corrections to the one the consequence
// drafted; the problem it was made from is its place among the notice's items, and that problem's
// score line is looked up by key in the unit's result), a talk (安排廉政谈话), or a 公文 (a notice, a
// 建议书, or a correction of one). Null when no consequence made it.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { ConsequenceTrace, TraceInput } from '../../../shared/consequences/index.ts';
import type { ScoreLine } from '../../../shared/integrity/index.ts';
import { consequenceOfDocument, consequenceOfInterview, type StoredConsequence } from '../../../db/repos/consequences/consequences.ts';
import { getDocument } from '../../../db/repos/documents/index.ts';
import { getInterviewRecord } from '../../../db/repos/interviews/index.ts';
import { getItemRecord, itemIdsOfDocument } from '../../../db/repos/rectification/index.ts';
import type { Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { consequenceDetail } from './period.ts';
import { isYearScore, scoreIn } from './results.ts';

/** The consequence as its row, the lines behind it (as consequences.get gives them) and the line asked for. */
function traced(call: Call, c: StoredConsequence, line: ScoreLine | null): ConsequenceTrace {
  const { lines, quarters: _quarters, people: _people, ...consequence } = consequenceDetail(call, c.id);
  return { consequence, line, lines };
}

/** The line of the unit's published quarter with this key, or null (a year's result keeps no lines). */
function lineByKey(call: Call, c: StoredConsequence, key: string): ScoreLine | null {
  const score = scoreIn(call.ctx.db, c.publicationId, c.unitId);
  if (!score || isYearScore(score)) return null;
  return score.lines.find((l) => l.key === key) ?? null;
}

/**
 * A rectification item: the notice it was registered from, the consequence that drafted it, and the
 * line of the problem the item was made from (items are made one per problem, in order, so the
 * item's place among the notice's items is the problem's).
 */
function fromItem(call: Call, itemId: number): ConsequenceTrace | null {
  const db = call.ctx.db;
  const item = getItemRecord(db, itemId);
  if (!item) throw new AppError('NOT_FOUND', '未找到该整改事项。');
  if (item.documentId === null) return null;
  const c = consequenceOfDocument(db, item.documentId);
  if (!c) return null;
  const notice = getDocument(db, item.documentId);
  const place = itemIdsOfDocument(db, item.documentId).indexOf(item.id);
  const key = notice?.kind === 'warning' ? notice.fields.problems[place]?.line?.key : undefined;
  return traced(call, c, key === undefined ? null : lineByKey(call, c, key));
}

function fromInterview(call: Call, interviewId: number): ConsequenceTrace | null {
  if (!getInterviewRecord(call.ctx.db, interviewId)) throw new AppError('NOT_FOUND', '未找到该谈话函询。');
  const c = consequenceOfInterview(call.ctx.db, interviewId);
  return c ? traced(call, c, null) : null;
}

function fromDocument(call: Call, documentId: number): ConsequenceTrace | null {
  if (!getDocument(call.ctx.db, documentId)) throw new AppError('NOT_FOUND', '未找到该公文。');
  // Its own consequence, or — for a correction — the one that made the original it corrects.
  const c = consequenceOfDocument(call.ctx.db, documentId);
  return c ? traced(call, c, null) : null;
}

function trace(call: Call, input: TraceInput): ConsequenceTrace | null {
  if (input.rectItemId !== undefined) return fromItem(call, input.rectItemId);
  if (input.interviewId !== undefined) return fromInterview(call, input.interviewId);
  if (input.documentId !== undefined) return fromDocument(call, input.documentId);
  throw new AppError('VALIDATION', '请指定一条整改事项、谈话或公文');
}

export const traceHandlers: HandlerGroup<'consequences.trace'> = {
  'consequences.trace': (call, input) => trace(call, input),
};
