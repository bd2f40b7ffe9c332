// Issuing a draft, as steps every issuing operation uses: docs.issue for a 通知, and another domain's
// own operation for a kind whose issue does more (a 预警告知书 yields rectification items). It takes
// the kind's next 文号 for the year of the 成文日期 and renders the file with it before the
// transaction (the engine is asynchronous); issues of one kind are taken one at a time
// (documentTurns), and the transaction checks that the number is still the next one and the draft
// still the version rendered — so numbers are unique and in order, and the bytes stored are the
// bytes of what was issued. The file is then frozen by its hash. `afterIssue` writes what the
// issue brings with it in the same transaction: it commits with the issue or not at all.
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/kernel/errors.ts';
import { formatDocNumber, issueDateProblem, numberYear } from '../../../shared/documents/numbers.ts';
import type { DocDetail, DocKind } from '../../../shared/documents/register.ts';
import type { OpName, OpOutput, OpParsed } from '../../../shared/api.ts';
import { getDocument, markIssued, nextSerial } from '../../../db/repos/documents/documents.ts';
import { putDocumentFile } from '../../../db/repos/documents/files.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import { steps, type Steps } from '../kernel/handler.ts';
import { signedInUser } from '../kernel/caller.ts';
import { readCommitted } from '../kernel/gate.ts';
import { requireOfficeProfile } from '../core/index.ts';
import { numberFormat, renderDocument } from './rendering.ts';
import { mustGetDraft } from './drafts.ts';

/** Operations that issue a draft: they take its id and version and answer the issued document. */
export type IssueOp = {
  [K in OpName]: OpParsed<K> extends { id: number; version: number } ? (DocDetail extends OpOutput<K> ? K : never) : never;
}[OpName];

export interface IssueStepsOptions {
  /** The kinds this operation issues. */
  kinds: readonly DocKind[];
  /** Said (CONFLICT) when the draft is of another kind: where that kind is issued (or, per draft, what to say of it). */
  refusal: string | ((doc: DocDetail) => string);
  /**
   * Runs inside the transaction once the document is marked issued and audited, with the issued
   * document: what it writes commits with the issue; if it throws, nothing is issued and the 文号
   * is not used.
   */
  afterIssue?: (call: Call, doc: DocDetail) => void;
}

/** What prepare hands to run: the draft rendered with its 文号. */
export interface Rendered {
  doc: DocDetail;
  year: number;
  serial: number;
  number: string;
  bytes: Uint8Array;
  sha256: string;
  /** Ends this issue's turn for the kind. */
  done: () => void;
}

/** The draft at the version seen, of a kind this operation issues. */
function issuableDraft(call: Call, input: { id: number; version: number }, options: IssueStepsOptions): DocDetail {
  const doc = mustGetDraft(call, input.id, input.version);
  if (!options.kinds.includes(doc.kind)) throw new AppError('CONFLICT', typeof options.refusal === 'string' ? options.refusal : options.refusal(doc));
  return doc;
}

/** The issuing operation's handler: prepare (number and render), run (freeze, audit, afterIssue), release (the turn). */
export function issueSteps<K extends IssueOp>(options: IssueStepsOptions): Steps<K, Rendered, DocDetail> {
  return steps<K, Rendered, DocDetail>({
    prepare: async (call, input) => {
      const first = await readCommitted(call.ctx.gate, () => issuableDraft(call, input, options));
      const done = await call.ctx.documentTurns.acquire(first.kind);
      try {
        // Read again in this turn: the one before may have issued meanwhile.
        const { doc, profile, year, serial, number } = await readCommitted(call.ctx.gate, () => {
          const doc = issuableDraft(call, input, options);
          const profile = requireOfficeProfile(call.ctx.db);
          const problem = issueDateProblem(doc.fields.date, today(call));
          if (problem) throw new AppError('VALIDATION', problem);
          const year = numberYear(doc.fields.date);
          const serial = nextSerial(call.ctx.db, doc.kind, year);
          const number = formatDocNumber(numberFormat(call, doc.kind), { abbreviation: profile.abbreviation, year, serial });
          return { doc, profile, year, serial, number };
        });
        const bytes = await renderDocument(doc, number, profile);
        return { doc, year, serial, number, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), done };
      } catch (error) {
        done();
        throw error;
      }
    },
    run: (call, input, r) => {
      const user = signedInUser(call);
      if (nextSerial(call.ctx.db, r.doc.kind, r.year) !== r.serial) throw new AppError('CONFLICT', `文号${r.number}已被占用，请重新印发。`);
      putDocumentFile(call.ctx.db, r.sha256, r.bytes);
      const issued = markIssued(call.ctx.db, r.doc.id, input.version, {
        year: r.year, serial: r.serial, number: r.number, sha256: r.sha256, at: nowIso(call), userId: user.id,
      });
      if (!issued) throw new AppError('CONFLICT', '该草稿已被他人修改或已印发，请刷新后再试。');
      audit(call, 'document', r.doc.id, r.number, {
        kind: r.doc.kindLabel, number: r.number, title: r.doc.title, recipients: r.doc.recipients, date: r.doc.date, sha256: r.sha256,
        ...(r.doc.replacesNumber ? { replaces: r.doc.replacesNumber } : {}),
      });
      const out = getDocument(call.ctx.db, r.doc.id);
      if (!out) throw new AppError('INTERNAL', '印发后未找到该公文。');
      options.afterIssue?.(call, out);
      return out;
    },
    release: (r) => r.done(),
  });
}
