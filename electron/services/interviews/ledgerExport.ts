// 谈话函询登记 as the office keeps it: exactly the columns of INTERVIEW_EXPORT_COLUMNS, the listed
// talks and letters in the ledger's order, dates as dates, the office as 制表单位 and the filter
// under the title. 谈话人（函询发出日期） is a talk's interviewers (the typed names of a 委托谈话 or
// 上级纪委) or a letter's sent date; 答复期限 a letter's reply deadline in force; 备注 says 委托谈话 /
// 上级纪委, the 补充说明 count, the 原期限 of an extended deadline and the 民主生活会. Every export is
// audited (the rows and the filter, never data).
import {
  INTERVIEW_EXPORT_COLUMNS, dueAfter, type DueDays, type InterviewExportInput, type InterviewRow,
} from '../../../shared/interviews/index.ts';
import type { WorkCalendar } from '../../../shared/kernel/workdays.ts';
import { officeMaker } from '../../../shared/core/index.ts';
import { interviewFilterNames, interviewLedgerIds } from '../../../db/repos/interviews/list.ts';
import { interviewExportExtras, type InterviewExportExtra } from '../../../db/repos/interviews/exportRows.ts';
import { audit, today, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { fileResult } from '../kernel/xlsx/fileResult.ts';
import { writeWorkbook, type WriteColumn, type WriteValue } from '../kernel/xlsx/writeTable.ts';
import { officeProfile } from '../core/index.ts';
import { dueDays, workCalendar } from './common.ts';
import { rowsByIds } from './rows.ts';
import { interviewDueDates, viewerId } from './ledgerDates.ts';

export const INTERVIEW_LEDGER_NAME = '谈话函询登记';

type ExportKey = 'no' | 'number' | 'type' | 'person' | 'unit' | 'post' | 'cause' | 'holder' | 'time' | 'place' | 'replyDue' | 'replyDate' | 'outcome' | 'remarks';

// 谈话人（函询发出日期） and 谈话时间 are date columns: a letter's sent date and a talk's date are
// written as dates; names, or a date with its time, stay text.
const SPEC: Record<(typeof INTERVIEW_EXPORT_COLUMNS)[number], Omit<WriteColumn, 'header'> & { key: ExportKey }> = {
  序号: { key: 'no', kind: 'number', width: 6 },
  编号: { key: 'number', width: 14 },
  类别: { key: 'type', width: 12 },
  '谈话（函询）对象': { key: 'person', width: 12 },
  单位: { key: 'unit', width: 20 },
  职务: { key: 'post', width: 16 },
  事由: { key: 'cause', width: 30 },
  '谈话人（函询发出日期）': { key: 'holder', kind: 'date', width: 22 },
  谈话时间: { key: 'time', kind: 'date', width: 16 },
  地点: { key: 'place', width: 16 },
  答复期限: { key: 'replyDue', kind: 'date', width: 12 },
  答复日期: { key: 'replyDate', kind: 'date', width: 12 },
  结果: { key: 'outcome', width: 12 },
  备注: { key: 'remarks', width: 30 },
};

/** The columns, in the office's order (the headers exactly as INTERVIEW_EXPORT_COLUMNS). */
export const INTERVIEW_EXPORT_WRITE_COLUMNS: WriteColumn[] = INTERVIEW_EXPORT_COLUMNS.map((header) => ({ header, ...SPEC[header] }));

/** 谈话时间: held (date and time), else planned; a date alone is written as a date. */
function talkTime(r: InterviewRow, extra: InterviewExportExtra | undefined): string | null {
  if (r.kind !== '谈话') return null;
  const [date, time] = r.heldDate ? [r.heldDate, extra?.heldTime ?? null] : [r.plannedDate, r.plannedTime];
  if (!date) return null;
  return time ? `${date} ${time}` : date;
}

/** A letter's reply deadline in force: the running one, else the last approved extension, else the rule's from the sent date. */
function replyDue(rule: { calendar: WorkCalendar; days: DueDays }, r: InterviewRow, extra: InterviewExportExtra | undefined): string | null {
  if (r.kind !== '函询') return null;
  if (r.dueKind === '答复') return r.dueDate;
  if (extra?.extendedDue) return extra.extendedDue;
  return r.sentDate ? dueAfter(rule.calendar, '答复', r.sentDate, rule.days) : null;
}

export function interviewRemarks(r: InterviewRow, extra: InterviewExportExtra | undefined): string | null {
  const parts: string[] = [];
  if (r.holder === '委托谈话') parts.push(r.interviewerNames ? `委托谈话（${r.interviewerNames}）` : '委托谈话');
  if (r.holder === '上级纪委') parts.push('上级纪委谈话');
  if (extra && extra.supplements > 0) parts.push(`补充说明 ${extra.supplements} 次`);
  if (extra?.dueOriginal && r.dueDate && extra.dueOriginal !== r.dueDate) parts.push(`原期限 ${extra.dueOriginal}`);
  if (extra?.meetingDate) parts.push(`民主生活会 ${extra.meetingDate}`);
  return parts.length ? parts.join('；') : null;
}

/** The filter as the office reads it: 筛选条件：类别=函询；时限状态=逾期；搜索“城关”. */
export function interviewFilterLine(call: Call, input: InterviewExportInput): string {
  const names = interviewFilterNames(call.ctx.db, input);
  const parts: string[] = [];
  const put = (label: string, value: string | undefined | null) => {
    if (value) parts.push(`${label}=${value}`);
  };
  const named = (label: string, id: number | undefined, name: string | null) => {
    if (id !== undefined) put(label, name ?? `（编号${id}）`);
  };
  if (input.mine) parts.push('我参加的');
  put('类别', input.kind);
  put('谈话类别', input.talkType);
  put('状态', input.status);
  put('办结情况', input.open === undefined ? undefined : input.open ? '未办结' : '已办结');
  named('谈话人', input.interviewerId, names.interviewer);
  named('谈话（函询）对象', input.personId, names.person);
  named('单位', input.unitId, names.unit);
  put('事由类型', input.causeKind);
  named('信访件', input.tipId, names.tip);
  named('整改事项', input.rectItemId, names.rectItem);
  put('结果', input.outcome);
  put('日期起', input.dateFrom);
  put('日期止', input.dateTo);
  put('时限状态', input.due);
  if (input.q) parts.push(`搜索“${input.q}”`);
  return `筛选条件：${parts.length ? parts.join('；') : '无（全部谈话函询）'}`;
}

interface LedgerExport {
  title: string;
  maker: string;
  subtitle: string;
  rows: Array<Record<ExportKey, WriteValue>>;
}

const CHUNK = 1000;

/** The ledger's rows as exported (read in the call's transaction), the export audited. */
export function gatherInterviewLedger(call: Call, input: InterviewExportInput): LedgerExport {
  const db = call.ctx.db;
  const ids = interviewLedgerIds(db, input, interviewDueDates(call, input), viewerId(call));
  const rows: LedgerExport['rows'] = [];
  // Read once for the whole export (the calendar and the settings).
  const rule = { calendar: workCalendar(call), days: dueDays(call) };
  for (let from = 0; from < ids.length; from += CHUNK) {
    const chunk = ids.slice(from, from + CHUNK);
    const extras = interviewExportExtras(db, chunk);
    for (const r of rowsByIds(call, chunk)) {
      const extra = extras.get(r.id);
      rows.push({
        no: rows.length + 1,
        number: r.number,
        type: r.typeLabel,
        person: r.personName,
        unit: r.unitName || null,
        post: r.post || null,
        cause: r.cause.label,
        holder: r.kind === '函询' ? r.sentDate : r.interviewerNames || null,
        time: talkTime(r, extra),
        place: r.place || null,
        replyDue: replyDue(rule, r, extra),
        replyDate: r.replyDate,
        outcome: r.outcome,
        remarks: interviewRemarks(r, extra),
      });
    }
  }
  const subtitle = interviewFilterLine(call, input);
  audit(call, 'export', null, INTERVIEW_LEDGER_NAME, { list: INTERVIEW_LEDGER_NAME, rows: rows.length, filter: subtitle });
  return {
    title: `${INTERVIEW_LEDGER_NAME}（${today(call)}导出，共${rows.length}项）`,
    maker: officeMaker(officeProfile(db)),
    subtitle,
    rows,
  };
}

export function renderInterviewLedger(e: LedgerExport): Promise<Uint8Array> {
  return writeWorkbook([{ name: INTERVIEW_LEDGER_NAME, title: e.title, maker: e.maker, subtitle: e.subtitle, columns: INTERVIEW_EXPORT_WRITE_COLUMNS, rows: e.rows }]);
}

export const interviewExportHandlers: HandlerGroup<'interviews.export'> = {
  'interviews.export': steps<'interviews.export', undefined, LedgerExport>({
    run: gatherInterviewLedger,
    finish: async (call, e) => fileResult(INTERVIEW_LEDGER_NAME, call, await renderInterviewLedger(e)),
  }),
};
