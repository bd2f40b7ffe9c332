// Finding earlier tips about the same matter, and the groups of 重复件.
import type { Db } from '../../types.ts';
import type { TipStatus } from '../../../shared/tips/enums.ts';

export function insertDismissals(db: Db, tipId: number, otherIds: readonly number[], at: string, by: string): void {
  const insert = db.prepare('INSERT OR IGNORE INTO tip_repeat_dismissals (tip_id, other_id, at, by_name) VALUES (?, ?, ?, ?)');
  for (const other of otherIds) if (other !== tipId) insert.run(tipId, other, at, by);
}

export function dismissedIds(db: Db, tipId: number): number[] {
  return (db.prepare('SELECT other_id AS id FROM tip_repeat_dismissals WHERE tip_id = ?').all(tipId) as Array<{ id: number }>).map((r) => r.id);
}

const LIMIT = 200;

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * Tips since `since` naming one of these people — by registry id, or by a name typed (not
 * picked from the registry) — with the names that matched.
 */
export function tipsNaming(db: Db, by: 'person_id' | 'name', values: readonly (number | string)[], since: string): Array<{ id: number; name: string }> {
  if (values.length === 0) return [];
  return db
    .prepare(
      `SELECT tp.tip_id AS id, tp.name FROM tip_people tp JOIN tips t ON t.id = tp.tip_id
       WHERE tp.${by} IN (${placeholders(values.length)}) AND t.received_date >= ?
       ORDER BY t.received_date DESC LIMIT ${LIMIT}`,
    )
    .all(...values, since) as Array<{ id: number; name: string }>;
}

/** Tips since `since` about these units (reported directly, or through a person of the unit). */
export function tipsAboutUnits(db: Db, unitIds: readonly number[], since: string): Array<{ id: number; name: string }> {
  if (unitIds.length === 0) return [];
  const ph = placeholders(unitIds.length);
  return db
    .prepare(
      `SELECT x.id, u.name FROM (
         SELECT tip_id AS id, unit_id FROM tip_units WHERE unit_id IN (${ph})
         UNION SELECT tip_id, unit_id FROM tip_people WHERE unit_id IN (${ph})
       ) x JOIN tips t ON t.id = x.id JOIN units u ON u.id = x.unit_id
       WHERE t.received_date >= ? ORDER BY t.received_date DESC LIMIT ${LIMIT}`,
    )
    .all(...unitIds, ...unitIds, since) as Array<{ id: number; name: string }>;
}

/** The best full-text matches since `since` for an FTS expression (OR of phrases). */
export function tipsMatchingText(db: Db, match: string, since: string, limit: number): number[] {
  return (
    db
      .prepare(
        `SELECT f.rowid AS id FROM tips_fts f JOIN tips t ON t.id = f.rowid
         WHERE tips_fts MATCH ? AND t.received_date >= ? ORDER BY f.rank LIMIT ?`,
      )
      .all(match, since, limit) as Array<{ id: number }>
  ).map((r) => r.id);
}

export interface CandidateText {
  id: number;
  number: string;
  receivedDate: string;
  summary: string;
  content: string;
  status: TipStatus;
  repeatOf: number | null;
}

export function candidateTexts(db: Db, ids: readonly number[]): CandidateText[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT id, number, received_date AS receivedDate, summary, substr(content, 1, 600) AS content, status, repeat_of AS repeatOf
       FROM tips WHERE id IN (${placeholders(ids.length)})`,
    )
    .all(...ids) as CandidateText[];
}

/** The original and all its repeats. */
export function repeatGroup(
  db: Db,
  rootId: number,
): Array<{ id: number; number: string; receivedDate: string; summary: string; status: TipStatus; isOriginal: boolean }> {
  const rows = db
    .prepare(
      `SELECT id, number, received_date AS receivedDate, summary, status, id = ? AS isOriginal FROM tips
       WHERE id = ? OR repeat_of = ? ORDER BY received_date, id`,
    )
    .all(rootId, rootId, rootId) as Array<{ id: number; number: string; receivedDate: string; summary: string; status: TipStatus; isOriginal: number }>;
  return rows.map((r) => ({ ...r, isOriginal: r.isOriginal === 1 }));
}

export function countRepeatsOf(db: Db, id: number): number {
  return (db.prepare('SELECT count(*) AS n FROM tips WHERE repeat_of = ?').get(id) as { n: number }).n;
}

/** In how many tips each character occurs (from the search index's vocabulary). */
export function charDocCounts(db: Db, chars: readonly string[]): Map<string, number> {
  if (chars.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT term, doc FROM tips_fts_vocab WHERE term IN (${placeholders(chars.length)})`)
    .all(...chars) as Array<{ term: string; doc: number }>;
  return new Map(rows.map((r) => [r.term, r.doc]));
}
