// The 整改台账 as the office hands it up: exactly the columns of RECT_EXPORT_COLUMNS, the listed
// items in the ledger's order, dates as dates, the office as 制表单位 and the filter under the
// title. 整改时限 is the deadline in force (an extended one says 原时限 in 备注); 完成情况 the status
// with 逾期N天 / 按期销号 / 逾期销号. Every export is audited (the rows and the filter, never data).
import { RECT_EXPORT_COLUMNS, type RectExportInput, type RectRow } from '../../../shared/rectification/index.ts';
import { officeMaker } from '../../../shared/core/index.ts';
import { rectFilterNames, rectLedgerIds } from '../../../db/repos/rectification/ledger.ts';
import { rectRowsByIds } from '../../../db/repos/rectification/rows.ts';
import { rectExportExtras, type RectExportExtra } from '../../../db/repos/rectification/exportRows.ts';
import { audit, today, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { fileResult } from '../kernel/xlsx/fileResult.ts';
import { writeWorkbook, type WriteColumn, type WriteValue } from '../kernel/xlsx/writeTable.ts';
import { officeProfile } from '../core/index.ts';
import { dueDates, shownRows, viewerId } from './ledgerDates.ts';

export const RECT_LEDGER_NAME = '整改台账';

type ExportKey = 'no' | 'source' | 'unit' | 'problem' | 'measures' | 'leader' | 'owner' | 'deadline' | 'progress' | 'completion' | 'evidence' | 'closedOn' | 'remarks';

const SPEC: Record<(typeof RECT_EXPORT_COLUMNS)[number], Omit<WriteColumn, 'header'> & { key: ExportKey }> = {
  序号: { key: 'no', kind: 'number', width: 6 },
  问题来源: { key: 'source', width: 18 },
  单位: { key: 'unit', width: 20 },
  问题描述: { key: 'problem', width: 40 },
  整改措施: { key: 'measures', width: 40 },
  责任领导: { key: 'leader', width: 10 },
  责任人: { key: 'owner', width: 10 },
  整改时限: { key: 'deadline', kind: 'date', width: 12 },
  整改进展: { key: 'progress', width: 36 },
  完成情况: { key: 'completion', width: 16 },
  佐证材料: { key: 'evidence', width: 28 },
  销号日期: { key: 'closedOn', kind: 'date', width: 12 },
  备注: { key: 'remarks', width: 24 },
};

/** The columns, in the office's order (the headers exactly as RECT_EXPORT_COLUMNS). */
export const RECT_EXPORT_WRITE_COLUMNS: WriteColumn[] = RECT_EXPORT_COLUMNS.map((header) => ({ header, ...SPEC[header] }));

/** 问题来源 with the record it came from: 预警告知书（文号）, 信访核查（XF-…）, 巡察反馈（来源说明）. */
export function sourceText(r: RectRow): string {
  const ref = r.sourceDocument?.number ?? r.sourceTip?.number ?? r.sourceRef;
  return ref ? `${r.source}（${ref}）` : r.source;
}

/** 完成情况: 整改中（逾期12天）, 已销号（按期销号）, 已销号（逾期销号）, or the status alone. */
export function completionText(r: RectRow): string {
  if (r.status === '已销号') return `已销号（${r.closedOnTime ? '按期销号' : '逾期销号'}）`;
  return r.dueState === '逾期' ? `${r.status}（逾期${r.overdueDays}天）` : r.status;
}

/** 整改进展: the latest entry, its date and how far (2026-10-15：完成台账清理（60%）). */
function progressText(r: RectRow, extra: RectExportExtra | undefined): string | null {
  const p = extra?.progress;
  if (p) return `${p.date}：${p.text}${p.percent === null ? '' : `（${p.percent}%）`}`;
  return r.latestProgress ? `${r.latestProgress}（${r.percent}%）` : null;
}

function remarksText(r: RectRow, extra: RectExportExtra | undefined): string | null {
  const parts: string[] = [];
  if (r.deadline !== r.deadlineOriginal) parts.push(`原时限 ${r.deadlineOriginal}`);
  if (r.recurrenceOf) parts.push(`屡查屡犯（原事项 ${r.recurrenceOf.number}）`);
  if (extra?.remarks) parts.push(extra.remarks);
  return parts.length ? parts.join('；') : null;
}

/** The filter as the office reads it: 筛选条件：单位=城关镇；时限状态=逾期；搜索“资金”. */
export function rectFilterLine(call: Call, input: RectExportInput): string {
  const names = rectFilterNames(call.ctx.db, input);
  const parts: string[] = [];
  const put = (label: string, value: string | undefined | null) => {
    if (value) parts.push(`${label}=${value}`);
  };
  if (input.liaisonMine) parts.push('我联系的单位');
  if (input.unitId !== undefined) put('单位', names.unit ?? `（编号${input.unitId}）`);
  put('问题来源', input.source);
  if (input.documentId !== undefined) put('预警告知书', names.document ?? `（编号${input.documentId}）`);
  put('整改状态', input.status);
  put('销号情况', input.open === undefined ? undefined : input.open ? '未销号' : '已销号');
  put('时限状态', input.due);
  if (input.personId !== undefined) put('责任人', names.person ?? `（编号${input.personId}）`);
  put('整改时限起', input.deadlineFrom);
  put('整改时限止', input.deadlineTo);
  put('屡查屡犯', input.recurrence === undefined ? undefined : input.recurrence ? '仅屡查屡犯' : '不含屡查屡犯');
  if (input.q) parts.push(`搜索“${input.q}”`);
  return `筛选条件：${parts.length ? parts.join('；') : '无（全部整改事项）'}`;
}

interface LedgerExport {
  title: string;
  maker: string;
  subtitle: string;
  rows: Array<Record<ExportKey, WriteValue>>;
}

const CHUNK = 1000;

/** The ledger's rows as exported (read in the call's transaction), the export audited. */
export function gatherRectLedger(call: Call, input: RectExportInput): LedgerExport {
  const db = call.ctx.db;
  const ids = rectLedgerIds(db, input, dueDates(call, input), viewerId(call));
  const rows: LedgerExport['rows'] = [];
  for (let from = 0; from < ids.length; from += CHUNK) {
    const chunk = ids.slice(from, from + CHUNK);
    const extras = rectExportExtras(db, chunk);
    for (const r of shownRows(call, rectRowsByIds(db, chunk))) {
      const extra = extras.get(r.id);
      rows.push({
        no: rows.length + 1,
        source: sourceText(r),
        unit: r.unitName,
        problem: r.problem,
        measures: r.measuresText || null,
        leader: r.leaderName || null,
        owner: r.ownerName || null,
        deadline: r.deadline,
        progress: progressText(r, extra),
        completion: completionText(r),
        evidence: extra && extra.fileNames.length ? extra.fileNames.join('、') : null,
        closedOn: r.closedOn,
        remarks: remarksText(r, extra),
      });
    }
  }
  const subtitle = rectFilterLine(call, input);
  audit(call, 'export', null, RECT_LEDGER_NAME, { list: RECT_LEDGER_NAME, rows: rows.length, filter: subtitle });
  return {
    title: `${RECT_LEDGER_NAME}（${today(call)}导出，共${rows.length}项）`,
    maker: officeMaker(officeProfile(db)),
    subtitle,
    rows,
  };
}

export function renderRectLedger(e: LedgerExport): Promise<Uint8Array> {
  return writeWorkbook([{ name: RECT_LEDGER_NAME, title: e.title, maker: e.maker, subtitle: e.subtitle, columns: RECT_EXPORT_WRITE_COLUMNS, rows: e.rows }]);
}

export const rectExportHandlers: HandlerGroup<'rect.export'> = {
  'rect.export': steps<'rect.export', undefined, LedgerExport>({
    run: gatherRectLedger,
    finish: async (call, e) => fileResult(RECT_LEDGER_NAME, call, await renderRectLedger(e)),
  }),
};
