// 下载导入模板, 预览导入数据 and 导入: the sheet of a kind and period to fill offline, and reading it
// back — every row checked (imports/plan.ts), the preview showing each row's change and the
// errors, and the import writing all rows in the one transaction or none (one error refuses the
// file), recorded as one index_imports row whose id the written rows carry.
import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/kernel/errors.ts';
import { fromHundredths, periodLabel, periodRange, type IndexImportPreview, type IndexImportResult } from '../../../../shared/integrity/index.ts';
import { checksOf, scoredUnits } from '../../../../db/repos/integrity/checks.ts';
import { costsOf, surveysOf, upsertCost, upsertSurvey, type WrittenBy } from '../../../../db/repos/integrity/measures.ts';
import { upsertCheck } from '../../../../db/repos/integrity/checks.ts';
import { insertImport } from '../../../../db/repos/integrity/imports.ts';
import { audit, nowIso, type Call } from '../../kernel/context.ts';
import { actorId, actorName } from '../../kernel/caller.ts';
import { steps, type HandlerGroup } from '../../kernel/handler.ts';
import type { ReadRow } from '../../kernel/xlsx/readTable.ts';
import { readTableInWorker } from '../../kernel/xlsx/readInWorker.ts';
import { fileResult } from '../../kernel/xlsx/fileResult.ts';
import { requireSchemeInForce } from '../common.ts';
import { checkPeriod } from './period.ts';
import { readSpec, sheetTitle } from './columns.ts';
import { COST_KEY, SAVING_KEY } from './measureColumns.ts';
import { planImport, type ImportPlan } from './plan.ts';
import { writeTemplate, type TemplateData } from './template.ts';

/** A sheet of the index holds a few hundred units: more rows than this is not one. */
const MAX_ROWS = 5000;

interface Upload {
  fileName: string;
  sha256: string;
  sheetName: string;
  rows: ReadRow[];
}

type ImportInput = { kind: IndexImportPreview['kind']; year: number; quarter: number; file: { fileName: string; dataBase64: string } };

/** Reads the uploaded workbook (measured, then read off the serving thread) with the scheme's columns. */
async function readUpload(call: Call, input: ImportInput): Promise<Upload> {
  const scheme = requireSchemeInForce(call.ctx.db, input.year);
  checkPeriod(scheme.content, input.kind, input.year, input.quarter);
  if (!/\.xlsx$/i.test(input.file.fileName)) {
    throw new AppError('VALIDATION', `“${input.file.fileName}”不是 .xlsx 文件：请用 Excel 或 WPS 另存为“Excel 工作簿（*.xlsx）”后再导入。`);
  }
  const data = Buffer.from(input.file.dataBase64, 'base64');
  const read = await readTableInWorker(new Uint8Array(data), readSpec(scheme.content, input.kind), { maxRows: MAX_ROWS });
  if (!read.ok) throw new AppError('VALIDATION', read.message);
  if (read.rows.length === 0) throw new AppError('VALIDATION', '表格中没有数据行：请在表头下方逐行填写后再导入。');
  return { fileName: input.file.fileName, sha256: createHash('sha256').update(data).digest('hex'), sheetName: read.sheetName, rows: read.rows };
}

/** The rows checked against the store inside the transaction (the scheme read again there). */
function plan(call: Call, input: ImportInput, upload: Upload): ImportPlan {
  const scheme = requireSchemeInForce(call.ctx.db, input.year);
  checkPeriod(scheme.content, input.kind, input.year, input.quarter);
  return planImport(call.ctx.db, scheme.content, input.kind, input.year, input.quarter, upload.rows);
}

/** The refusal of a file with errors: its first few, and that nothing was written. */
function refuse(errors: ImportPlan['errors']): never {
  const shown = errors.slice(0, 5).map((e) => `第${e.rowNumber}行：${e.message}`).join('；');
  const more = errors.length > 5 ? `；另有${errors.length - 5}处问题` : '';
  throw new AppError('VALIDATION', `文件未导入，请修改后重新导入。${shown}${more}。`);
}

