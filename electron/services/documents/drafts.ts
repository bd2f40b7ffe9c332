// The dispatch register (发文登记) and drafts: a draft is written, edited and previewed by the office's
// staff; only issuing (issue.ts) gives it a 文号 and freezes it. A correction (更正) is a new draft
// naming the issued document it replaces; the old one stays as it was. A 预警告知书's draft is made
// from its unit (its source follows the unit chosen); a talk's or letter's notice from its record
// (interviews.draftNotice; here only its corrections); a 预警建议书 by the index's consequences
// (here only its corrections); a draft keeps the kind it was made as. A draft a consequence made
// keeps that source and its unit, and is never deleted (it is closed there, with a reason).
import { AppError } from '../../../shared/kernel/errors.ts';
import { DOC_KINDS, docContentOf, type DocContent, type DocCreateInput, type DocDetail, type DocSource } from '../../../shared/documents/register.ts';
import { isInterviewDocKind } from '../../../shared/documents/interviewNotice.ts';
import { CONSEQUENCE_DRAFT_KEPT, madeByConsequence } from '../../../shared/documents/advice.ts';
import {
  correctionOf, deleteDraft, documentIdByNumber, getDocument, insertDraft, listDocuments, updateDraft,
} from '../../../db/repos/documents/documents.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName, signedInUser } from '../kernel/caller.ts';
import { releaseNoticeDraft } from '../../../db/repos/interviews/index.ts';
import { getUnit } from '../../../db/repos/registry/index.ts';
import { sourceOf } from './warningSource.ts';

/** Said when a new 预警建议书 is asked of the register. */
export const ADVICE_DRAFT_REFUSAL = '预警建议书由年度廉情指数发布后生成，请在“预警闭环”页面办理。';
/** Said when the unit of a draft a consequence made is to be changed. */
export const CONSEQUENCE_UNIT_KEPT = '该草稿由廉情指数结果生成，预警对象单位不能更改。';

export function mustGetDocument(call: Call, id: number): DocDetail {
  const doc = getDocument(call.ctx.db, id);
  if (!doc) throw new AppError('NOT_FOUND', '未找到该公文，可能已被删除。');
  return doc;
}

/** A draft at the version the person saw; refused with what to do otherwise. */
export function mustGetDraft(call: Call, id: number, version: number): DocDetail {
  const doc = mustGetDocument(call, id);
  if (doc.status !== '草稿') throw new AppError('CONFLICT', `该公文已印发（${doc.number}），不能再修改；如需更正，请拟制更正文件。`);
  if (doc.version !== version) throw new AppError('CONFLICT', '该草稿已被他人修改，请刷新后再试。');
  return doc;
}

function subject(doc: { number: string | null; title: string }): string {
  return doc.number ?? `草稿：${doc.title}`;
}

/** The unit a 预警告知书 or 预警建议书 is about, by name: its source's label when the source is the unit, else the registry's. */
function unitName(call: Call, unitId: number, source: DocSource | null): string {
  if (source?.type === 'unit') return source.label;
  return getUnit(call.ctx.db, unitId)?.name ?? source?.label ?? '';
}

/** The audit entry's summary: what the register shows of the draft, and a 预警告知书's unit, problems and deadline (a 预警建议书's unit). */
function summaryOf(call: Call, content: DocContent, source: DocSource | null): Record<string, unknown> {
  const { fields } = content;
  const common = { title: fields.title, recipients: fields.recipients, date: fields.date };
  switch (content.kind) {
    case 'notice':
      return common;
    case 'warning':
      return { ...common, unit: unitName(call, content.fields.unitId, source), problems: content.fields.problems.length, deadline: content.fields.deadline };
    case 'inquiry':
    case 'entrust':
    case 'talkNotice':
      return { ...common, interview: source?.label ?? '' };
    case 'advice':
      return { ...common, unit: unitName(call, content.fields.unitId, source) };
  }
}

/**
 * A new draft of the content given (a correction when it names the issued document it replaces),
 * audited; what docs.createDraft does, and what another domain calls when it makes a draft from
 * its record (a talk's or letter's notice). `source`, when given, is what the draft was made from
 * instead of what its content says (the index's consequences: `{ type: CONSEQUENCE_SOURCE, id:
 * the consequence, label }`); the unit the content names is still checked.
 */
