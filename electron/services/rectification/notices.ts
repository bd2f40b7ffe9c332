// The 预警告知书 seen from rectification. Issuing one (rect.issueWarning) is the documents domain's
// issue — 文号 from the kind's sequence, the file frozen — with one step more inside the same
// transaction: one item per problem (source 预警告知书, linked to the notice and, where the problem
// came from a tip, to the tip); if anything fails nothing is issued. The notice's page shows its
// items and how far each has come, and the unit's written 整改情况报告 recorded against it.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { DocDetail } from '../../../shared/documents/index.ts';
import { withDueState, type NoticeReport } from '../../../shared/rectification/index.ts';
import { getDocument } from '../../../db/repos/documents/index.ts';
import { activePeopleOfUnits } from '../../../db/repos/registry/index.ts';
import { insertFileRecord } from '../../../db/repos/kernel/files.ts';
import { insertNoticeReport, insertRectFile, itemIdsOfDocument, noticeReports } from '../../../db/repos/rectification/items.ts';
import { rectRowsByIds } from '../../../db/repos/rectification/rows.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName, signedInUser } from '../kernel/caller.ts';
import { discardUpload, moveIntoPlace, prepareUpload, type Upload } from '../kernel/storedFiles.ts';
import { issueSteps } from '../documents/index.ts';
import { soonDays } from './common.ts';
import { createItems } from './items.ts';
import { getTipRecordForLink } from './links.ts';

/** An issued 预警告知书, or a refusal saying what it is instead. */
function mustGetIssuedWarning(call: Call, id: number): DocDetail & { kind: 'warning' } {
  const doc = getDocument(call.ctx.db, id);
  if (!doc) throw new AppError('NOT_FOUND', '未找到该预警告知书。');
  if (doc.kind !== 'warning') throw new AppError('VALIDATION', `${doc.number ?? doc.title} 不是预警告知书。`);
  if (doc.status !== '已印发') throw new AppError('CONFLICT', '该预警告知书尚未印发。');
  return doc;
}

/** The unit's registered 主要负责人 when there is exactly one in office (第一责任人), else null. */
function mainLeader(call: Call, unitId: number): number | null {
  const leaders = activePeopleOfUnits(call.ctx.db, [unitId]).filter((p) => p.unitId === unitId && p.category === '主要负责人');
  return leaders.length === 1 ? (leaders[0]?.id ?? null) : null;
}

/** The notice a correction (更正) corrects, followed back to the first one: the items stay with it. */
function originalNotice(call: Call, doc: DocDetail): DocDetail {
  let current = doc;
  while (current.replacesId !== null) {
    const earlier = getDocument(call.ctx.db, current.replacesId);
    if (!earlier) break;
    current = earlier;
  }
  return current;
}

/**
 * Inside the issue's transaction: one item per problem of the notice just issued. A correction
 * creates none — the items registered from the original carry on (their deadlines move only by an
 * approved 延期) — and must name the same unit.
 */
function itemsFromWarning(call: Call, doc: DocDetail): void {
  if (doc.kind !== 'warning' || doc.number === null) throw new AppError('INTERNAL', '预警告知书印发后没有文号。');
  const f = doc.fields;
  if (doc.replacesId !== null) {
    const original = originalNotice(call, doc);
    if (original.kind === 'warning' && original.fields.unitId !== f.unitId) {
      throw new AppError('VALIDATION', `更正的预警告知书应与原告知书（${original.number ?? ''}）为同一单位；其他单位请另行拟制告知书。`, { unitId: '应与原告知书相同' });
    }
    return;
  }
  const leader = mainLeader(call, f.unitId);
  const ids = createItems(
    call,
    { source: '预警告知书', sourceRef: doc.number, documentId: doc.id, tipId: null, recurrenceOf: null },
    f.problems.map((p) => ({
      unitId: f.unitId, problem: p.text, category: p.category, measures: [], leaderPersonId: leader, ownerPersonId: null, deadline: f.deadline, remarks: '',
      // A problem taken from a concluded tip keeps that link too.
      tipId: p.tipId === undefined ? null : getTipRecordForLink(call, p.tipId).id,
    })),
    (i) => `预警告知书第${i + 1}个问题：`,
  );
  if (ids.length !== f.problems.length) throw new AppError('INTERNAL', '整改事项数与问题数不一致。');
}

