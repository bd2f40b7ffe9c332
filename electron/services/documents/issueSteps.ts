// Issuing a draft, as steps every issuing operation uses: docs.issue for a 通知, and another domain's
// own operation for a kind whose issue does more (a 预警告知书 yields rectification items). It takes
// the kind's next 文号 for the year of the 成文日期 and renders the file with it before the
// transaction (the engine is asynchronous); issues of one kind are taken one at a time
// (documentTurns), and the transaction checks that the number is still the next one and the draft
// still the version rendered — so numbers are unique and in order, and the bytes stored are the
// bytes of what was issued. The file is then frozen by its hash. `afterIssue` writes what the
// issue brings with it in the same transaction: it commits with the issue or not at all.
import type { DocDetail } from '../../../shared/documents/register.ts';
import type { OpName, OpOutput, OpParsed } from '../../../shared/api.ts';
import type { Call } from '../kernel/context.ts';
import { steps, type Steps } from '../kernel/handler.ts';
import { readCommitted } from '../kernel/gate.ts';
import { requireOfficeProfile } from '../core/index.ts';
import { issuableDraft, numberFor, renderIssue, storeIssue, type IssueKinds, type RenderedIssue } from './issueParts.ts';

/** Operations that issue a draft: they take its id and version and answer the issued document. */
export type IssueOp = {
  [K in OpName]: OpParsed<K> extends { id: number; version: number } ? (DocDetail extends OpOutput<K> ? K : never) : never;
}[OpName];

export interface IssueStepsOptions extends IssueKinds {
  /**
   * Runs inside the transaction once the document is marked issued and audited, with the issued
   * document: what it writes commits with the issue; if it throws, nothing is issued and the 文号
   * is not used.
   */
  afterIssue?: (call: Call, doc: DocDetail) => void;
}

/** What prepare hands to run: the draft rendered with its 文号. */
export interface Rendered extends RenderedIssue {
  /** Ends this issue's turn for the kind. */
  done: () => void;
}

/** The issuing operation's handler: prepare (number and render), run (freeze, audit, afterIssue), release (the turn). */
export function issueSteps<K extends IssueOp>(options: IssueStepsOptions): Steps<K, Rendered, DocDetail> {
  return steps<K, Rendered, DocDetail>({
    prepare: async (call, input) => {
      const first = await readCommitted(call.ctx.gate, () => issuableDraft(call, input, options));
      const done = await call.ctx.documentTurns.acquire(first.kind);
      try {
        // Read again in this turn: the one before may have issued meanwhile.
        const { doc, profile, numbered } = await readCommitted(call.ctx.gate, () => {
          const doc = issuableDraft(call, input, options);
          const profile = requireOfficeProfile(call.ctx.db);
          return { doc, profile, numbered: numberFor(call, doc, profile) };
        });
        return { ...(await renderIssue(doc, numbered, profile)), done };
      } catch (error) {
        done();
        throw error;
      }
    },
    run: (call, input, r) => {
      const out = storeIssue(call, r, input.version);
      options.afterIssue?.(call, out);
      return out;
    },
    release: (r) => r.done(),
  });
}
