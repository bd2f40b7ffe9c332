// The ledger export (问题线索台账) with the office's column names. Reporter data (举报人信息)
// is left out unless a person whose role has the right explicitly asks for it; such an export
// is audited on its own (counts and filters only, never the data).
import { AppError } from '../../../shared/kernel/errors.ts';
import { TIP_CATEGORIES } from '../../../shared/tips/enums.ts';
import { type TipExportInput } from '../../../shared/tips/ledger.ts';
import { iterateTips } from '../../../db/repos/tips/list.ts';
import { getReporter } from '../../../db/repos/tips/tips.ts';
import { handlingDueLookup } from '../../../db/repos/tips/stats.ts';
import { audit, today, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { fileResult } from '../kernel/xlsx/fileResult.ts';
import { getSettings } from '../settings/index.ts';
import { officeProfile } from '../core/index.ts';
import { officeMaker } from '../../../shared/core/index.ts';
import { mayRevealReporter } from './rights.ts';
import { viewerOf } from './common.ts';
import { writeWorkbook, type WriteColumn, type WriteProgress, type WriteValue } from '../kernel/xlsx/writeTable.ts';
import { exportDetailsLookup, filterNames } from '../../../db/repos/tips/exportDetails.ts';
import { signedInUser } from '../kernel/caller.ts';
import { dateInZone } from '../../../shared/kernel/dates.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';

export const TIP_LEDGER_NAME = '问题线索台账';

export const TIP_EXPORT_COLUMNS: WriteColumn[] = [
  { header: '序号', key: 'no', kind: 'number', width: 6 },
  { header: '编号', key: 'number', width: 15 },
  { header: '收件日期', key: 'receivedDate', kind: 'date', width: 12 },
  { header: '来源渠道', key: 'channel', width: 14 },
  { header: '反映方式', key: 'mode', width: 10 },
  { header: '被反映人', key: 'peopleNames', width: 18 },
  { header: '被反映人单位', key: 'peopleUnits', width: 24 },
  { header: '被反映人职务', key: 'peoplePosts', width: 18 },
  { header: '被反映单位', key: 'unitNames', width: 24 },
  { header: '问题类别', key: 'categories', width: 18 },
  { header: '问题摘要', key: 'summary', width: 40 },
  { header: '处置方式', key: 'disposal', width: 10 },
  { header: '承办部门', key: 'handlingDept', width: 16 },
  { header: '承办人', key: 'handlerName', width: 10 },
  { header: '承办时限', key: 'handlingDue', kind: 'date', width: 12 },
  { header: '办理状态', key: 'status', width: 10 },
  { header: '时限状态', key: 'dueState', width: 10 },
  { header: '办理结果', key: 'result', width: 10 },
  { header: '办结日期', key: 'concludedDate', kind: 'date', width: 12 },
  { header: '处理', key: 'outcomes', width: 30 },
  { header: '延期', key: 'extensions', width: 30 },
  { header: '反馈', key: 'feedback', width: 30 },
  { header: '重复件（原件编号）', key: 'repeatOfNumber', width: 18 },
];

/** Added at the end only when includeReporter is asked for by a role with the right. */
export const TIP_REPORTER_COLUMNS: WriteColumn[] = [
  { header: '反映人姓名', key: 'reporterName', width: 12 },
  { header: '联系电话', key: 'reporterPhone', width: 15 },
  { header: '身份证号', key: 'reporterIdNumber', width: 21 },
  { header: '通讯地址', key: 'reporterAddress', width: 30 },
];

/** Whether the caller may export reporter identities: the same right as revealing them. */
export function mayExportReporter(call: Call): boolean {
  return mayRevealReporter(call);
}

const CATEGORY_ORDER = new Map<string, number>(TIP_CATEGORIES.map((c, i) => [c, i]));

/** 问题类别 in the office's order (政治纪律 … 其他), whatever order they are stored in. */
function inOrder(categories: readonly string[]): string[] {
  return [...categories].sort((a, b) => (CATEGORY_ORDER.get(a) ?? 99) - (CATEGORY_ORDER.get(b) ?? 99));
}

/** The filters of an export as recorded in the audit trail (only those given). */
function filtersOf(input: TipExportInput): Record<string, unknown> {
  const { includeReporter: _r, sortField: _f, sortDir: _d, ...filters } = input;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ''));
}

/** The filters as the office reads them: 筛选条件：办理状态=承办中；处置方式=初步核实；搜索“村委会”. */
export function filterLine(call: Call, input: TipExportInput): string {
  const names = filterNames(call.ctx.db, input);
  const parts: string[] = [];
  const put = (label: string, value: string | undefined | null) => {
    if (value) parts.push(`${label}=${value}`);
  };
  put('我的', input.mine);
  put('办理状态', input.status);
  put('处置方式', input.disposal);
  put('来源渠道', input.channel);
  put('问题类别', input.category);
  put('反映方式', input.mode);
  put('时限状态', input.due);
  put('重复件', input.repeat === undefined ? undefined : input.repeat ? '仅重复件' : '不含重复件');
  if (input.unitId !== undefined) put('被反映单位', names.unit ?? `（编号${input.unitId}）`);
  if (input.personId !== undefined) put('被反映人', names.person ?? `（编号${input.personId}）`);
  if (input.handlerUserId !== undefined) put('承办人', names.handler ?? `（编号${input.handlerUserId}）`);
  put('收件日期起', input.dateFrom);
  put('收件日期止', input.dateTo);
  if (input.q) parts.push(`搜索“${input.q}”`);
  return `筛选条件：${parts.length ? parts.join('；') : '无（全部信访件）'}`;
}