function reportsOf(call: Call, documentId: number): NoticeReport[] {
  return noticeReports(call.ctx.db, documentId).map((r) => ({
    id: r.id, date: r.date, text: r.text, byName: r.byName, at: r.at,
    file: r.fileId !== null && r.fileName !== null && r.size !== null && r.sha256 !== null ? { id: r.fileId, fileName: r.fileName, size: r.size, sha256: r.sha256 } : null,
  }));
}

export const noticeHandlers: HandlerGroup<'rect.issueWarning' | 'rect.notice' | 'rect.recordNoticeReport'> = {
  'rect.issueWarning': issueSteps({
    kinds: ['warning'],
    refusal: '这里只印发预警告知书；其他公文请在发文登记中印发。',
    afterIssue: itemsFromWarning,
  }),

  'rect.notice': (call, input) => {
    const doc = mustGetIssuedWarning(call, input.documentId);
    const original = originalNotice(call, doc);
    const day = today(call);
    const items = rectRowsByIds(call.ctx.db, itemIdsOfDocument(call.ctx.db, original.id)).map((r) => withDueState(r, day, soonDays(call)));
    return {
      documentId: doc.id, number: doc.number ?? '', title: doc.title, unitId: doc.fields.unitId, unitName: doc.recipients,
      deadline: doc.fields.deadline, date: doc.fields.date, items, reports: reportsOf(call, original.id),
      original: original.id !== doc.id && original.number !== null ? { id: original.id, number: original.number } : null,
      closed: items.filter((i) => i.status === '已销号').length,
      open: items.filter((i) => i.status !== '已销号').length,
      overdue: items.filter((i) => i.dueState === '逾期').length,
    };
  },

  'rect.recordNoticeReport': steps<'rect.recordNoticeReport', Upload | null, NoticeReport>({
    prepare: async (call, input) => {
      const allowed = () => void mustGetIssuedWarning(call, input.documentId);
      if (input.file === null) {
        allowed();
        return null;
      }
      return prepareUpload(call, input.file, allowed);
    },
    run: (call, input, up) => {
      const doc = mustGetIssuedWarning(call, input.documentId);
      const day = today(call);
      if (input.date > day) throw new AppError('VALIDATION', `报告日期（${input.date}）不能晚于今天（${day}）。`, { date: '不能晚于今天' });
      if (doc.fields.date > input.date) throw new AppError('VALIDATION', `报告日期（${input.date}）不能早于告知书的成文日期（${doc.fields.date}）。`, { date: '不能早于成文日期' });
      const user = signedInUser(call);
      const at = nowIso(call);
      const id = insertNoticeReport(call.ctx.db, { documentId: originalNotice(call, doc).id, date: input.date, text: input.text, userId: user.id, byName: actorName(call), at });
      if (up) {
        insertFileRecord(call.ctx.db, up.sha256, up.size, at);
        insertRectFile(call.ctx.db, { itemId: null, reportId: id, sha256: up.sha256, fileName: up.fileName, size: up.size, note: '', at, userId: actorId(call), byName: actorName(call) });
      }
      audit(call, 'rect-notice-report', id, `${doc.number ?? ''} 整改情况报告`, {
        document: doc.number, date: input.date, ...(up ? { fileName: up.fileName, sha256: up.sha256 } : {}),
      });
      const report = reportsOf(call, originalNotice(call, doc).id).find((r) => r.id === id);
      if (!report) throw new AppError('INTERNAL', '登记后未找到该报告。');
      return report;
    },
    finish: (call, report, up) => {
      if (up) moveIntoPlace(call, up);
      return report;
    },
    refused: (_call, _input, _error, up) => discardUpload(up ?? undefined),
  }),
};
