// A publication's frozen results: one row per scored unit with its score, colour (a quarter) or
// grade (a year), veto, the whole result with its lines as JSON and its inputs' hash. Written once
// with the publication; the triggers refuse every change and removal.
import type { Db } from '../../types.ts';
import type { Colour, Grade } from '../../../shared/integrity/index.ts';

export interface NewResult {
  unitId: number;
  unitName: string;
  unitType: string;
  parentName: string;
  score: number;
  colour: Colour | null;
  grade: Grade | null;
  veto: boolean;
  /** The whole UnitQuarterScore or UnitYearScore as JSON. */
  resultJson: string;
  inputsHash: string;
}

export function insertResults(db: Db, publicationId: number, rows: readonly NewResult[]): void {
  const insert = db.prepare(
    `INSERT INTO index_results (publication_id, unit_id, unit_name, unit_type, parent_name, score, colour, grade, veto, result, inputs_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of rows) {
    insert.run(publicationId, r.unitId, r.unitName, r.unitType, r.parentName, r.score, r.colour, r.grade, r.veto ? 1 : 0, r.resultJson, r.inputsHash);
  }
}

export interface StoredResult {
  unitId: number;
  score: number;
  colour: Colour | null;
  grade: Grade | null;
  veto: number;
  resultJson: string;
  inputsHash: string;
}

/** Every result of a publication, by unit. */
export function publicationResults(db: Db, publicationId: number): StoredResult[] {
  return db
    .prepare(
      `SELECT unit_id AS unitId, score, colour, grade, veto, result AS resultJson, inputs_hash AS inputsHash
       FROM index_results WHERE publication_id = ? ORDER BY unit_id`,
    )
    .all(publicationId) as StoredResult[];
}

/** One unit's result in a publication, or undefined where it was not scored. */
export function publicationResult(db: Db, publicationId: number, unitId: number): StoredResult | undefined {
  return db
    .prepare(
      `SELECT unit_id AS unitId, score, colour, grade, veto, result AS resultJson, inputs_hash AS inputsHash
       FROM index_results WHERE publication_id = ? AND unit_id = ?`,
    )
    .get(publicationId, unitId) as StoredResult | undefined;
}

/** Every unit id in the registry's order (the pinyin of the name), for sorting the grid by name. */
export function unitIdsByName(db: Db): number[] {
  return (db.prepare('SELECT id FROM units ORDER BY sort_key, name, id').all() as Array<{ id: number }>).map((r) => r.id);
}

/** The years with an enabled scheme or a publication, oldest first (a unit's trend). */
export function indexedYears(db: Db): number[] {
  return (
    db
      .prepare("SELECT year FROM index_schemes WHERE status = '已启用' UNION SELECT year FROM index_publications ORDER BY year")
      .all() as Array<{ year: number }>
  ).map((r) => r.year);
}