export const importHandlers: HandlerGroup<'integrity.template' | 'integrity.previewImport' | 'integrity.import'> = {
  'integrity.template': steps<'integrity.template', undefined, TemplateData>({
    run: (call, input) => {
      const db = call.ctx.db;
      const scheme = requireSchemeInForce(db, input.year);
      checkPeriod(scheme.content, input.kind, input.year, input.quarter);
      const { from, to } = periodRange(input.year, input.quarter);
      const units = scoredUnits(db, { from, to, unitType: input.unitType });
      const ids = units.map((u) => u.id);
      const current = new Map<number, Map<string, string | number>>();
      const put = (unitId: number, key: string, value: string | number) => {
        const m = current.get(unitId) ?? new Map<string, string | number>();
        m.set(key, value);
        current.set(unitId, m);
      };
      if (input.kind === '控制性检查') for (const c of checksOf(db, ids, input.year, input.quarter)) put(c.unitId, c.itemKey, c.result);
      else if (input.kind === '满意度调查') for (const s of surveysOf(db, ids, input.year, input.quarter)) put(s.unitId, s.surveyKey, fromHundredths(s.rate));
      else {
        for (const c of costsOf(db, ids, input.year, input.quarter)) {
          put(c.unitId, COST_KEY, fromHundredths(c.costPerCapita));
          put(c.unitId, SAVING_KEY, fromHundredths(c.savingRate));
        }
      }
      return { kind: input.kind, year: input.year, quarter: input.quarter, scheme: scheme.content, units, current };
    },
    finish: async (call, data) => fileResult(`${sheetTitle(data.kind, data.year, data.quarter).replace(' ', '')}导入模板`, call, await writeTemplate(data)),
  }),

  'integrity.previewImport': steps<'integrity.previewImport', Upload, IndexImportPreview>({
    prepare: readUpload,
    run: (call, input, upload) => {
      const p = plan(call, input, upload);
      return {
        kind: input.kind, year: input.year, quarter: input.quarter, fileName: upload.fileName, sheetName: upload.sheetName,
        total: upload.rows.length, rows: p.rows, errors: p.errors,
      };
    },
  }),

  'integrity.import': steps<'integrity.import', Upload, IndexImportResult>({
    prepare: readUpload,
    run: (call, input, upload) => {
      const db = call.ctx.db;
      const p = plan(call, input, upload);
      if (p.errors.length > 0) refuse(p.errors);
      const at = nowIso(call);
      const importId = insertImport(db, {
        kind: input.kind, year: input.year, quarter: input.quarter, fileName: upload.fileName, sha256: upload.sha256,
        rows: upload.rows.length, added: p.added, changed: p.changed, userId: actorId(call), byName: actorName(call), at,
      });
      const by: WrittenBy = { importId, userId: actorId(call), byName: actorName(call), at };
      for (const c of p.checks) upsertCheck(db, { unitId: c.unitId, year: input.year, quarter: input.quarter, itemKey: c.itemKey, result: c.result, ...by });
      for (const s of p.surveys) upsertSurvey(db, s.unitId, input.year, input.quarter, s.surveyKey, s.rate, by);
      for (const c of p.costs) upsertCost(db, c.unitId, input.year, input.quarter, c.costPerCapita, c.savingRate, by);
      audit(call, 'index-import', importId, `${periodLabel(input.year, input.quarter)} ${input.kind} ${upload.fileName}`, {
        kind: input.kind, year: input.year, quarter: input.quarter, fileName: upload.fileName, sha256: upload.sha256,
        rows: upload.rows.length, added: p.added, changed: p.changed,
      });
      return { importId, kind: input.kind, rows: upload.rows.length, added: p.added, changed: p.changed };
    },
  }),
};
