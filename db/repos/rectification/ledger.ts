// The 整改台账 (rectification ledger): filters, sort and paging in SQL. A page's ids are found
// first (filtered, ordered, offset through the items' indexes), then their rows read by
// rectRowsByIds; the export walks the same order in chunks. What depends on today (逾期, 即将到期,
// 需督办) comes in as dates the service computed (DueDates), so the SQL compares dates only.
import type { Db } from '../../types.ts';
import { caseOrder, Conditions, orderByKeys, pageOfIds, type IdPage } from '../kernel/sqlParts.ts';
import { RECT_SOURCES, RECT_STATUSES, type RectFilterInput, type RectListInput, type RectSortField } from '../../../shared/rectification/index.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import { rectSearchCondition } from './search.ts';

/**
 * Today as the filters read it: 逾期 is a deadline before `today`; 即将到期 one within
 * [today, today + soonDays]; 需督办 one on or before `superviseCutoff` (shared/rectification/flow.ts
 * superviseCutoff, from the holiday calendar — computed only when that filter is asked for).
 */
export interface DueDates {
  today: string;
  soonDays: number;
  superviseCutoff: string | null;
}

/** Open: not 已销号. Written exactly so, so that the partial index rect_items_open serves it. */
export const OPEN_SQL = "i.status <> '已销号'";

/** The sort keys of each sort field (the id breaks ties, in the same direction). */
const SORT_SQL: Record<RectSortField, string[]> = {
  number: ['i.number'],
  unitName: ['u.sort_key', 'u.name'],
  source: [caseOrder('i.source', RECT_SOURCES)],
  status: [caseOrder('i.status', RECT_STATUSES)],
  deadline: ['i.deadline'],
  closedOn: ['i.closed_on'],
  percent: ['i.percent'],
};

export function rectOrderBy(sortField: RectSortField, sortDir: 'asc' | 'desc'): string {
  return orderByKeys(SORT_SQL[sortField], sortDir, 'i.id');
}

export interface RectFilterSql {
  /** The WHERE clause (or ''), for the items alias i. */
  where: string;
  params: unknown[];
}

/**
 * A filter as SQL. `viewerId`: the caller (我联系的单位 is the units whose 联系干部 they are); null
 * for the command line, for which no unit is its own.
 */
export function rectFilterSql(input: RectFilterInput, due: DueDates, viewerId: number | null): RectFilterSql {
  const conditions = new Conditions();
  const add = (sql: string, ...values: unknown[]) => conditions.add(sql, ...values);
  if (input.q) {
    const s = rectSearchCondition(input.q);
    if (s) add(s.sql, ...s.params);
  }
  if (input.unitId !== undefined) add('i.unit_id = ?', input.unitId);
  if (input.source) add('i.source = ?', input.source);
  if (input.status) add('i.status = ?', input.status);
  if (input.open === true) add(OPEN_SQL);
  if (input.open === false) add("i.status = '已销号'");
  if (input.due === '逾期') add(`${OPEN_SQL} AND i.deadline < ?`, due.today);
  if (input.due === '即将到期') add(`${OPEN_SQL} AND i.deadline BETWEEN ? AND ?`, due.today, addDays(due.today, due.soonDays));
  if (input.due === '需督办') {
    if (due.superviseCutoff === null) throw new Error('rectFilterSql: 需督办 asked without its cutoff');
    add(`${OPEN_SQL} AND i.deadline <= ?`, due.superviseCutoff);
  }
  if (input.personId !== undefined) {
    add(
      '(i.leader_person_id = ? OR i.owner_person_id = ? OR i.id IN (SELECT item_id FROM rect_measures WHERE owner_person_id = ?))',
      input.personId, input.personId, input.personId,
    );
  }
  if (input.deadlineFrom) add('i.deadline >= ?', input.deadlineFrom);
  if (input.deadlineTo) add('i.deadline <= ?', input.deadlineTo);
  // A range (ids are positive): SQLite may seek the recurrences' own partial index.
  if (input.recurrence === true) add('i.recurrence_of > 0');
  if (input.recurrence === false) add('i.recurrence_of IS NULL');
  if (input.documentId !== undefined) add('i.document_id = ?', input.documentId);
  if (input.liaisonMine === true) {
    if (viewerId === null) add('0');
    else add('i.unit_id IN (SELECT id FROM units WHERE liaison_user_id = ?)', viewerId);
  }
  return { where: conditions.where, params: conditions.params };
}

/** Joins the order needs (the unit's name key). */
function orderJoins(sortField: RectSortField): string {
  return sortField === 'unitName' ? 'JOIN units u ON u.id = i.unit_id' : '';
}

export type RectIdPage = IdPage;

/** One page of the ledger: its ids in order and the count of every match. */
export function rectLedgerPage(db: Db, input: RectListInput, due: DueDates, viewerId: number | null): RectIdPage {
  const { page, pageSize, sortField, sortDir, ...filters } = input;
  const f = rectFilterSql(filters, due, viewerId);
  return pageOfIds(db, { from: `rect_items i ${orderJoins(sortField)}`, countFrom: 'rect_items i', ...f, orderBy: rectOrderBy(sortField, sortDir) }, page, pageSize);
}

/** Every matching id in the ledger's order (the export). */
export function rectLedgerIds(
  db: Db,
  input: RectFilterInput & { sortField: RectSortField; sortDir: 'asc' | 'desc' },
  due: DueDates,
  viewerId: number | null,
): number[] {
  const { sortField, sortDir, ...filters } = input;
  const f = rectFilterSql(filters, due, viewerId);
  return (db.prepare(`SELECT i.id FROM rect_items i ${orderJoins(sortField)} ${f.where} ${rectOrderBy(sortField, sortDir)}`).all(...f.params) as Array<{ id: number }>).map((r) => r.id);
}

/** Whether the user is the 联系干部 of at least one unit. */
export function isLiaison(db: Db, userId: number): boolean {
  return db.prepare('SELECT 1 FROM units WHERE liaison_user_id = ? LIMIT 1').get(userId) !== undefined;
}

/** The names a filter refers to, for the export's 筛选条件 line (null where the id is unknown). */
export function rectFilterNames(db: Db, input: Pick<RectFilterInput, 'unitId' | 'personId' | 'documentId'>): { unit: string | null; person: string | null; document: string | null } {
  const name = (sql: string, id: number | undefined) => (id === undefined ? null : ((db.prepare(sql).get(id) as { n: string | null } | undefined)?.n ?? null));
  return {
    unit: name('SELECT name AS n FROM units WHERE id = ?', input.unitId),
    person: name('SELECT name AS n FROM people WHERE id = ?', input.personId),
    document: name('SELECT number AS n FROM documents WHERE id = ?', input.documentId),
  };
}
