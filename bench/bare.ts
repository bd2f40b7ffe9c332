// The bare SQL a person would write for each ledger page and search the bench measures: no
// service, no dispatch, no zod, no transaction of the runner — one prepared statement for the
// page and one for the total, prepared once on the same database handle. Each uses the indexes
// and search tables the repos use (search_grams for names, tips_fts for tips), because finding
// the rows that way is part of the same work; the filter, the order (with its id tie-break) and
// the page are the same. `compareBare` in run.ts checks that both answer the same ids and total.
import type { Db } from '../db/types.ts';
import { ftsPhrase } from '../db/repos/tips/search.ts';

export interface BareQuery {
  /** The page: rows with an `id`, in order. */
  page: { sql: string; params: unknown[] };
  /** The total count (`n`), or none when the operation has no total (a picker). */
  count?: { sql: string; params: unknown[] };
}

export interface BareResult {
  ids: number[];
  total: number | null;
}

/** Prepares both statements once; the returned function runs them. */
export function prepareBare(db: Db, q: BareQuery): () => BareResult {
  const page = db.prepare(q.page.sql);
  const count = q.count ? db.prepare(q.count.sql) : null;
  return () => {
    const rows = page.all(...q.page.params) as Array<{ id: number }>;
    const total = count ? (count.get(...(q.count?.params ?? [])) as { n: number }).n : null;
    return { ids: rows.map((r) => r.id), total };
  };
}

// ---- people (人员台账): the columns the ledger shows, with the unit's name -----------------

const PEOPLE = `
  SELECT pe.id, pe.name, pe.unit_id, u.name AS unit_name, pe.post, pe.rank, pe.party_member, pe.category,
         pe.status, pe.version, pe.created_at, pe.updated_at
  FROM people pe JOIN units u ON u.id = pe.unit_id`;

/** A name containing the query: one 1- or 2-character piece through search_grams' key, then the whole text. */
export function nameMatch(kind: 'person' | 'unit', idCol: string, nameCol: string, q: string): { sql: string; params: unknown[] } {
  const cs = Array.from(q);
  const probe = cs.slice(0, 2).join('');
  const grams = `${idCol} IN (SELECT ref FROM search_grams WHERE kind = '${kind}' AND gram = ?)`;
  return cs.length <= 2 ? { sql: grams, params: [probe] } : { sql: `${grams} AND instr(${nameCol}, ?) > 0`, params: [probe, q] };
}