interface LedgerExport {
  name: string;
  title: string;
  /** 制表单位 (机关信息), when saved. */
  maker: string;
  subtitle: string;
  columns: WriteColumn[];
  rows: Array<Record<string, WriteValue>>;
}

/** The ledger's rows as exported, its export audited (with reporters: on its own too). */
function gatherLedger(call: Call, input: TipExportInput): LedgerExport {
  if (input.includeReporter && !mayExportReporter(call)) {
    throw new AppError('FORBIDDEN', '您的角色无权导出举报人信息。');
  }
  const db = call.ctx.db;
  const day = today(call);
  const { dueSoonDays } = getSettings(db);
  const handlingDue = handlingDueLookup(db);
  const details = exportDetailsLookup(db);
  const rows: Array<Record<string, WriteValue>> = [];
  let named = 0;
  for (const t of iterateTips(db, input, { today: day, soonDays: dueSoonDays }, viewerOf(call))) {
    const d = details(t.id);
    const row: Record<string, WriteValue> = {
      no: rows.length + 1,
      number: t.number,
      receivedDate: t.receivedDate,
      channel: t.channel,
      mode: t.mode,
      peopleNames: t.peopleNames || null,
      peopleUnits: t.peopleUnits || null,
      peoplePosts: t.peoplePosts || null,
      unitNames: t.unitNames || null,
      categories: inOrder(t.categories).join('、'),
      summary: t.summary,
      disposal: t.disposal,
      handlingDept: t.handlingDept || null,
      handlerName: t.handlerName || null,
      handlingDue: handlingDue(t.id),
      status: t.status,
      dueState: t.dueState,
      result: t.result,
      concludedDate: d.concludedDate,
      outcomes: d.outcomes.map((o) => `${o.name}：${o.outcome}${o.grade ? `（${o.grade}）` : ''}`).join('；') || null,
      extensions: d.extensions.map((e) => `${dateInZone(new Date(e.requestedAt), call.timeZone)}申请延期至${e.newDue}（${e.state}）`).join('；') || null,
      feedback: d.feedback ? `${d.feedback.date} ${d.feedback.way}${d.feedback.content ? `：${d.feedback.content}` : ''}` : null,
      repeatOfNumber: t.repeatOfNumber,
    };
    if (input.includeReporter) {
      const r = t.mode === '实名' ? getReporter(db, t.id) : undefined;
      if (r && (r.name || r.phone || r.idNumber || r.address)) named++;
      row.reporterName = r?.name || null;
      row.reporterPhone = r?.phone || null;
      row.reporterIdNumber = r?.idNumber || null;
      row.reporterAddress = r?.address || null;
    }
    rows.push(row);
  }
  const columns = input.includeReporter ? [...TIP_EXPORT_COLUMNS, ...TIP_REPORTER_COLUMNS] : TIP_EXPORT_COLUMNS;
  const title = `${TIP_LEDGER_NAME}（${day}导出，共${rows.length}件${input.includeReporter ? '，含举报人信息，注意保密' : ''}）`;
  const filters = filtersOf(input);
  audit(call, 'export', null, TIP_LEDGER_NAME, { list: TIP_LEDGER_NAME, rows: rows.length, filters, includeReporter: input.includeReporter });
  if (input.includeReporter) {
    audit(call, 'tip-reporter-export', null, TIP_LEDGER_NAME, { list: TIP_LEDGER_NAME, rows: rows.length, withReporter: named, filters });
  }
  return { name: input.includeReporter ? `${TIP_LEDGER_NAME}（含举报人信息）` : TIP_LEDGER_NAME, title, maker: officeMaker(officeProfile(call.ctx.db)), subtitle: filterLine(call, input), columns, rows };
}

function render(e: LedgerExport, onProgress?: WriteProgress): Promise<Uint8Array> {
  return writeWorkbook([{ name: TIP_LEDGER_NAME, title: e.title, maker: e.maker, subtitle: e.subtitle, columns: e.columns, rows: e.rows }], onProgress);
}

/** Lets the serving process answer other calls (the page asking how far) between pieces of work. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export const tipExportHandlers: HandlerGroup<'tips.export' | 'tips.exportStart' | 'tips.exportProgress'> = {
  'tips.export': steps<'tips.export', undefined, LedgerExport>({
    run: gatherLedger,
    finish: async (call, e) => fileResult(e.name, call, await render(e)),
  }),
  // The same export as a job the page follows: the rows are read (and the export audited) in the
  // call's transaction; the workbook is written after it, reporting the rows written.
  'tips.exportStart': steps<'tips.exportStart', undefined, LedgerExport>({
    run: gatherLedger,
    finish: (call, e) => {
      const owner = signedInUser(call);
      const jobId = call.ctx.jobs.start(owner.id, call.op, { phase: '写入表格', done: 0, total: e.rows.length }, () => call.ctx.clock.now().getTime(), async (report) => {
        const data = await render(e, async (done) => {
          report({ done });
          await yieldToOthers();
        });
        return fileResult(e.name, call, data);
      });
      return { jobId, total: e.rows.length };
    },
  }),
  'tips.exportProgress': (call, input) => {
    const status = call.ctx.jobs.status<FileResult>(input.jobId, signedInUser(call).id);
    if (!status) throw new AppError('NOT_FOUND', '该导出任务不存在或已取走结果，请重新导出。');
    return status;
  },
};
