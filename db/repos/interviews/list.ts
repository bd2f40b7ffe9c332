// 谈话函询登记 (the interviews ledger): filters, sort and paging in SQL. A page's ids are found
// first (filtered, ordered, offset through the interviews' indexes), then their rows read by
// interviewRowsByIds; the export walks the same order in chunks. What depends on today (逾期,
// 即将到期) comes in as dates the service computed from the working-day calendar (InterviewDueDates),
// so the SQL compares dates only.
import type { Db } from '../../types.ts';
import { caseOrder, Conditions, orderByKeys, pageOfIds, type IdPage } from '../kernel/sqlParts.ts';
import {
  INTERVIEW_STATUSES, type InterviewFilterInput, type InterviewListInput, type InterviewSortField,
} from '../../../shared/interviews/index.ts';
import { interviewSearchCondition } from './search.ts';

/**
 * Today as the filters read it: 逾期 is a running deadline before `today`; 即将到期 one within
 * [today, soonCutoff] — the last date within the setting's working days (computed by the service,
 * only when that filter is asked for).
 */
export interface InterviewDueDates {
  today: string;
  soonCutoff: string | null;
}

/** Open: not 已办结. */
export const OPEN_INTERVIEW_SQL = "i.status <> '已办结'";

/** The sort keys of each sort field (the id breaks ties, in the same direction). */
const SORT_SQL: Record<InterviewSortField, string[]> = {
  number: ['i.number'],
  ledgerDate: ['i.ledger_date'],
  personName: ['i.person_name'],
  unitName: ['i.unit_name'],
  status: [caseOrder('i.status', INTERVIEW_STATUSES)],
  dueDate: ['i.due_date'],
  concludedDate: ['i.concluded_date'],
};

export function interviewOrderBy(sortField: InterviewSortField, sortDir: 'asc' | 'desc'): string {
  return orderByKeys(SORT_SQL[sortField], sortDir, 'i.id');
}

export interface InterviewFilterSql {
  /** The WHERE clause (or ''), for the interviews alias i. */
  where: string;
  params: unknown[];
}

/**
 * A filter as SQL. `viewerId`: the caller (我参加的 is the talks they hold or record); null for the
 * command line, for which no talk is its own.
 */
export function interviewFilterSql(input: InterviewFilterInput, due: InterviewDueDates, viewerId: number | null): InterviewFilterSql {
  const conditions = new Conditions();
  const add = (sql: string, ...values: unknown[]) => conditions.add(sql, ...values);
  if (input.q) {
    const s = interviewSearchCondition(input.q);
    if (s) add(s.sql, ...s.params);
  }
  if (input.kind) add('i.kind = ?', input.kind);
  if (input.talkType) add('i.talk_type = ?', input.talkType);
  if (input.status) add('i.status = ?', input.status);
  if (input.open === true) add(OPEN_INTERVIEW_SQL);
  if (input.open === false) add("i.status = '已办结'");
  if (input.interviewerId !== undefined) add('i.id IN (SELECT interview_id FROM interview_staff WHERE user_id = ?)', input.interviewerId);
  if (input.mine === true) {
    if (viewerId === null) add('0');
    else add('(i.recorder_user_id = ? OR i.id IN (SELECT interview_id FROM interview_staff WHERE user_id = ?))', viewerId, viewerId);
  }
  if (input.personId !== undefined) add('i.person_id = ?', input.personId);
  if (input.unitId !== undefined) add('i.unit_id = ?', input.unitId);
  if (input.causeKind) add('i.cause_kind = ?', input.causeKind);
  if (input.tipId !== undefined) add('i.tip_id = ?', input.tipId);
  if (input.rectItemId !== undefined) add('i.rect_item_id = ?', input.rectItemId);
  if (input.outcome) add('i.outcome = ?', input.outcome);
  if (input.dateFrom) add('i.ledger_date >= ?', input.dateFrom);
  if (input.dateTo) add('i.ledger_date <= ?', input.dateTo);
  if (input.due === '逾期') add(`${OPEN_INTERVIEW_SQL} AND i.due_date < ?`, due.today);
  if (input.due === '即将到期') {
    if (due.soonCutoff === null) throw new Error('interviewFilterSql: 即将到期 asked without its cutoff');
    add(`${OPEN_INTERVIEW_SQL} AND i.due_date BETWEEN ? AND ?`, due.today, due.soonCutoff);
  }
  return { where: conditions.where, params: conditions.params };
}

export type InterviewIdPage = IdPage;

/** One page of the ledger: its ids in order and the count of every match. */
export function interviewLedgerPage(db: Db, input: InterviewListInput, due: InterviewDueDates, viewerId: number | null): InterviewIdPage {
  const { page, pageSize, sortField, sortDir, ...filters } = input;
  const f = interviewFilterSql(filters, due, viewerId);
  return pageOfIds(db, { from: 'interviews i', countFrom: 'interviews i', ...f, orderBy: interviewOrderBy(sortField, sortDir) }, page, pageSize);
}

/** Every matching id in the ledger's order (the export). */
export function interviewLedgerIds(
  db: Db,
  input: InterviewFilterInput & { sortField: InterviewSortField; sortDir: 'asc' | 'desc' },
  due: InterviewDueDates,
  viewerId: number | null,
): number[] {
  const { sortField, sortDir, ...filters } = input;
  const f = interviewFilterSql(filters, due, viewerId);
  return (db.prepare(`SELECT i.id FROM interviews i ${f.where} ${interviewOrderBy(sortField, sortDir)}`).all(...f.params) as Array<{ id: number }>).map((r) => r.id);
}

/** The names a filter refers to, for the export's 筛选条件 line (null where the id is unknown). */
export function interviewFilterNames(
  db: Db,
  input: Pick<InterviewFilterInput, 'unitId' | 'personId' | 'interviewerId' | 'tipId' | 'rectItemId'>,
): { unit: string | null; person: string | null; interviewer: string | null; tip: string | null; rectItem: string | null } {
  const name = (sql: string, id: number | undefined) => (id === undefined ? null : ((db.prepare(sql).get(id) as { n: string | null } | undefined)?.n ?? null));
  return {
    unit: name('SELECT name AS n FROM units WHERE id = ?', input.unitId),
    person: name('SELECT name AS n FROM people WHERE id = ?', input.personId),
    interviewer: name('SELECT display_name AS n FROM users WHERE id = ?', input.interviewerId),
    tip: name('SELECT number AS n FROM tips WHERE id = ?', input.tipId),
    rectItem: name('SELECT number AS n FROM rect_items WHERE id = ?', input.rectItemId),
  };
}