export function bareWhere(parts: ReadonlyArray<{ sql: string; params: unknown[] }>): { sql: string; params: unknown[] } {
  return parts.length === 0
    ? { sql: '', params: [] }
    : { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

export function barePeople(where: { sql: string; params: unknown[] }, order: string, pageSize: number, page = 0): BareQuery {
  return {
    page: { sql: `${PEOPLE} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, params: [...where.params, pageSize, page * pageSize] },
    count: { sql: `SELECT count(*) AS n FROM people pe ${where.sql}`, params: where.params },
  };
}

// ---- units (单位台账): with the parent's name and the count of people in post -------------

const UNITS = `
  SELECT u.id, u.name, u.type, u.parent_id, p.name AS parent_name, u.headcount, u.leader_name, u.status,
         u.version, u.created_at, u.updated_at,
         (SELECT count(*) FROM people pe WHERE pe.unit_id = u.id AND pe.status = '在职') AS people_count
  FROM units u LEFT JOIN units p ON p.id = u.parent_id`;

export function bareUnits(where: { sql: string; params: unknown[] }, order: string, pageSize: number, page = 0): BareQuery {
  return {
    page: { sql: `${UNITS} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, params: [...where.params, pageSize, page * pageSize] },
    count: { sql: `SELECT count(*) AS n FROM units u ${where.sql}`, params: where.params },
  };
}

/** The unit picker: active units containing q, shortest names first. */
export function bareUnitOptions(q: string, limit: number): BareQuery {
  const m = nameMatch('unit', 'id', 'name', q);
  return {
    page: { sql: `SELECT id, name, type, status FROM units WHERE ${m.sql} AND status = '正常' ORDER BY length(name), name LIMIT ?`, params: [...m.params, limit] },
  };
}

// ---- tips (问题线索台账) ------------------------------------------------------------------

/** The FTS5 phrase for a query: its characters as tips_fts tokenises them (the repo's own tokens). */
export function phrase(q: string): string {
  const p = ftsPhrase(q);
  if (p === null) throw new Error('empty search in the bench');
  return p;
}

/** What LIKE over the searched fields counts for a query: the count the search must agree with. */
export function likeCount(q: string): { sql: string; params: unknown[] } {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const l = (column: string) => `${column} LIKE ? ESCAPE '\\'`;
  return {
    sql: `SELECT count(*) AS n FROM tips t WHERE ${l('t.number')} OR ${l('t.summary')} OR ${l('t.content')}
          OR EXISTS (SELECT 1 FROM tip_people p WHERE p.tip_id = t.id AND (${l('p.name')} OR ${l('p.unit_name')} OR ${l('p.post')}))
          OR EXISTS (SELECT 1 FROM tip_units tu JOIN units u ON u.id = tu.unit_id WHERE tu.tip_id = t.id AND ${l('u.name')})`,
    params: Array(7).fill(like),
  };
}

export const TIP_FTS = (q: string) => ({ sql: 't.id IN (SELECT rowid FROM tips_fts WHERE tips_fts MATCH ?)', params: [phrase(q)] });

/**
 * One statement for the page: the page's ids in a subquery (filtered, ordered, offset through
 * the indexes), then the ledger's columns — names, units, categories, handler, the original of a
 * 重复件 and the count of its repeats — for those rows only.
 */
/**
 * The ledger counts up to 1000 matches (or to the end of the page asked, if further) and reports
 * that many when there are more (totalCapped): the bare total does the same.
 */
export const countLimit = (pageSize: number, page: number) => Math.max(1000, (page + 1) * pageSize);

export function bareTips(where: { sql: string; params: unknown[] }, order: string, pageSize: number, page = 0, count?: { sql: string; params: unknown[] }): BareQuery {
  const limit = countLimit(pageSize, page);
  return {
    page: {
      sql: `
        SELECT t.id, t.number, t.received_date, t.channel, t.mode, t.reporter_name,
               (SELECT group_concat(name, '、') FROM (SELECT name FROM tip_people WHERE tip_id = t.id ORDER BY position)) AS people_names,
               (SELECT group_concat(u.name, '、') FROM tip_units tu JOIN units u ON u.id = tu.unit_id WHERE tu.tip_id = t.id) AS unit_names,
               (SELECT group_concat(category, ',') FROM tip_categories WHERE tip_id = t.id) AS categories,
               t.summary, t.status, t.disposal, t.handling_dept, t.handler_user_id, h.display_name AS handler_name,
               t.due_date, t.result, t.repeat_of, r.number AS repeat_of_number,
               (SELECT count(*) FROM tips x WHERE x.repeat_of = t.id) AS repeat_count, t.version
        FROM tips t LEFT JOIN users h ON h.id = t.handler_user_id LEFT JOIN tips r ON r.id = t.repeat_of
        WHERE t.id IN (SELECT t.id FROM tips t ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?)
        ORDER BY ${order}`,
      params: [...where.params, pageSize, page * pageSize],
    },
    count: count ?? { sql: `SELECT min(count(*), ${limit}) AS n FROM (SELECT 1 FROM tips t ${where.sql} LIMIT ${limit + 1})`, params: where.params },
  };
}

/** A search alone is counted in the index itself (up to the cap, as the ledger counts). */
export function ftsCount(q: string, limit = countLimit(25, 0)): { sql: string; params: unknown[] } {
  return { sql: `SELECT min(count(*), ${limit}) AS n FROM (SELECT 1 FROM tips_fts WHERE tips_fts MATCH ? LIMIT ${limit + 1})`, params: [phrase(q)] };
}

/** The exact count (计算总数). */
export function ftsCountAll(q: string): { sql: string; params: unknown[] } {
  return { sql: 'SELECT count(*) AS n FROM tips_fts WHERE tips_fts MATCH ?', params: [phrase(q)] };
}
