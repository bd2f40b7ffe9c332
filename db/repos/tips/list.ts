// The tip ledger (问题线索台账): filters, sorting and paging in SQL.
import type { Db } from '../../types.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import type { TipCategory } from '../../../shared/tips/enums.ts';
import type { TipFilterInput, TipListInput, TipRow } from '../../../shared/tips/ledger.ts';
import { TIP_STATUSES } from '../../../shared/tips/enums.ts';
import { maskName } from '../../../shared/kernel/mask.ts';
import { addDays, dueStatus } from '../../../shared/kernel/workdays.ts';
import { tipMatch, tipSearchCondition, wholeNumber } from './search.ts';

/** What the ledger needs to know about "today" to compute 逾期 / 即将到期. */
export interface DueContext {
  today: string;
  soonDays: number;
}

const SELECT = `
  SELECT t.id, t.number, t.received_date AS receivedDate, t.channel, t.mode, t.reporter_name AS reporterName,
         (SELECT group_concat(name, '、') FROM (SELECT name FROM tip_people WHERE tip_id = t.id ORDER BY position)) AS peopleNames,
         (SELECT group_concat(u.name, '、') FROM tip_units tu JOIN units u ON u.id = tu.unit_id WHERE tu.tip_id = t.id) AS unitNames,
         (SELECT group_concat(category, ',') FROM tip_categories WHERE tip_id = t.id) AS categories,
         t.summary, t.status, t.disposal, t.handling_dept AS handlingDept, t.handler_user_id AS handlerUserId,
         ifnull(h.display_name, '') AS handlerName, t.due_date AS dueDate, t.result, t.repeat_of AS repeatOf,
         r.number AS repeatOfNumber, (SELECT count(*) FROM tips x WHERE x.repeat_of = t.id) AS repeatCount, t.version
  FROM tips t
  LEFT JOIN users h ON h.id = t.handler_user_id
  LEFT JOIN tips r ON r.id = t.repeat_of`;

const STATUS_ORDER = `CASE t.status ${TIP_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

const SORT_SQL: Record<TipListInput['sortField'], string> = {
  number: 't.year {dir}, t.seq',
  receivedDate: 't.received_date',
  channel: 't.channel',
  status: STATUS_ORDER,
  dueDate: "ifnull(t.due_date, '9999-12-31')",
  handlerName: 'h.display_name',
  summary: 't.summary',
};

export interface RawTipRow extends Omit<TipRow, 'reporterMasked' | 'categories' | 'dueState'> {
  reporterName: string;
  categories: string | null;
  peopleNames: string;
  unitNames: string;
}

export function toTipRow(raw: RawTipRow, due: DueContext): TipRow {
  const { reporterName, categories, ...rest } = raw;
  return {
    ...rest,
    peopleNames: raw.peopleNames ?? '',
    unitNames: raw.unitNames ?? '',
    reporterMasked: raw.mode === '实名' ? maskName(reporterName) : '',
    categories: categories ? (categories.split(',') as TipCategory[]) : [],
    dueState: raw.dueDate ? dueStatus(raw.dueDate, due.today, due.soonDays) : null,
  };
}

/**
 * The WHERE clause of a ledger filter. `withContent`: whether the caller may read 反映内容 — a
 * search without that right does not look into it, so a reporter's words cannot be found.
 */
export function tipFilterSql(input: TipFilterInput, due: DueContext, withContent: boolean): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (input.q) {
    const s = tipSearchCondition(input.q, withContent);
    if (s) add(s.sql, ...s.params);
  }
  if (input.channel) add('t.channel = ?', input.channel);
  if (input.status) add('t.status = ?', input.status);
  if (input.disposal) add('t.disposal = ?', input.disposal);
  if (input.mode) add('t.mode = ?', input.mode);
  if (input.category) add('EXISTS (SELECT 1 FROM tip_categories c WHERE c.tip_id = t.id AND c.category = ?)', input.category);
  if (input.unitId !== undefined) {
    add(
      '(t.id IN (SELECT tip_id FROM tip_units WHERE unit_id = ?) OR t.id IN (SELECT tip_id FROM tip_people WHERE unit_id = ?))',
      input.unitId,
      input.unitId,
    );
  }
  if (input.personId !== undefined) add('t.id IN (SELECT tip_id FROM tip_people WHERE person_id = ?)', input.personId);
  if (input.handlerUserId !== undefined) add('t.handler_user_id = ?', input.handlerUserId);
  if (input.dateFrom) add('t.received_date >= ?', input.dateFrom);
  if (input.dateTo) add('t.received_date <= ?', input.dateTo);
  if (input.due === '逾期') add('t.due_date < ?', due.today);
  if (input.due === '即将到期') add('t.due_date BETWEEN ? AND ?', due.today, addDays(due.today, due.soonDays));
  if (input.repeat === true) add('t.repeat_of IS NOT NULL');
  if (input.repeat === false) add('t.repeat_of IS NULL');
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function orderBy(sortField: TipListInput['sortField'], sortDir: 'asc' | 'desc'): string {
  const dir = sortDir === 'desc' ? 'DESC' : 'ASC';
  return `ORDER BY ${SORT_SQL[sortField].replace('{dir}', dir)} ${dir}, t.id ${dir}`;
}

function countTips(db: Db, input: TipFilterInput, f: { where: string; params: unknown[] }, withContent: boolean): number {
  const { q, ...others } = input;
  const match = q && !wholeNumber(q) ? tipMatch(q, withContent) : null;
  // A search alone is counted in the search index itself (no set of ids to build).
  if (match !== null && Object.values(others).every((v) => v === undefined)) {
    return (db.prepare('SELECT count(*) AS n FROM tips_fts WHERE tips_fts MATCH ?').get(match) as { n: number }).n;
  }
  return (db.prepare(`SELECT count(*) AS n FROM tips t ${f.where}`).get(...f.params) as { n: number }).n;
}

/** One page: the ids first (sorted, filtered, offset through indexes), then their rows. */
export function listTips(db: Db, input: TipListInput, due: DueContext, withContent: boolean): Page<TipRow> {
  const { page, pageSize, sortField, sortDir, ...filters } = input;
  const f = tipFilterSql(filters, due, withContent);
  const ids = (
    db
      .prepare(`SELECT t.id FROM tips t LEFT JOIN users h ON h.id = t.handler_user_id ${f.where} ${orderBy(sortField, sortDir)} LIMIT ? OFFSET ?`)
      .all(...f.params, pageSize, page * pageSize) as Array<{ id: number }>
  ).map((r) => r.id);
  return { rows: rowsByIds(db, ids, due), total: countTips(db, filters, f, withContent) };
}

/** The rows of these tips, in the order given (names and counts are read for these only). */
function rowsByIds(db: Db, ids: readonly number[], due: DueContext): TipRow[] {
  if (ids.length === 0) return [];
  const raw = db.prepare(`${SELECT} WHERE t.id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as RawTipRow[];
  const byId = new Map(raw.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toTipRow(r, due)] : [];
  });
}

