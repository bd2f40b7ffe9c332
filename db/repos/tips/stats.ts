// Statistics of tips (信访举报统计) and the extra columns of the ledger export: SQL only.
// Counts are grouped by month of the year; 重复件 (repeat_of IS NOT NULL) are never counted
// (the same matter is counted once, at its original) but their number is reported.
import type { Db } from '../../types.ts';
import type { StatDimension } from '../../../shared/tips/stats.ts';

/** One cell of the month grid: the label (an enumeration value or a fallback) and the month 1–12. */
export interface StatCell {
  label: string;
  month: number;
  n: number;
}

/** A grade breakdown cell of an outcome (e.g. 党纪处分 · 警告). */
export interface GradeCell {
  outcome: string;
  grade: string;
  month: number;
  n: number;
}

/** Label of tips not yet proposed (no 处置方式). */
export const NO_DISPOSAL = '未拟办';
/** Label of tips concluded without a finding (暂存待查, 予以了结). */
export const NO_FINDING = '未作认定';
/** Label of tips not concluded yet. */
export const NOT_CONCLUDED = '未办结';

const MONTH = 'CAST(substr(t.received_date, 6, 2) AS INTEGER)';
const IN_YEAR = 't.received_date >= ? AND t.received_date < ? AND t.repeat_of IS NULL';

const BY_DIMENSION: Record<Exclude<StatDimension, 'outcome'>, string> = {
  channel: `SELECT t.channel AS label, ${MONTH} AS month, count(*) AS n FROM tips t WHERE ${IN_YEAR} GROUP BY 1, 2`,
  category: `SELECT c.category AS label, ${MONTH} AS month, count(*) AS n
             FROM tips t JOIN tip_categories c ON c.tip_id = t.id WHERE ${IN_YEAR} GROUP BY 1, 2`,
  disposal: `SELECT ifnull(t.disposal, '${NO_DISPOSAL}') AS label, ${MONTH} AS month, count(*) AS n
             FROM tips t WHERE ${IN_YEAR} GROUP BY 1, 2`,
  result: `SELECT CASE WHEN t.result IS NOT NULL THEN t.result
                       WHEN t.concluded_date IS NOT NULL THEN '${NO_FINDING}'
                       ELSE '${NOT_CONCLUDED}' END AS label, ${MONTH} AS month, count(*) AS n
           FROM tips t WHERE ${IN_YEAR} GROUP BY 1, 2`,
};

function yearRange(year: number): [string, string] {
  return [`${year}-01-01`, `${year + 1}-01-01`];
}

/**
 * Counts per label and month of received_date (outcomes: per person, by decided_date). Outcomes
 * decided on a 重复件 are not counted either (the matter is counted at its original).
 */
export function statCells(db: Db, year: number, dimension: StatDimension): StatCell[] {
  if (dimension === 'outcome') {
    return db
      .prepare(
        `SELECT e.outcome AS label, CAST(substr(e.decided_date, 6, 2) AS INTEGER) AS month, count(*) AS n
         FROM discipline_events e JOIN tips t ON t.id = e.tip_id
         WHERE e.decided_date >= ? AND e.decided_date < ? AND t.repeat_of IS NULL GROUP BY 1, 2`,
      )
      .all(...yearRange(year)) as StatCell[];
  }
  return db.prepare(BY_DIMENSION[dimension]).all(...yearRange(year)) as StatCell[];
}

/** Outcomes with a grade (党纪处分, 政务处分) per grade and month of decided_date. */
export function outcomeGradeCells(db: Db, year: number): GradeCell[] {
  return db
    .prepare(
      `SELECT e.outcome, e.grade, CAST(substr(e.decided_date, 6, 2) AS INTEGER) AS month, count(*) AS n
       FROM discipline_events e JOIN tips t ON t.id = e.tip_id
       WHERE e.decided_date >= ? AND e.decided_date < ? AND t.repeat_of IS NULL AND e.grade <> '' GROUP BY 1, 2, 3`,
    )
    .all(...yearRange(year)) as GradeCell[];
}

/** Tips received in the year (each counted once: 重复件 excluded). */
export function countTipsInYear(db: Db, year: number): number {
  return (db.prepare(`SELECT count(*) AS n FROM tips t WHERE ${IN_YEAR}`).get(...yearRange(year)) as { n: number }).n;
}

/** 重复件 received in the year. */
export function countRepeatsInYear(db: Db, year: number): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM tips WHERE received_date >= ? AND received_date < ? AND repeat_of IS NOT NULL')
      .get(...yearRange(year)) as { n: number }
  ).n;
}

// ---- the ledger export ------------------------------------------------------------------------

/**
 * 承办时限 of a tip as it stands: the latest approved extension's new date, else the deadline as
 * approved; null before approval. Returns a lookup by tip id (one prepared statement).
 */
export function handlingDueLookup(db: Db): (tipId: number) => string | null {
  const stmt = db.prepare(
    `SELECT coalesce(
       (SELECT e.new_due FROM tip_extensions e WHERE e.tip_id = t.id AND e.state = '已批准' ORDER BY e.id DESC LIMIT 1),
       t.handling_due_original) AS due
     FROM tips t WHERE t.id = ?`,
  );
  return (tipId) => (stmt.get(tipId) as { due: string | null } | undefined)?.due ?? null;
}
