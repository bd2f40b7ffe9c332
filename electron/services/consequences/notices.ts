// 拟制预警告知书 (consequences.draftNotice): a consequence that calls for a 预警告知书 gets its draft,
// made from the unit's published quarter (shared/consequences/noticeDraft.ts: a problem per line that
// points at something to fix, each naming its records), through the documents domain with the
// consequence as its source, and linked to it. The clerk edits it in 发文登记; issuing it stays
// rectification's rect.issueWarning (one item per problem, linked to the notice).
import { AppError } from '../../../shared/kernel/errors.ts';
import { CONSEQUENCE_SOURCE, type DocDetail } from '../../../shared/documents/index.ts';
import { periodLabel } from '../../../shared/integrity/index.ts';
import { noticeDraft } from '../../../shared/consequences/noticeDraft.ts';
import { getConsequence, setConsequenceDocument, type StoredConsequence } from '../../../db/repos/consequences/consequences.ts';
import { getDocument } from '../../../db/repos/documents/index.ts';
import { getUnit } from '../../../db/repos/registry/index.ts';
import { audit, today, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { getSettings } from '../settings/index.ts';
import { createDraft } from '../documents/index.ts';
import { consequenceSubject } from './period.ts';
import { isYearScore, scoreIn } from './results.ts';

/** A consequence as stored, or NOT_FOUND. */
export function mustGetConsequence(call: Call, id: number): StoredConsequence {
  const c = getConsequence(call.ctx.db, id);
  if (!c) throw new AppError('NOT_FOUND', '未找到该预警事项。');
  return c;
}

/** Where the notice a consequence already made is, as a refusal (nothing is changed). */
function madeAlready(call: Call, documentId: number): AppError {
  const doc = getDocument(call.ctx.db, documentId);
  if (doc?.status === '已印发') return new AppError('CONFLICT', `已印发预警告知书（${doc.number ?? ''}），请在整改台账中跟踪整改。`);
  return new AppError('CONFLICT', '已拟制预警告知书草稿，请在发文登记中修改');
}

/** A consequence that may draft its notice now: a 预警告知书, not closed, without a document. */
function draftable(call: Call, id: number): StoredConsequence {
  const c = mustGetConsequence(call, id);
  if (c.kind !== '预警告知书') throw new AppError('VALIDATION', `该预警事项是${c.kind}，不能拟制预警告知书。`);
  if (c.closedAt !== null) throw new AppError('CONFLICT', `该预警事项已关闭（${c.closedReason ?? ''}），不能再拟制预警告知书。`);
  if (c.documentId !== null) throw madeAlready(call, c.documentId);
  return c;
}

function draftNotice(call: Call, id: number): DocDetail {
  const db = call.ctx.db;
  const c = draftable(call, id);
  const result = scoreIn(db, c.publicationId, c.unitId);
  if (!result || isYearScore(result)) throw new AppError('INTERNAL', '未找到该单位的季度发布结果。');
  const settings = getSettings(db);
  // The notice goes to the unit as the registry names it now (its result keeps the name it was scored under).
  const unitName = getUnit(db, c.unitId)?.name ?? c.unitName;
  const label = periodLabel(c.year, c.quarter);
  const fields = noticeDraft({
    unitId: c.unitId, unitName, result, basis: c.basis, categories: settings.rectCategories,
    date: today(call), deadlineDays: settings.warningDeadlineDays,
  });
  const doc = createDraft(call, { kind: 'warning', fields }, { type: CONSEQUENCE_SOURCE, id: c.id, label: `${label}廉情指数 ${unitName}` });
  if (!setConsequenceDocument(db, c.id, doc.id)) throw new AppError('CONFLICT', '已拟制预警告知书草稿，请在发文登记中修改');
  audit(call, 'index-consequence', c.id, consequenceSubject({ unitName: c.unitName, periodLabel: label, kind: c.kind }), {
    period: label, unit: c.unitName, kind: c.kind, basis: c.basis, document: doc.title, problems: fields.problems.length,
  });
  return doc;
}

export const noticeHandlers: HandlerGroup<'consequences.draftNotice'> = {
  'consequences.draftNotice': (call, input) => draftNotice(call, input.id),
};