export function* iterateTips(
  db: Db,
  input: TipFilterInput & { sortField: TipListInput['sortField']; sortDir: 'asc' | 'desc' },
  due: DueContext,
  withContent: boolean,
): Generator<TipRow> {
  const f = tipFilterSql(input, due, withContent);
  const it = db.prepare(`${SELECT} ${f.where} ${orderBy(input.sortField, input.sortDir)}`).iterate(...f.params) as IterableIterator<RawTipRow>;
  for (const raw of it) yield toTipRow(raw, due);
}

export function getTipRow(db: Db, id: number, due: DueContext): TipRow | undefined {
  const raw = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as RawTipRow | undefined;
  return raw ? toTipRow(raw, due) : undefined;
}

/** Open tips (by id) waiting at these statuses, optionally only one handler's, soonest due first. */
export function tipRowsWhere(db: Db, where: string, params: unknown[], due: DueContext, limit: number): TipRow[] {
  const ids = (
    db.prepare(`SELECT t.id FROM tips t WHERE ${where} ORDER BY ifnull(t.due_date, '9999-12-31'), t.id LIMIT ?`).all(...params, limit) as Array<{ id: number }>
  ).map((r) => r.id);
  return rowsByIds(db, ids, due);
}

export function tipCounts(db: Db, due: DueContext): { open: number; overdue: number; dueSoon: number; thisYear: number } {
  // Four counts, each through its own index (one pass over every tip would be slower at scale).
  const n = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
  return {
    open: n("SELECT count(*) AS n FROM tips WHERE status IN ('待拟办', '待审批', '承办中', '待反馈', '待归档')"),
    overdue: n('SELECT count(*) AS n FROM tips WHERE due_date < ?', due.today),
    dueSoon: n('SELECT count(*) AS n FROM tips WHERE due_date BETWEEN ? AND ?', due.today, addDays(due.today, due.soonDays)),
    thisYear: n('SELECT count(*) AS n FROM tips WHERE received_date >= ? AND repeat_of IS NULL', `${due.today.slice(0, 4)}-01-01`),
  };
}

/** Extension requests waiting for a leader, on tips still in handling. */
export function pendingExtensionTasks(db: Db, limit: number): Array<{ extensionId: number; tipId: number; newDue: string }> {
  return db
    .prepare(
      `SELECT e.id AS extensionId, e.tip_id AS tipId, e.new_due AS newDue FROM tip_extensions e JOIN tips t ON t.id = e.tip_id
       WHERE e.state = '待审批' AND t.status = '承办中' ORDER BY e.id LIMIT ?`,
    )
    .all(limit) as Array<{ extensionId: number; tipId: number; newDue: string }>;
}