export function createDraft(call: Call, input: DocCreateInput, source?: DocSource): DocDetail {
  const user = signedInUser(call);
  let replaces: DocDetail | null = null;
  if (input.replacesId !== undefined) {
    replaces = mustGetDocument(call, input.replacesId);
    if (replaces.status !== '已印发') throw new AppError('CONFLICT', '只能更正已印发的公文；草稿请直接修改。');
    if (replaces.kind !== input.kind) throw new AppError('VALIDATION', `更正文件的文种应与原文件相同（${DOC_KINDS[replaces.kind]}）。`);
    const earlier = correctionOf(call.ctx.db, replaces.id);
    if (earlier) {
      throw new AppError('CONFLICT', earlier.number
        ? `${replaces.number} 已由 ${earlier.number} 更正；如需再更正，请更正 ${earlier.number}。`
        : `${replaces.number} 已有一份更正草稿（${earlier.title}），请修改或删除那份草稿。`);
    }
  }
  const at = nowIso(call);
  const own = sourceOf(call, input);
  const madeFrom = source ?? own;
  const id = insertDraft(call.ctx.db, {
    ...docContentOf(input), title: input.fields.title, recipients: input.fields.recipients, date: input.fields.date,
    source: madeFrom, replacesId: replaces?.id ?? null, at, userId: user.id,
  });
  audit(call, 'document', id, `草稿：${input.fields.title}`, {
    kind: DOC_KINDS[input.kind], ...summaryOf(call, input, madeFrom), ...(source ? { source: source.label } : {}), ...(replaces ? { replaces: replaces.number } : {}),
  });
  return mustGetDocument(call, id);
}

type DraftOps = 'docs.list' | 'docs.get' | 'docs.byNumber' | 'docs.createDraft' | 'docs.updateDraft' | 'docs.discardDraft';

export const draftHandlers: HandlerGroup<DraftOps> = {
  'docs.list': (call, input) => listDocuments(call.ctx.db, input),
  'docs.get': (call, input) => mustGetDocument(call, input.id),
  'docs.byNumber': (call, input) => {
    const id = documentIdByNumber(call.ctx.db, input.number);
    if (id === null) throw new AppError('NOT_FOUND', `发文登记中没有文号为“${input.number}”的公文。`);
    return mustGetDocument(call, id);
  },

  'docs.createDraft': (call, input) => {
    // A talk's or letter's notice is made from its record (it starts from what the record says and
    // is linked to it there); the register makes only its corrections.
    if (isInterviewDocKind(input.kind) && input.replacesId === undefined) {
      throw new AppError('VALIDATION', `${DOC_KINDS[input.kind]}请在谈话函询页面拟制（由该谈话函询生成草稿），再到发文登记中修改和印发。`);
    }
    // A 预警建议书 is made from a unit's published 廉情指数 (its grade and score); the register makes only its corrections.
    if (input.kind === 'advice' && input.replacesId === undefined) {
      throw new AppError('VALIDATION', ADVICE_DRAFT_REFUSAL);
    }
    return createDraft(call, input);
  },

  'docs.updateDraft': (call, input) => {
    const doc = mustGetDraft(call, input.id, input.version);
    if (doc.kind !== input.kind) {
      throw new AppError('VALIDATION', `该草稿是${DOC_KINDS[doc.kind]}，不能改为${DOC_KINDS[input.kind]}；如需拟制${DOC_KINDS[input.kind]}，请另行新建。`);
    }
    const made = madeByConsequence(doc);
    // A draft a consequence made is about the unit whose result it answers: that unit stays.
    if (made && 'unitId' in doc.fields && 'unitId' in input.fields && doc.fields.unitId !== input.fields.unitId) {
      throw new AppError('VALIDATION', CONSEQUENCE_UNIT_KEPT, { 'fields.unitId': CONSEQUENCE_UNIT_KEPT });
    }
    // A 通知's source (none, or what another domain made it from) stays; a 预警告知书's or 预警建议书's
    // follows its unit — unless a consequence made it: that source (and unit) stays as it was.
    const source = made ? null : sourceOf(call, input);
    const change = { ...docContentOf(input), title: input.fields.title, recipients: input.fields.recipients, date: input.fields.date, at: nowIso(call), ...(source ? { source } : {}) };
    if (!updateDraft(call.ctx.db, doc.id, input.version, change)) {
      throw new AppError('CONFLICT', '该草稿已被他人修改，请刷新后再试。');
    }
    audit(call, 'document', doc.id, `草稿：${input.fields.title}`, summaryOf(call, input, made ? doc.source : source));
    return mustGetDocument(call, doc.id);
  },

  'docs.discardDraft': (call, input) => {
    const doc = mustGetDraft(call, input.id, input.version);
    // What a consequence of the index made is never deleted: it is closed there, with a reason.
    if (madeByConsequence(doc)) throw new AppError('CONFLICT', CONSEQUENCE_DRAFT_KEPT);
    // A talk's or letter's notice drafted from its record: the record lets go of it first.
    if (isInterviewDocKind(doc.kind)) releaseNoticeDraft(call.ctx.db, doc.id, { userId: actorId(call), name: actorName(call), at: nowIso(call) }, doc.kindLabel);
    if (!deleteDraft(call.ctx.db, doc.id, input.version)) throw new AppError('CONFLICT', '该草稿已被他人修改，请刷新后再试。');
    audit(call, 'document', doc.id, subject(doc), { kind: doc.kindLabel, title: doc.title });
    return null;
  },
};
