// 控制性检查 as stored: the units scored in a period (the registry's order and name search), the
// grid's page of them with the count of units missing a result, their results, and writing one
// result (upsert: one row per unit, period and item) or removing it (未录入 again).
import type { Db } from '../../types.ts';
import type { CheckResult } from '../../../shared/integrity/index.ts';
import type { UnitType } from '../../../shared/registry/index.ts';
import { searchCondition } from '../registry/index.ts';

/** A unit as the inputs show it (its town is its parent). */
export interface IndexUnit {
  id: number;
  name: string;
  type: UnitType;
  parentId: number | null;
  parentName: string;
  establishedDate: string | null;
  revokedDate: string | null;
}

export const UNIT_COLUMNS = `u.id, u.name, u.type, u.parent_id AS parentId, ifnull(p.name, '') AS parentName,
  u.established_date AS establishedDate, u.revoked_date AS revokedDate`;
export const UNIT_FROM = 'FROM units u LEFT JOIN units p ON p.id = u.parent_id';

/**
 * The units scored in a period: exactly shared/integrity/flow.ts scoredIn — set up on or before
 * the period's last day and not 撤销 before its first day. Params: [to, from].
 */
export function scoredInSql(alias: string): string {
  return `${alias}.established_date <= ? AND (${alias}.revoked_date IS NULL OR ${alias}.revoked_date >= ?)`;
}

export interface UnitFilter {
  from: string;
  to: string;
  unitType?: UnitType | undefined;
  parentId?: number | undefined;
  q?: string | undefined;
}

/** The WHERE of the units scored in the period that match the filter, and its params. */
export function unitWhere(f: UnitFilter): { sql: string; params: unknown[] } {
  const parts = [scoredInSql('u')];
  const params: unknown[] = [f.to, f.from];
  if (f.unitType) {
    parts.push('u.type = ?');
    params.push(f.unitType);
  }
  if (f.parentId !== undefined) {
    parts.push('u.parent_id = ?');
    params.push(f.parentId);
  }
  if (f.q) {
    const s = searchCondition('unit', 'u.id', 'u.name', f.q);
    parts.push(s.sql);
    params.push(...s.params);
  }
  return { sql: `WHERE ${parts.join(' AND ')}`, params };
}

/** Names first by their pinyin key, as the registry lists them; ties by name and id (stable pages). */
export const UNIT_ORDER = 'ORDER BY u.sort_key, u.name, u.id';

export function getIndexUnit(db: Db, id: number): IndexUnit | undefined {
  return db.prepare(`SELECT ${UNIT_COLUMNS} ${UNIT_FROM} WHERE u.id = ?`).get(id) as IndexUnit | undefined;
}

/** Every unit scored in the period matching the filter, in the registry's order (a template's rows). */
export function scoredUnits(db: Db, f: UnitFilter): IndexUnit[] {
  const w = unitWhere(f);
  return db.prepare(`SELECT ${UNIT_COLUMNS} ${UNIT_FROM} ${w.sql} ${UNIT_ORDER}`).all(...w.params) as IndexUnit[];
}

export interface GridQuery extends UnitFilter {
  year: number;
  quarter: number;
  /** The control items of the scheme: [unit type, item key] for each type an item applies to. */
  items: Array<[UnitType, string]>;
  onlyMissing: boolean;
  page: number;
  pageSize: number;
}

/** A unit has an item of its type without a result in the period. Params: [items JSON, year, quarter]. */
const MISSING = `EXISTS (
  SELECT 1 FROM json_each(?) i
   WHERE json_extract(i.value, '$[0]') = u.type
     AND NOT EXISTS (SELECT 1 FROM index_checks c
                      WHERE c.unit_id = u.id AND c.year = ? AND c.quarter = ? AND c.item_key = json_extract(i.value, '$[1]')))`;

/** A page of the grid's units, how many match, and how many of those miss a result. */
export function checklistUnits(db: Db, q: GridQuery): { rows: IndexUnit[]; total: number; missingUnits: number } {
  const w = unitWhere(q);
  const missingParams = [JSON.stringify(q.items), q.year, q.quarter];
  const counts = db
    .prepare(`SELECT count(*) AS total, ifnull(sum(${MISSING}), 0) AS missing ${UNIT_FROM} ${w.sql}`)
    .get(...missingParams, ...w.params) as { total: number; missing: number };
  const where = q.onlyMissing ? `${w.sql} AND ${MISSING}` : w.sql;
  const params = q.onlyMissing ? [...w.params, ...missingParams] : w.params;
  const rows = db
    .prepare(`SELECT ${UNIT_COLUMNS} ${UNIT_FROM} ${where} ${UNIT_ORDER} LIMIT ? OFFSET ?`)
    .all(...params, q.pageSize, q.page * q.pageSize) as IndexUnit[];
  return { rows, total: q.onlyMissing ? counts.missing : counts.total, missingUnits: counts.missing };
}

export interface StoredCheck {
  id: number;
  unitId: number;
  itemKey: string;
  result: CheckResult;
  importId: number | null;
  byName: string;
  at: string;
}

/** The results of these units in the period. */
export function checksOf(db: Db, unitIds: readonly number[], year: number, quarter: number): StoredCheck[] {
  return db
    .prepare(
      `SELECT id, unit_id AS unitId, item_key AS itemKey, result, import_id AS importId, by_name AS byName, at
         FROM index_checks WHERE year = ? AND quarter = ? AND unit_id IN (SELECT value FROM json_each(?)) ORDER BY unit_id, id`,
    )
    .all(year, quarter, JSON.stringify(unitIds)) as StoredCheck[];
}

export interface CheckWrite {
  unitId: number;
  year: number;
  quarter: number;
  itemKey: string;
  result: CheckResult;
  importId: number | null;
  userId: number | null;
  byName: string;
  at: string;
}

/** Enters a result: the one row of the unit, period and item is written or replaced, with who and when. */
export function upsertCheck(db: Db, w: CheckWrite): void {
  db.prepare(
    `INSERT INTO index_checks (unit_id, year, quarter, item_key, result, import_id, user_id, by_name, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (year, quarter, unit_id, item_key) DO UPDATE SET
       result = excluded.result, import_id = excluded.import_id, user_id = excluded.user_id, by_name = excluded.by_name, at = excluded.at`,
  ).run(w.unitId, w.year, w.quarter, w.itemKey, w.result, w.importId, w.userId, w.byName, w.at);
}

/** Removes a result (the item is 未录入 again). */
export function deleteCheck(db: Db, unitId: number, year: number, quarter: number, itemKey: string): void {
  db.prepare('DELETE FROM index_checks WHERE unit_id = ? AND year = ? AND quarter = ? AND item_key = ?').run(unitId, year, quarter, itemKey);
}
