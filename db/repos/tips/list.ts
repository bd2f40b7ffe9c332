// The tip ledger (问题线索台账): filters, sorting and paging in SQL.
import type { Db } from '../../types.ts';
import type { TipCategory } from '../../../shared/tips/enums.ts';
import { TIP_TOTAL_CAP, type TipFilterInput, type TipListInput, type TipPage, type TipRow } from '../../../shared/tips/ledger.ts';
import { TIP_STATUSES, type TipStatus } from '../../../shared/tips/enums.ts';
import { waitingFor } from '../../../shared/tips/flow.ts';
import type { Role } from '../../../shared/core/index.ts';
import { maskName } from '../../../shared/kernel/mask.ts';
import { addDays, dueStatus } from '../../../shared/kernel/workdays.ts';
import { tipMatch, tipSearchCondition, wholeNumber } from './search.ts';
import { categoryBit } from './categoryMask.ts';

/** What the ledger needs to know about "today" to compute 逾期 / 即将到期. */
export interface DueContext {
  today: string;
  soonDays: number;
}

const SELECT = `
  SELECT t.id, t.number, t.received_date AS receivedDate, t.channel, t.mode, t.reporter_name AS reporterName,
         (SELECT group_concat(name, '、') FROM (SELECT name FROM tip_people WHERE tip_id = t.id ORDER BY position)) AS peopleNames,
         (SELECT group_concat(ifnull(nullif(unit_name, ''), '—'), '、') FROM (SELECT unit_name FROM tip_people WHERE tip_id = t.id ORDER BY position)) AS peopleUnits,
         (SELECT group_concat(ifnull(nullif(post, ''), '—'), '、') FROM (SELECT post FROM tip_people WHERE tip_id = t.id ORDER BY position)) AS peoplePosts,
         (SELECT group_concat(u.name, '、') FROM tip_units tu JOIN units u ON u.id = tu.unit_id WHERE tu.tip_id = t.id) AS unitNames,
         (SELECT group_concat(category, ',') FROM tip_categories WHERE tip_id = t.id) AS categories,
         t.summary, t.status, t.disposal, t.handling_dept AS handlingDept, t.handler_user_id AS handlerUserId,
         ifnull(h.display_name, '') AS handlerName, t.due_date AS dueDate, t.result, t.repeat_of AS repeatOf,
         r.number AS repeatOfNumber, (SELECT count(*) FROM tips x WHERE x.repeat_of = t.id) AS repeatCount, t.version
  FROM tips t
  LEFT JOIN users h ON h.id = t.handler_user_id
  LEFT JOIN tips r ON r.id = t.repeat_of`;

