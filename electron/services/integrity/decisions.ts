// Decisions made elsewhere (案件审理, 上级纪委, 司法机关) entered with their document: each is one
// discipline event (source 外部决定) about a registry person — their unit and 身份类别 copied as they
// are on the day of entry — that the index counts and 人员管理 → 处理记录 lists, and its scans
// (PDF/JPG/PNG, stored as every attachment is). Never edited or deleted here: a wrong decision is
// corrected by the office's own procedure.
import { extname } from 'node:path';
import { AppError } from '../../../shared/kernel/errors.ts';
import { isIsoDate } from '../../../shared/kernel/dates.ts';
import { OUTCOME_GRADES } from '../../../shared/tips/index.ts';
import type { DecisionRow } from '../../../shared/integrity/index.ts';
import { getPerson } from '../../../db/repos/registry/index.ts';
import { insertFileRecord } from '../../../db/repos/kernel/files.ts';
import { getDecision, getDecisionFile, insertDecision, insertDecisionFile, listDecisions } from '../../../db/repos/integrity/decisions.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import { discardUpload, moveIntoPlace, prepareUpload, readStored, type Upload } from '../kernel/storedFiles.ts';
import { notAfterToday } from './records.ts';

/** A decision's document is a scan: these types only. */
const SCAN_MIME: Record<string, string> = { '.pdf': 'application/pdf', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png' };

const GRADES = OUTCOME_GRADES as Partial<Record<string, readonly string[]>>;

/** 党纪处分 and 政务处分 carry a grade of their list; every other outcome none. */
function checkGrade(outcome: string, grade: string): void {
  const grades = GRADES[outcome];
  if (grades && !grades.includes(grade)) {
    throw new AppError('VALIDATION', `请选择${outcome}的档次（${grades.join('、')}）。`, { grade: `请选择${outcome}的档次` });
  }
  if (!grades && grade !== '') throw new AppError('VALIDATION', `${outcome}没有处分档次，请不要填写。`, { grade: `${outcome}没有档次` });
}

/** '' (unknown), YYYY-MM or YYYY-MM-DD, not after the decision (a month counts as its first day). */
function checkConductDate(conductDate: string, decidedDate: string): void {
  if (conductDate === '') return;
  const asDay = /^\d{4}-\d{2}$/.test(conductDate) ? `${conductDate}-01` : conductDate;
  if (!isIsoDate(asDay)) {
    throw new AppError('VALIDATION', '行为发生时间应为年月（如 2025-06）或日期（如 2025-06-15），不清楚可不填。', { conductDate: '格式如 2025-06 或 2025-06-15' });
  }
  if (asDay > decidedDate) {
    throw new AppError('VALIDATION', `行为发生时间（${conductDate}）不能晚于决定日期（${decidedDate}）。`, { conductDate: '不能晚于决定日期' });
  }
}

function mustGet(call: Call, id: number): DecisionRow {
  const d = getDecision(call.ctx.db, id);
  if (!d) throw new AppError('NOT_FOUND', '未找到该处分决定。');
  return d;
}

export const decisionHandlers: HandlerGroup<'integrity.decisions' | 'integrity.addDecision' | 'integrity.decisionFile'> = {
  'integrity.decisions': (call, input) => listDecisions(call.ctx.db, input),

  'integrity.addDecision': steps<'integrity.addDecision', Upload | null, DecisionRow & { up: Upload | null }>({
    // The scan is checked and written aside before the transaction (refused first when not a scan).
    prepare: async (call, input) => {
      if (!input.file) return null;
      const ext = extname(input.file.fileName).toLowerCase();
      if (!SCAN_MIME[ext]) throw new AppError('VALIDATION', '决定书只能上传扫描件：PDF、JPG 或 PNG 文件。', { file: '只能是 PDF、JPG 或 PNG' });
      return prepareUpload(call, input.file, () => undefined);
    },
    run: (call, input, up) => {
      notAfterToday(call, input.decidedDate, '决定日期', 'decidedDate');
      checkGrade(input.outcome, input.grade);
      checkConductDate(input.conductDate, input.decidedDate);
      const person = getPerson(call.ctx.db, input.personId);
      if (!person) throw new AppError('VALIDATION', '所选被处理人不在人员名册中，请重新选择。', { personId: '人员不存在' });
      const at = nowIso(call);
      const { id, eventId } = insertDecision(call.ctx.db, {
        body: input.body, documentNumber: input.documentNumber, summary: input.summary, userId: actorId(call), byName: actorName(call),
        event: {
          personId: person.id, personName: person.name, unitId: person.unitId, unitName: person.unitName, category: person.category,
          outcome: input.outcome, grade: input.grade, circumstance: input.circumstance, conductDate: input.conductDate === '' ? null : input.conductDate,
          decidedDate: input.decidedDate, now: at,
        },
      });
      let file: { fileName: string; sha256: string } | null = null;
      if (up) {
        insertFileRecord(call.ctx.db, up.sha256, up.size, at);
        const ext = extname(up.fileName).toLowerCase();
        insertDecisionFile(call.ctx.db, {
          decisionId: id, sha256: up.sha256, fileName: up.fileName, mime: SCAN_MIME[ext] ?? 'application/octet-stream', size: up.size, at,
          userId: actorId(call), byName: actorName(call),
        });
        file = { fileName: up.fileName, sha256: up.sha256 };
      }
      audit(call, 'index-decision', id, `${input.documentNumber} ${person.name}`, {
        body: input.body, documentNumber: input.documentNumber, date: input.decidedDate, person: person.name, unit: person.unitName,
        outcome: input.outcome, grade: input.grade, circumstance: input.circumstance, conductDate: input.conductDate, summary: input.summary,
        event: eventId, ...(file ?? {}),
      });
      return { ...mustGet(call, id), up };
    },
    finish: (call, { up, ...row }) => {
      if (up) moveIntoPlace(call, up);
      return row;
    },
    refused: (_call, _input, _error, up) => discardUpload(up ?? undefined),
  }),

  'integrity.decisionFile': (call, input) => {
    const f = getDecisionFile(call.ctx.db, input.fileId);
    if (!f) throw new AppError('NOT_FOUND', '未找到该决定书。');
    const d = mustGet(call, f.decisionId);
    const data = readStored(call, f.sha256);
    audit(call, 'index-decision', d.id, `${d.documentNumber} ${d.personName}`, { documentNumber: d.documentNumber, person: d.personName, fileName: f.fileName, sha256: f.sha256 });
    return { fileName: f.fileName, dataBase64: data.toString('base64') };
  },
};
