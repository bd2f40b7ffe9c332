// Issuing several drafts of one kind at once (the index's consequences issue a year's 预警建议书
// this way): the kind's turn is taken once, every draft read at the version seen, each 成文日期
// checked, and the drafts numbered consecutively in the order given (drafts of different years
// each in their year's own sequence); each file is rendered with its 文号 before the transaction.
// The transaction checks every serial again, freezes the files, marks each issued and audits it
// as a single issue does, then runs `afterIssue` — all of it commits, or none of it.
import { AppError } from '../../../shared/kernel/errors.ts';
import { DOC_KINDS, type DocDetail, type DocKind } from '../../../shared/documents/register.ts';
import { numberYear } from '../../../shared/documents/numbers.ts';
import type { OpName, OpOutput, OpParsed } from '../../../shared/api.ts';
import type { OfficeProfile } from '../../../shared/core/index.ts';
import { getDocument } from '../../../db/repos/documents/documents.ts';
import type { Call } from '../kernel/context.ts';
import { steps, type Steps } from '../kernel/handler.ts';
import { readCommitted } from '../kernel/gate.ts';
import { requireOfficeProfile } from '../core/index.ts';
import { issuableDraft, numberFor, renderIssue, storeIssue, type Numbered, type RenderedIssue } from './issueParts.ts';

/** A draft as the person saw it. */
export interface DraftVersion {
  id: number;
  version: number;
}

/** Operations that issue several drafts and answer the issued documents. */
export type IssueBatchOp = {
  [K in OpName]: DocDetail[] extends OpOutput<K> ? K : never;
}[OpName];

export interface IssueBatchOptions<K extends OpName> {
  /** The kinds this operation issues (a batch is all of one kind). */
  kinds: readonly DocKind[];
  /** Said (CONFLICT) when a draft is of another kind: where that kind is issued. */
  refusal: string;
  /** The drafts the input names, in the order they are to be numbered. */
  drafts: (input: OpParsed<K>) => ReadonlyArray<DraftVersion>;
  /**
   * Runs inside the transaction once every document is marked issued and audited, with the issued
   * documents in order: what it writes commits with the issue; if it throws, nothing is issued.
   */
  afterIssue?: (call: Call, docs: DocDetail[]) => void;
}

/** What prepare hands to run: each draft rendered with its 文号, in order. */
export interface RenderedBatch {
  items: Array<RenderedIssue & { version: number }>;
  /** Ends this batch's turn for the kind. */
  done: () => void;
}

/** A refusal about one draft of the batch, saying which. */
function aboutDraft(doc: { title: string }, error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  return new AppError(error.code, `《${doc.title}》：${error.message}`, error.fields);
}

/** Every draft named, at its version, of a kind issued here, all of the same kind; none named twice. */
function readDrafts<K extends OpName>(call: Call, input: OpParsed<K>, options: IssueBatchOptions<K>): DocDetail[] {
  const named = options.drafts(input);
  if (named.length === 0) throw new AppError('VALIDATION', '请选择要印发的公文');
  const seen = new Set<number>();
  const docs = named.map((d) => {
    if (seen.has(d.id)) throw new AppError('VALIDATION', '同一份公文在本批中出现了两次，请刷新后重新选择。');
    seen.add(d.id);
    return readOne(call, d, options);
  });
  const kind = docs[0]?.kind;
  const other = docs.find((doc) => doc.kind !== kind);
  if (kind !== undefined && other) {
    throw new AppError('VALIDATION', `同一批只能印发同一文种的公文：《${other.title}》是${DOC_KINDS[other.kind]}，不是${DOC_KINDS[kind]}。`);
  }
  return docs;
}

function readOne<K extends OpName>(call: Call, d: DraftVersion, options: IssueBatchOptions<K>): DocDetail {
  try {
    return issuableDraft(call, d, options);
  } catch (error) {
    // Say which draft when it can be read at all (stale, issued meanwhile, of another kind).
    const doc = getDocument(call.ctx.db, d.id);
    throw doc ? aboutDraft(doc, error) : error;
  }
}

/** The 文号 of each draft in order: consecutive within each year, after the year's last one issued. */
function numberAll(call: Call, docs: readonly DocDetail[], profile: OfficeProfile): Numbered[] {
  const taken = new Map<number, number>();
  return docs.map((doc) => {
    try {
      const year = numberYear(doc.fields.date);
      const before = taken.get(year) ?? 0;
      const numbered = numberFor(call, doc, profile, before);
      taken.set(numbered.year, before + 1);
      return numbered;
    } catch (error) {
      throw aboutDraft(doc, error);
    }
  });
}

/** The batch-issuing operation's handler: prepare (number and render each), run (freeze, audit each, afterIssue), release (the turn). */
export function issueBatchSteps<K extends IssueBatchOp>(options: IssueBatchOptions<K>): Steps<K, RenderedBatch, DocDetail[]> {
  return steps<K, RenderedBatch, DocDetail[]>({
    prepare: async (call, input) => {
      const first = await readCommitted(call.ctx.gate, () => readDrafts(call, input, options));
      const kind = first[0]?.kind;
      if (kind === undefined) throw new AppError('VALIDATION', '请选择要印发的公文');
      const done = await call.ctx.documentTurns.acquire(kind);
      try {
        // Read again in this turn: an issue before may have issued or numbered meanwhile.
        const { docs, profile, numbers } = await readCommitted(call.ctx.gate, () => {
          const docs = readDrafts(call, input, options);
          const profile = requireOfficeProfile(call.ctx.db);
          return { docs, profile, numbers: numberAll(call, docs, profile) };
        });
        const items: RenderedBatch['items'] = [];
        for (const [i, doc] of docs.entries()) {
          const numbered = numbers[i];
          if (!numbered) throw new AppError('INTERNAL', '文号编排有误。');
          items.push({ ...(await renderIssue(doc, numbered, profile)), version: doc.version });
        }
        return { items, done };
      } catch (error) {
        done();
        throw error;
      }
    },
    run: (call, _input, batch) => {
      const out = batch.items.map((r) => {
        try {
          return storeIssue(call, r, r.version);
        } catch (error) {
          throw aboutDraft(r.doc, error);
        }
      });
      options.afterIssue?.(call, out);
      return out;
    },
    release: (batch) => batch.done(),
  });
}