const STATUS_ORDER = `CASE t.status ${TIP_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

/** The sort keys of each sort field (each in the direction asked, the id breaking ties). */
const SORT_SQL: Record<TipListInput['sortField'], string[]> = {
  number: ['t.year', 't.seq'],
  receivedDate: ['t.received_date'],
  channel: ['t.channel'],
  status: [STATUS_ORDER],
  dueDate: ["ifnull(t.due_date, '9999-12-31')"],
  handlerName: ['h.display_name'],
  summary: ['t.summary'],
};

export interface RawTipRow extends Omit<TipRow, 'reporterMasked' | 'categories' | 'dueState' | 'peopleUnits' | 'peoplePosts'> {
  reporterName: string;
  categories: string | null;
  peopleNames: string;
  peopleUnits: string | null;
  peoplePosts: string | null;
  unitNames: string;
}

export function toTipRow(raw: RawTipRow, due: DueContext): TipRow {
  const { reporterName, categories, ...rest } = raw;
  return {
    ...rest,
    peopleNames: raw.peopleNames ?? '',
    peopleUnits: raw.peopleUnits ?? '',
    peoplePosts: raw.peoplePosts ?? '',
    unitNames: raw.unitNames ?? '',
    reporterMasked: raw.mode === '实名' ? maskName(reporterName) : '',
    categories: categories ? (categories.split(',') as TipCategory[]) : [],
    dueState: raw.dueDate ? dueStatus(raw.dueDate, due.today, due.soonDays) : null,
  };
}

/**
 * Who asks: the 我的 filter is about them, and a search looks into 反映内容 only when they may read
 * it (none: the command line, for which nothing is 我的 and which reads everything).
 */
export interface Viewer {
  id: number;
  role: Role;
  readsContent: boolean;
}

function readsContent(viewer: Viewer | null): boolean {
  return viewer === null || viewer.readsContent;
}

/**
 * 待我办理 as SQL — the one condition behind 首页's lists and figures and the ledger's 我的 filter
 * (the rule: shared/tips/flow.ts waitingFor). Each term is served by an index (status; handler;
 * the pending extension requests), so SQLite answers the OR as a union of index lookups.
 */
export function waitingForSql(viewer: Viewer, status?: TipStatus): { sql: string; params: unknown[] } {
  const rule = waitingFor(viewer.role);
  // With a status filter too, only the terms of that status (a term that cannot match would
  // still be looked for, e.g. in every 已归档 tip).
  const may = (s: TipStatus) => status === undefined || status === s;
  const parts: string[] = [];
  const params: unknown[] = [];
  if (may('承办中')) {
    parts.push("(t.handler_user_id = ? AND t.status = '承办中')");
    params.push(viewer.id);
  }
  const statuses = rule.statuses.filter(may);
  if (statuses.length) {
    parts.push(`t.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  if (rule.extensionRequests && may('承办中')) {
    parts.push("(t.id IN (SELECT e.tip_id FROM tip_extensions e WHERE e.state = '待审批') AND t.status = '承办中')");
  }
  return { sql: parts.length ? `(${parts.join(' OR ')})` : '0', params };
}

/**
 * A filter as SQL for the tips alias t: joins (after FROM tips t), the WHERE clause, their
 * parameters in order. `joins` lets SQLite choose where to start (a rare category's index, to
 * count or to gather a few matches); `orderedJoins` start from the tips (CROSS JOIN), so that a
 * page is read in the ledger's order through the tips' indexes. The only join is a rare
 * category's (`categoryStart`); a category is otherwise a test of the tip's category mask.
 */
export interface TipFilterSql {
  joins: string;
  orderedJoins: string;
  where: string;
  params: unknown[];
}

export interface TipFilterPlan {
  /**
   * The search matches many tips (past the cap): test it for each tip another filter finds,
   * rather than gather its tens of thousands of matches first (the `= 1` keeps SQLite from
   * starting there).
   */
  commonSearch?: boolean;
  /** The category is rare (categoryIsRare): SQLite may also start from its own index. */
  categoryStart?: boolean;
}

export function tipFilterSql(input: TipFilterInput, due: DueContext, viewer: Viewer | null = null, plan: TipFilterPlan = {}): TipFilterSql {
  const { commonSearch = false, categoryStart = false } = plan;
  const joins: string[] = [];
  const joinParams: unknown[] = [];
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (input.q) {
    const s = tipSearchCondition(input.q, readsContent(viewer));
    if (s) add(commonSearch ? `(${s.sql}) = 1` : s.sql, ...s.params);
  }
  if (input.channel) add('t.channel = ?', input.channel);
  if (input.status) add('t.status = ?', input.status);
  if (input.disposal) add('t.disposal = ?', input.disposal);
  if (input.mode) add('t.mode = ?', input.mode);
  // The category's bit in the tip's mask (migration 0008): every covering index of the ledger
  // holds the mask, so the category is tested inside the index another filter reads, with no
  // look-up per tip. A rare category is also a join (a tip holds a category once), so that SQLite
  // may start from its index instead — at most CATEGORY_START_LIMIT tips to look up. A common one
  // is not: SQLite would start there when the other filter is a range (28,000 tips of 廉洁纪律
  // looked up to find the 300 received this month: 40 ms).
  if (input.category) {
    add('(t.category_mask & ?) != 0', categoryBit(input.category));
    if (categoryStart) {
      joins.push('tip_categories c ON c.tip_id = t.id AND c.category = ?');
      joinParams.push(input.category);
    }
  }
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
  // A range (ids are positive), so that SQLite seeks the repeats' own index (5% of tips) rather than
  // checking every tip another filter finds.
  if (input.repeat === true) add('t.repeat_of > 0');
  if (input.repeat === false) add('t.repeat_of IS NULL');
  if (input.mine === '我承办的') {
    if (viewer) add('t.handler_user_id = ?', viewer.id);
    else add('0');
  }
  if (input.mine === '待我办理') {
    if (viewer) {
      const w = waitingForSql(viewer, input.status);
      add(w.sql, ...w.params);
    } else add('0');
  }
  return { joins: joins.map((j) => `JOIN ${j}`).join(' '), orderedJoins: joins.map((j) => `CROSS JOIN ${j}`).join(' '), where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params: [...joinParams, ...params] };
}

