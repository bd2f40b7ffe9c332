// The year's 预警建议书 (publishing the year drafts one for every unit: consequences.ts): the batch's
// drafts at their versions (consequences.adviceBatch). 批量印发
// (consequences.issueAdvice): the drafts chosen are issued at once through documents' batch issue —
// consecutive 文号 in the order given, all or none — each checked first to be a 建议书 a consequence of
// that year's 廉情指数 made (its own draft, the consequence still open); one entry sums the batch up
// beside each document's own. 合并打印 (consequences.printAdvice): the year's drafts (文号 left open,
// as a preview prints them) or its issued ones (with their 文号), in the units' order, as one .docx.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import type { OfficeProfile } from '../../../shared/core/index.ts';
import type { DocDetail } from '../../../shared/documents/index.ts';
import type { IssueAdviceInput } from '../../../shared/consequences/index.ts';
import { periodLabel } from '../../../shared/integrity/index.ts';
import { consequenceOfDocument } from '../../../db/repos/consequences/consequences.ts';
import { adviceBatchOfYear, consequenceRowsByIds, periodConsequencePage } from '../../../db/repos/consequences/rows.ts';
import { getDocument } from '../../../db/repos/documents/index.ts';
import { audit, today, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { readCommitted } from '../kernel/gate.ts';
import { requireOfficeProfile } from '../core/index.ts';
import { docFileName, issueBatchSteps, openNumber, renderCombined, type RenderedBatch } from '../documents/index.ts';

/** Said when a draft of another kind is named. */
const ADVICE_ONLY = '这里只印发预警建议书；其他公文请在发文登记中印发。';

/**
 * Each draft named is the 预警建议书 a consequence of that year's 廉情指数 made (its own draft, not a
 * correction) and the consequence is open; refused naming the first that is not. The batch's own
 * checks (a draft, at the version seen, of one kind) follow in issueBatchSteps.
 */
function checkAdviceDrafts(call: Call, input: IssueAdviceInput): void {
  const db = call.ctx.db;
  for (const d of input.drafts) {
    const doc = getDocument(db, d.id);
    if (!doc) throw new AppError('NOT_FOUND', '未找到所选的预警建议书（可能已被删除），请刷新后重试。');
    const name = `${doc.recipients}《${doc.title}》`;
    const c = consequenceOfDocument(db, doc.id);
    if (doc.kind !== 'advice' || !c || c.kind !== '预警建议书' || c.quarter !== 0 || c.year !== input.year || c.documentId !== doc.id) {
      throw new AppError('VALIDATION', `${name}不是${input.year}年度廉情指数生成的预警建议书，不能在此批量印发；其他公文请在发文登记中印发。`);
    }
    if (c.closedAt !== null) throw new AppError('CONFLICT', `${name}所属的预警事项已关闭（${c.closedReason ?? ''}），不能印发。`);
  }
}

/** 临纪预建〔2027〕1号–临纪预建〔2027〕6号 (or the one number). */
function numberRange(docs: readonly DocDetail[]): string {
  const first = docs[0]?.number ?? '';
  const last = docs.at(-1)?.number ?? '';
  return first === last ? first : `${first}–${last}`;
}

/** Documents' batch issue of 预警建议书 drafts, in the order given. */
const batch = issueBatchSteps<'consequences.issueAdvice'>({ kinds: ['advice'], refusal: ADVICE_ONLY, drafts: (input) => input.drafts });

/** 批量印发: the drafts checked as this year's consequences' (before rendering, and again inside the transaction), issued, summed up. */
const issueAdvice = steps<'consequences.issueAdvice', RenderedBatch, DocDetail[]>({
  prepare: async (call, input) => {
    await readCommitted(call.ctx.gate, () => checkAdviceDrafts(call, input));
    if (!batch.prepare) throw new AppError('INTERNAL', '批量印发缺少准备步骤。');
    return batch.prepare(call, input);
  },
  run: (call, input, prepared) => {
    checkAdviceDrafts(call, input);
    const docs = batch.run(call, input, prepared);
    const label = periodLabel(input.year, 0);
    audit(call, 'index-consequence', null, `${label}预警建议书`, { period: label, count: docs.length, numbers: numberRange(docs) });
    return docs;
  },
  release: (prepared) => batch.release?.(prepared),
});

/** What 合并打印 renders after its read: the documents in order, each with its 文号 (or the open one of a draft). */
interface Combined {
  items: Array<{ doc: DocDetail; number: string }>;
  profile: OfficeProfile;
  fileName: string;
}

/** How many consequences are read per page while gathering a year's 建议书. */
const PAGE = 500;

/**
 * The year's 建议书 in the units' order (the registry's, pinyin of the name): the drafts of the
 * consequences still open, or every issued one — of the year's publication in force and those it
 * superseded.
 */
function yearAdvice(call: Call, year: number, which: '草稿' | '已印发'): DocDetail[] {
  const db = call.ctx.db;
  const day = today(call);
  const out: DocDetail[] = [];
  for (let page = 0; ; page += 1) {
    const { ids } = periodConsequencePage(db, { year, quarter: 0, kind: '预警建议书', filter: '全部', page, pageSize: PAGE, sortDir: 'asc' }, day);
    for (const row of consequenceRowsByIds(db, ids, day)) {
      if (row.document === null || row.document.status !== which) continue;
      if (which === '草稿' && row.closed !== null) continue;
      const doc = getDocument(db, row.document.id);
      if (doc) out.push(doc);
    }
    if (ids.length < PAGE) return out;
  }
}

const printAdvice = steps<'consequences.printAdvice', undefined, Combined>({
  run: (call, input) => {
    const docs = yearAdvice(call, input.year, input.which);
    if (docs.length === 0) throw new AppError('VALIDATION', '没有可打印的预警建议书');
    const profile = requireOfficeProfile(call.ctx.db);
    const title = `${periodLabel(input.year, 0)}预警建议书（合并打印）`;
    return {
      items: docs.map((doc) => ({ doc, number: doc.number ?? openNumber(call, doc, profile) })),
      profile,
      fileName: docFileName(input.which === '草稿' ? '草稿' : null, title),
    };
  },
  finish: async (_call, data): Promise<FileResult> => {
    const bytes = await renderCombined(data.items, data.profile);
    return { fileName: data.fileName, dataBase64: Buffer.from(bytes).toString('base64') };
  },
});

export const adviceHandlers: HandlerGroup<'consequences.adviceBatch' | 'consequences.issueAdvice' | 'consequences.printAdvice'> = {
  'consequences.adviceBatch': (call, input) => ({ year: input.year, ...adviceBatchOfYear(call.ctx.db, input.year) }),
  'consequences.issueAdvice': issueAdvice,
  'consequences.printAdvice': printAdvice,
};
