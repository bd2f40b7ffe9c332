// The 整改台账's summaries: per unit or per source, the items under the ledger's filters counted
// in one grouped query — total, open, 逾期 (open, the deadline in force before today), 按期完成 and
// 逾期完成 (销号 on or before / after the deadline in force, extensions included: an item's
// `deadline` is the one in force, and a closed item takes no extension), and how many were extended.
import type { Db } from '../../types.ts';
import { RECT_SOURCES, type RectSummaryInput, type RectSummaryRow } from '../../../shared/rectification/index.ts';
import { OPEN_SQL, rectFilterSql, type DueDates } from './ledger.ts';

interface Raw {
  key: string;
  label: string;
  total: number;
  open: number;
  overdue: number;
  closedOnTime: number;
  closedLate: number;
  extended: number;
}

const SOURCE_ORDER = `(CASE i.source ${RECT_SOURCES.map((s, k) => `WHEN '${s}' THEN ${k}`).join(' ')} END)`;

export function rectSummary(db: Db, input: RectSummaryInput, due: DueDates, viewerId: number | null): RectSummaryRow[] {
  const { by, ...filters } = input;
  const f = rectFilterSql(filters, due, viewerId);
  const counts = `
    count(*) AS total,
    sum(${OPEN_SQL}) AS open,
    sum(${OPEN_SQL} AND i.deadline < ?) AS overdue,
    sum(i.closed_on IS NOT NULL AND i.closed_on <= i.deadline) AS closedOnTime,
    sum(i.closed_on IS NOT NULL AND i.closed_on > i.deadline) AS closedLate,
    sum(EXISTS (SELECT 1 FROM rect_extensions e WHERE e.item_id = i.id AND e.state = '已批准')) AS extended`;
  const sql = by === 'unit'
    ? `SELECT CAST(i.unit_id AS TEXT) AS key, u.name AS label, ${counts}
       FROM rect_items i JOIN units u ON u.id = i.unit_id ${f.where}
       GROUP BY i.unit_id ORDER BY u.sort_key, u.name, i.unit_id`
    : `SELECT i.source AS key, i.source AS label, ${counts}
       FROM rect_items i ${f.where}
       GROUP BY i.source ORDER BY min(${SOURCE_ORDER})`;
  return db.prepare(sql).all(due.today, ...f.params) as Raw[];
}