/**
 * A category with at most this many tips is rare: a query may start from its index and look up
 * each of its tips (about 0.7 µs each, so 3–4 ms at most, whatever the size of the ledger). That
 * beats testing the mask where no other filter narrows the tips through an index: the category
 * alone, or with a common search word (tested per tip) — there the mask would be tested for
 * every tip of the ledger.
 */
export const CATEGORY_START_LIMIT = 5000;

/** Whether the category holds at most CATEGORY_START_LIMIT tips (counted in its index, up to that). */
export function categoryIsRare(db: Db, category: TipCategory): boolean {
  const n = (db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM tip_categories WHERE category = ? LIMIT ?)').get(category, CATEGORY_START_LIMIT + 1) as { n: number }).n;
  return n <= CATEGORY_START_LIMIT;
}

/** The index that holds the tips in each sort order, where one does (migrations 0003 and 0008). */
const ORDER_INDEX: Partial<Record<TipListInput['sortField'], string>> = {
  receivedDate: 'tips_by_received',
  dueDate: 'tips_due_sort',
};

/**
 * `sortAll`: the matches are few (all counted, under the cap) — sort them, so that SQLite finds
 * them through the filters' indexes (each sort key behind a unary +, which no index serves)
 * rather than read every tip in the ledger's order looking for a few.
 */
function orderBy(sortField: TipListInput['sortField'], sortDir: 'asc' | 'desc', sortAll = false): string {
  const dir = sortDir === 'desc' ? 'DESC' : 'ASC';
  return `ORDER BY ${[...SORT_SQL[sortField], 't.id'].map((k) => `${sortAll ? `+${k}` : k} ${dir}`).join(', ')}`;
}

/**
 * The total: counted up to `limit` + 1 matches only (a common search or a wide filter would
 * otherwise count tens of thousands); past `limit` it is reported as `limit`, capped. `limit`
 * null counts every match (计算总数).
 */
function countTips(db: Db, input: TipFilterInput, f: TipFilterSql, limit: number | null, viewer: Viewer | null): { total: number; capped: boolean } {
  const { q, ...others } = input;
  const phrase = q && !wholeNumber(q) ? tipMatch(q, readsContent(viewer)) : null;
  // A search alone is counted in the search index itself (no set of ids to build); a category
  // alone in its own index (no tip looked up).
  const searchAlone = phrase !== null && Object.values(others).every((v) => v === undefined);
  const { category, ...rest } = others;
  const categoryAlone = category !== undefined && q === undefined && Object.values(rest).every((v) => v === undefined);
  const [matches, params] = searchAlone
    ? ['SELECT 1 FROM tips_fts WHERE tips_fts MATCH ?', [phrase]]
    : categoryAlone
      ? ['SELECT 1 FROM tip_categories WHERE category = ?', [category]]
      : [`SELECT 1 FROM tips t ${f.joins} ${f.where}`, f.params];
  if (limit === null) return { total: (db.prepare(`SELECT count(*) AS n FROM (${matches})`).get(...params) as { n: number }).n, capped: false };
  const n = (db.prepare(`SELECT count(*) AS n FROM (${matches} LIMIT ?)`).get(...params, limit + 1) as { n: number }).n;
  return n > limit ? { total: limit, capped: true } : { total: n, capped: false };
}

