// The pieces every issue is made of, one draft or a batch (issueSteps.ts, issueBatch.ts): the
// draft checked at the version seen and of a kind the operation issues; its 文号 — the 成文日期
// checked, the kind's next serial for the year (after those this issue already gave); the file
// rendered with it before the transaction; and, in the transaction, the serial checked again, the
// file frozen by its hash, the draft marked issued and audited.
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/kernel/errors.ts';
import { formatDocNumber, issueDateProblem, numberYear } from '../../../shared/documents/numbers.ts';
import type { DocDetail, DocKind } from '../../../shared/documents/register.ts';
import type { OfficeProfile } from '../../../shared/core/index.ts';
import { getDocument, markIssued, nextSerial } from '../../../db/repos/documents/documents.ts';
import { putDocumentFile } from '../../../db/repos/documents/files.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import { signedInUser } from '../kernel/caller.ts';
import { numberFormat, renderDocument } from './rendering.ts';
import { mustGetDraft } from './drafts.ts';

/** Which kinds an operation issues, and what it says (CONFLICT) of a draft of another kind. */
export interface IssueKinds {
  kinds: readonly DocKind[];
  refusal: string | ((doc: DocDetail) => string);
}

/** A draft's 文号 as this issue gives it. */
export interface Numbered {
  year: number;
  serial: number;
  number: string;
}

/** A draft rendered with its 文号: the bytes that will be frozen. */
export interface RenderedIssue extends Numbered {
  doc: DocDetail;
  bytes: Uint8Array;
  sha256: string;
}

/** The draft at the version seen, of a kind this operation issues. */
export function issuableDraft(call: Call, input: { id: number; version: number }, allowed: IssueKinds): DocDetail {
  const doc = mustGetDraft(call, input.id, input.version);
  if (!allowed.kinds.includes(doc.kind)) throw new AppError('CONFLICT', typeof allowed.refusal === 'string' ? allowed.refusal : allowed.refusal(doc));
  return doc;
}

/**
 * The 文号 a draft takes: its 成文日期 checked against today, then the kind's next serial for the
 * 成文日期's year — `before` more when this issue already numbers that many of the year.
 */
export function numberFor(call: Call, doc: DocDetail, profile: OfficeProfile, before = 0): Numbered {
  const problem = issueDateProblem(doc.fields.date, today(call));
  if (problem) throw new AppError('VALIDATION', problem);
  const year = numberYear(doc.fields.date);
  const serial = nextSerial(call.ctx.db, doc.kind, year) + before;
  const number = formatDocNumber(numberFormat(call, doc.kind), { abbreviation: profile.abbreviation, year, serial });
  return { year, serial, number };
}

/** The file of a draft as issued with its 文号, and its hash. */
export async function renderIssue(doc: DocDetail, numbered: Numbered, profile: OfficeProfile): Promise<RenderedIssue> {
  const bytes = await renderDocument(doc, numbered.number, profile);
  return { ...numbered, doc, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Inside the transaction: the 文号 still the next of its kind and year, the file frozen, the draft
 * (still at `version`) marked issued, and the issue audited. Answers the issued document.
 */
export function storeIssue(call: Call, r: RenderedIssue, version: number): DocDetail {
  const user = signedInUser(call);
  if (nextSerial(call.ctx.db, r.doc.kind, r.year) !== r.serial) throw new AppError('CONFLICT', `文号${r.number}已被占用，请重新印发。`);
  putDocumentFile(call.ctx.db, r.sha256, r.bytes);
  const issued = markIssued(call.ctx.db, r.doc.id, version, {
    year: r.year, serial: r.serial, number: r.number, sha256: r.sha256, at: nowIso(call), userId: user.id,
  });
  if (!issued) throw new AppError('CONFLICT', '该草稿已被他人修改或已印发，请刷新后再试。');
  audit(call, 'document', r.doc.id, r.number, {
    kind: r.doc.kindLabel, number: r.number, title: r.doc.title, recipients: r.doc.recipients, date: r.doc.date, sha256: r.sha256,
    ...(r.doc.replacesNumber ? { replaces: r.doc.replacesNumber } : {}),
  });
  const out = getDocument(call.ctx.db, r.doc.id);
  if (!out) throw new AppError('INTERNAL', '印发后未找到该公文。');
  return out;
}
