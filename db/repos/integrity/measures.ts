// 满意度调查 and 行政成本 as stored: a page of the units scored in a period, their survey rates (one
// row per unit, period and survey) and their cost figures (one row per unit and period), and
// writing or removing them. Every figure is in hundredths (87.35% → 8735).
import type { Db } from '../../types.ts';
import { UNIT_COLUMNS, UNIT_FROM, UNIT_ORDER, unitWhere, type IndexUnit, type UnitFilter } from './checks.ts';

/** A page of the units scored in the period that match the filter, and how many match. */
export function measureUnits(db: Db, f: UnitFilter & { page: number; pageSize: number }): { rows: IndexUnit[]; total: number } {
  const w = unitWhere(f);
  const total = (db.prepare(`SELECT count(*) AS n ${UNIT_FROM} ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${UNIT_COLUMNS} ${UNIT_FROM} ${w.sql} ${UNIT_ORDER} LIMIT ? OFFSET ?`)
    .all(...w.params, f.pageSize, f.page * f.pageSize) as IndexUnit[];
  return { rows, total };
}

/** Who wrote a figure, and from which import (null: entered by hand). */
export interface StoredEntry {
  id: number;
  unitId: number;
  importId: number | null;
  byName: string;
  at: string;
}
export interface StoredSurvey extends StoredEntry {
  surveyKey: string;
  rate: number;
}
export interface StoredCost extends StoredEntry {
  costPerCapita: number;
  savingRate: number;
}

export function surveysOf(db: Db, unitIds: readonly number[], year: number, quarter: number): StoredSurvey[] {
  return db
    .prepare(
      `SELECT id, unit_id AS unitId, survey_key AS surveyKey, rate, import_id AS importId, by_name AS byName, at
         FROM index_surveys WHERE year = ? AND quarter = ? AND unit_id IN (SELECT value FROM json_each(?)) ORDER BY unit_id, id`,
    )
    .all(year, quarter, JSON.stringify(unitIds)) as StoredSurvey[];
}

export function costsOf(db: Db, unitIds: readonly number[], year: number, quarter: number): StoredCost[] {
  return db
    .prepare(
      `SELECT id, unit_id AS unitId, cost_per_capita AS costPerCapita, saving_rate AS savingRate, import_id AS importId, by_name AS byName, at
         FROM index_costs WHERE year = ? AND quarter = ? AND unit_id IN (SELECT value FROM json_each(?)) ORDER BY unit_id`,
    )
    .all(year, quarter, JSON.stringify(unitIds)) as StoredCost[];
}

/** Who, when and from which import a figure was written. */
export interface WrittenBy {
  importId: number | null;
  userId: number | null;
  byName: string;
  at: string;
}

export function upsertSurvey(db: Db, unitId: number, year: number, quarter: number, surveyKey: string, rate: number, by: WrittenBy): void {
  db.prepare(
    `INSERT INTO index_surveys (unit_id, year, quarter, survey_key, rate, import_id, user_id, by_name, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (year, quarter, unit_id, survey_key) DO UPDATE SET
       rate = excluded.rate, import_id = excluded.import_id, user_id = excluded.user_id, by_name = excluded.by_name, at = excluded.at`,
  ).run(unitId, year, quarter, surveyKey, rate, by.importId, by.userId, by.byName, by.at);
}

export function deleteSurvey(db: Db, unitId: number, year: number, quarter: number, surveyKey: string): void {
  db.prepare('DELETE FROM index_surveys WHERE unit_id = ? AND year = ? AND quarter = ? AND survey_key = ?').run(unitId, year, quarter, surveyKey);
}

export function upsertCost(db: Db, unitId: number, year: number, quarter: number, costPerCapita: number, savingRate: number, by: WrittenBy): void {
  db.prepare(
    `INSERT INTO index_costs (unit_id, year, quarter, cost_per_capita, saving_rate, import_id, user_id, by_name, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (year, quarter, unit_id) DO UPDATE SET
       cost_per_capita = excluded.cost_per_capita, saving_rate = excluded.saving_rate, import_id = excluded.import_id,
       user_id = excluded.user_id, by_name = excluded.by_name, at = excluded.at`,
  ).run(unitId, year, quarter, costPerCapita, savingRate, by.importId, by.userId, by.byName, by.at);
}

export function deleteCost(db: Db, unitId: number, year: number, quarter: number): void {
  db.prepare('DELETE FROM index_costs WHERE unit_id = ? AND year = ? AND quarter = ?').run(unitId, year, quarter);
}
