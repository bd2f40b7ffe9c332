// "Overdue rectification at quarter end" as the scoring engine reads it (DOMAIN.md, the integrity
// index): the SQL form of overdueAt / deadlineInForce (shared/rectification/flow.ts), answered from
// the items' history as of a day — registered by then (created_on), not 已销号 by the end of that
// day (closed_on), and the deadline in force that day (the last extension approved on or before
// it, else the original) before it — never from today's status or today's deadline.
import type { Db } from '../../types.ts';

/**
 * The deadline in force at the end of the day bound to the first parameter, for the items alias
 * i: the extension approved last on or before that day (the later row on the same day), through
 * the partial index rect_extensions_approved.
 */
const DEADLINE_AT = `ifnull((
    SELECT e.requested_deadline FROM rect_extensions e
    WHERE e.item_id = i.id AND e.state = '已批准' AND e.decided_on <= ?
    ORDER BY e.decided_on DESC, e.id DESC LIMIT 1
  ), i.deadline_original)`;

/**
 * Registered by `day`, open at its end (the two parameters are the day): a range of the index
 * rect_items_open_at (migration 0012), which holds what the rule reads — at a quarter end years
 * ago, the few items closed later, not every item.
 */
const OPEN_AT = "ifnull(i.closed_on, '9999-12-31') > ? AND i.created_on <= ?";
const ITEMS_OPEN_AT = 'rect_items i INDEXED BY rect_items_open_at';

export interface OverdueItemAt {
  id: number;
  number: string;
  unitId: number;
  problem: string;
  /** The deadline in force on the day (before it). */
  deadline: string;
}

/** The items overdue at the end of `day` (YYYY-MM-DD), of one unit or all, by unit then number. */
export function overdueItemsAt(db: Db, day: string, unitId?: number): OverdueItemAt[] {
  const unit = unitId === undefined ? '' : 'AND i.unit_id = ?';
  return db
    .prepare(
      `SELECT id, number, unitId, problem, deadline FROM (
         SELECT i.id, i.number, i.unit_id AS unitId, i.problem, ${DEADLINE_AT} AS deadline
         FROM ${ITEMS_OPEN_AT} WHERE ${OPEN_AT} ${unit}
       ) WHERE deadline < ? ORDER BY unitId, number, id`,
    )
    .all(day, day, day, ...(unitId === undefined ? [] : [unitId]), day) as OverdueItemAt[];
}

/** How many items of each unit are overdue at the end of `day` (units with none are absent). */
export function overdueCountsByUnitAt(db: Db, day: string): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT unitId, count(*) AS n FROM (
         SELECT i.unit_id AS unitId, ${DEADLINE_AT} AS deadline FROM ${ITEMS_OPEN_AT} WHERE ${OPEN_AT}
       ) WHERE deadline < ? GROUP BY unitId`,
    )
    .all(day, day, day, day) as Array<{ unitId: number; n: number }>;
  return new Map(rows.map((r) => [r.unitId, r.n]));
}