/** Whether a search alone matches more tips than the cap (counted in the search index, up to the cap). */
function searchMatchesMany(db: Db, q: string, viewer: Viewer | null): boolean {
  const phrase = wholeNumber(q) ? null : tipMatch(q, readsContent(viewer));
  if (phrase === null) return false;
  const n = (db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM tips_fts WHERE tips_fts MATCH ? LIMIT ?)').get(phrase, TIP_TOTAL_CAP + 1) as { n: number }).n;
  return n > TIP_TOTAL_CAP;
}

/**
 * One page: the ids first (sorted, filtered, offset through indexes), then their rows. The total
 * is counted up to TIP_TOTAL_CAP (or the end of this page, if further) unless exactTotal.
 */
export function listTips(db: Db, input: TipListInput, due: DueContext, viewer: Viewer | null = null): TipPage {
  const { page, pageSize, sortField, sortDir, exactTotal, ...filters } = input;
  const { q, ...others } = filters;
  const alone = Object.values(others).every((v) => v === undefined);
  const f = tipFilterSql(filters, due, viewer, {
    commonSearch: q !== undefined && !alone && searchMatchesMany(db, q, viewer),
    categoryStart: filters.category !== undefined && categoryIsRare(db, filters.category),
  });
  // The count first: it says whether the matches are few (then they are sorted) or many (then
  // the first ones in the ledger's order come soon).
  const count = countTips(db, filters, f, exactTotal ? null : Math.max(TIP_TOTAL_CAP, (page + 1) * pageSize), viewer);
  const few = !count.capped && count.total <= TIP_TOTAL_CAP;
  // Many matches, in an order an index holds: read that index in order and test each tip (the
  // first page comes after a few dozen), rather than gather every match (a common search word:
  // 50,000 tips) to sort them. A few: SQLite gathers them where it chooses (a rare category's
  // index too), to sort.
  const inOrder = !few && f.where !== '' ? ORDER_INDEX[sortField] : undefined;
  const ids = (
    db
      .prepare(`SELECT t.id FROM tips t ${inOrder ? `INDEXED BY ${inOrder}` : ''} ${few ? f.joins : f.orderedJoins} LEFT JOIN users h ON h.id = t.handler_user_id ${f.where} ${orderBy(sortField, sortDir, few && f.where !== '')} LIMIT ? OFFSET ?`)
      .all(...f.params, pageSize, page * pageSize) as Array<{ id: number }>
  ).map((r) => r.id);
  return { rows: rowsByIds(db, ids, due), total: count.total, totalCapped: count.capped };
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
  viewer: Viewer | null = null,
): Generator<TipRow> {
  const f = tipFilterSql(input, due, viewer);
  const it = db.prepare(`${SELECT} ${f.orderedJoins} ${f.where} ${orderBy(input.sortField, input.sortDir)}`).iterate(...f.params) as IterableIterator<RawTipRow>;
  for (const raw of it) yield toTipRow(raw, due);
}

export function getTipRow(db: Db, id: number, due: DueContext): TipRow | undefined {
  const raw = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as RawTipRow | undefined;
  return raw ? toTipRow(raw, due) : undefined;
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

/** The extension request waiting for a leader on each of these tips, if any (the newest). */
export function pendingExtensionsOf(db: Db, tipIds: readonly number[]): Map<number, { extensionId: number; newDue: string }> {
  if (tipIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT e.tip_id AS tipId, e.id AS extensionId, e.new_due AS newDue FROM tip_extensions e
       WHERE e.state = '待审批' AND e.tip_id IN (${tipIds.map(() => '?').join(', ')}) ORDER BY e.id`,
    )
    .all(...tipIds) as Array<{ tipId: number; extensionId: number; newDue: string }>;
  return new Map(rows.map((r) => [r.tipId, { extensionId: r.extensionId, newDue: r.newDue }]));
}
