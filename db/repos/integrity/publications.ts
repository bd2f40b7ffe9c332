// 发布 as stored: a period's publications (the one in force and those it superseded), writing a new
// one and superseding the one in force (the only change the trigger allows: superseded_by and
// superseded_at), and the counts of colours or grades of a publication's results.
import type { Db } from '../../types.ts';

export interface StoredPublication {
  id: number;
  year: number;
  quarter: number;
  schemeId: number;
  schemeYear: number;
  schemeVersion: number;
  inputsHash: string;
  reason: string;
  missingChecks: number;
  publishedAt: string;
  publishedByName: string;
  supersededAt: string | null;
  units: number;
  /** 绿/橙/红 (a quarter) or A/B/C (a year) → units, as JSON text of the counts. */
  countsJson: string;
}

const COLUMNS = `p.id, p.year, p.quarter, p.scheme_id AS schemeId, s.year AS schemeYear, s.version AS schemeVersion, p.inputs_hash AS inputsHash,
  p.reason, p.missing_checks AS missingChecks, p.published_at AS publishedAt, p.by_name AS publishedByName, p.superseded_at AS supersededAt,
  (SELECT count(*) FROM index_results r WHERE r.publication_id = p.id) AS units,
  (SELECT json_group_object(k, n) FROM (SELECT ifnull(r.colour, r.grade) AS k, count(*) AS n FROM index_results r WHERE r.publication_id = p.id GROUP BY k)) AS countsJson`;
const FROM = 'index_publications p JOIN index_schemes s ON s.id = p.scheme_id';

/** The publication in force for a period (quarter 0: the year), or undefined. */
export function publicationInForce(db: Db, year: number, quarter: number): StoredPublication | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.year = ? AND p.quarter = ? AND p.superseded_by IS NULL`).get(year, quarter) as
    | StoredPublication
    | undefined;
}

/** The publications in force of a year's periods (quarters 1–4 and 0). */
export function publicationsInForce(db: Db, year: number): StoredPublication[] {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.year = ? AND p.superseded_by IS NULL ORDER BY p.quarter`).all(year) as StoredPublication[];
}

/** Every publication of a year, superseded ones included, newest first. */
export function publicationsOfYear(db: Db, year: number): StoredPublication[] {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.year = ? ORDER BY p.published_at DESC, p.id DESC`).all(year) as StoredPublication[];
}

export function getPublication(db: Db, id: number): StoredPublication | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.id = ?`).get(id) as StoredPublication | undefined;
}


export interface NewPublication {
  year: number;
  quarter: number;
  schemeId: number;
  inputsHash: string;
  reason: string;
  missingChecks: number;
  userId: number | null;
  byName: string;
  at: string;
}

/**
 * Writes a publication of a period, superseding the one in force (kept as it was; only its
 * superseded_by and superseded_at are set, as the trigger allows). Only one publication of a
 * period is in force (a unique index), so the earlier one is marked first, pointing at the id the
 * new one then takes; the foreign key is checked at the commit (defer_foreign_keys lasts until
 * the end of the transaction). Returns the new id.
 */
export function insertPublication(db: Db, p: NewPublication, supersedes: number | null): number {
  const id = (db.prepare('SELECT ifnull(max(id), 0) + 1 AS id FROM index_publications').get() as { id: number }).id;
  if (supersedes !== null) {
    db.pragma('defer_foreign_keys = ON');
    const changed = db
      .prepare('UPDATE index_publications SET superseded_by = ?, superseded_at = ? WHERE id = ? AND superseded_by IS NULL')
      .run(id, p.at, supersedes).changes;
    if (changed !== 1) throw new Error(`publication ${supersedes} is not in force`);
  }
  db.prepare(
    `INSERT INTO index_publications (id, year, quarter, scheme_id, inputs_hash, reason, missing_checks, user_id, by_name, published_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, p.year, p.quarter, p.schemeId, p.inputsHash, p.reason, p.missingChecks, p.userId, p.byName, p.at);
  return id;
}
