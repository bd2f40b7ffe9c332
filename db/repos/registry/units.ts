import type { Db } from '../../types.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import type {
  UnitCreateInput, UnitExportInput, UnitListInput, UnitOption, UnitOptionsInput, UnitRow, UnitStatus,
} from '../../../shared/registry/units.ts';
import { unitNameKey, unitNameKeySql } from './nameKey.ts';
import { indexText, searchCondition } from './search.ts';
import { sortKey } from './sortKey.ts';
import { cached } from '../../statements.ts';
import { DEFAULT_OFFICE_TIME_ZONE, dateInZone } from '../../../shared/kernel/dates.ts';

const SELECT = `
  SELECT u.id, u.name, u.type, u.parent_id AS parentId, p.name AS parentName, u.headcount,
         u.leader_name AS leaderName, u.liaison_user_id AS liaisonUserId, ifnull(lu.display_name, '') AS liaisonName,
         u.status, u.established_date AS establishedDate, u.revoked_date AS revokedDate, u.version, u.created_at AS createdAt, u.updated_at AS updatedAt,
         (SELECT count(*) FROM people pe WHERE pe.unit_id = u.id AND pe.status = '在职') AS peopleCount
  FROM units u LEFT JOIN units p ON p.id = u.parent_id LEFT JOIN users lu ON lu.id = u.liaison_user_id`;

const SORT_SQL: Record<UnitListInput['sortField'], string> = {
  name: 'u.sort_key',
  type: 'u.type',
  parentName: 'p.sort_key',
  headcount: 'u.headcount',
  leaderName: 'u.leader_name',
  liaisonName: 'lu.display_name',
  status: 'u.status',
  peopleCount: 'peopleCount',
};

function filters(input: Omit<UnitExportInput, 'sortField' | 'sortDir'>): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (input.q) {
    const s = searchCondition('unit', 'u.id', 'u.name', input.q);
    parts.push(s.sql);
    params.push(...s.params);
  }
  if (input.type) {
    parts.push('u.type = ?');
    params.push(input.type);
  }
  if (input.parentId !== undefined) {
    parts.push('u.parent_id = ?');
    params.push(input.parentId);
  }
  if (input.status) {
    parts.push('u.status = ?');
    params.push(input.status);
  }
  if (input.liaisonUserId !== undefined) {
    parts.push('u.liaison_user_id = ?');
    params.push(input.liaisonUserId);
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Ties (and the name order itself) by the pinyin key, then the name, then the id: pages are stable. */
function orderBy(sortField: UnitListInput['sortField'], sortDir: 'asc' | 'desc'): string {
  const dir = sortDir === 'desc' ? 'DESC' : 'ASC';
  const byName = `u.sort_key ${dir}, u.name ${dir}, u.id ${dir}`;
  return sortField === 'name' ? `ORDER BY ${byName}` : `ORDER BY ${SORT_SQL[sortField]} ${dir} NULLS LAST, ${byName}`;
}

export function listUnits(db: Db, input: UnitListInput): Page<UnitRow> {
  const f = filters(input);
  const total = (db.prepare(`SELECT count(*) AS n FROM units u ${f.where}`).get(...f.params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT} ${f.where} ${orderBy(input.sortField, input.sortDir)} LIMIT ? OFFSET ?`)
    .all(...f.params, input.pageSize, input.page * input.pageSize) as UnitRow[];
  return { rows, total };
}

/** Every matching unit, in order, for an export; iterated so no array of raw rows is built twice. */
export function* iterateUnits(db: Db, input: UnitExportInput): Generator<UnitRow> {
  const f = filters(input);
  yield* db.prepare(`${SELECT} ${f.where} ${orderBy(input.sortField, input.sortDir)}`).iterate(...f.params) as IterableIterator<UnitRow>;
}

export function getUnit(db: Db, id: number): UnitRow | undefined {
  return db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as UnitRow | undefined;
}

export function unitOptions(db: Db, input: UnitOptionsInput): UnitOption[] {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (input.q) {
    const s = searchCondition('unit', 'id', 'name', input.q);
    parts.push(s.sql);
    params.push(...s.params);
  }
  if (!input.includeInactive) parts.push("status = '正常'");
  if (input.types && input.types.length > 0) {
    parts.push(`type IN (${input.types.map(() => '?').join(', ')})`);
    params.push(...input.types);
  }
  const where = parts.length ? `WHERE ${parts.join(' AND ')}` : '';
  return db
    .prepare(`SELECT id, name, type, status FROM units ${where} ORDER BY length(name), name LIMIT ?`)
    .all(...params, input.limit) as UnitOption[];
}

/**
 * A new unit as written: its 联系干部 may be left out (none) by writers from before it (demo, bench,
 * tests), and its 设立日期 too — then the day of `now` in the default office zone (the services
 * always give the office's today).
 */
export type UnitInsert = Omit<UnitCreateInput, 'liaisonUserId'> & { liaisonUserId?: number | null };

export function insertUnit(db: Db, data: UnitInsert, now: string): number {
  const established = data.establishedDate ?? dateInZone(new Date(now), DEFAULT_OFFICE_TIME_ZONE);
  const result = db
    .prepare(
      `INSERT INTO units (name, sort_key, type, parent_id, headcount, leader_name, liaison_user_id, established_date, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(data.name, sortKey(data.name, 'unit'), data.type, data.parentId, data.headcount, data.leaderName, data.liaisonUserId ?? null, established, now, now);
  const id = Number(result.lastInsertRowid);
  indexText(db, 'unit', id, data.name);
  return id;
}

/** Returns false when the row is gone or its version moved on (someone else saved first). A 设立日期 left out stays. */
export function updateUnit(db: Db, id: number, version: number, data: UnitCreateInput, now: string): boolean {
  const result = db
    .prepare(
      `UPDATE units SET name = ?, sort_key = ?, type = ?, parent_id = ?, headcount = ?, leader_name = ?, liaison_user_id = ?,
         established_date = coalesce(?, established_date), updated_at = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    )
    .run(
      data.name, sortKey(data.name, 'unit'), data.type, data.parentId, data.headcount, data.leaderName, data.liaisonUserId,
      data.establishedDate ?? null, now, id, version,
    );
  if (result.changes === 0) return false;
  indexText(db, 'unit', id, data.name);
  return true;
}

/** The units of these ids (those that exist) with their 联系干部, in id order: what a batch changes. */
export function unitLiaisons(db: Db, ids: readonly number[]): Array<{ id: number; name: string; liaisonUserId: number | null; liaisonName: string }> {
  return db
    .prepare(
      `SELECT u.id, u.name, u.liaison_user_id AS liaisonUserId, ifnull(lu.display_name, '') AS liaisonName
       FROM units u LEFT JOIN users lu ON lu.id = u.liaison_user_id
       WHERE u.id IN (SELECT value FROM json_each(?)) ORDER BY u.id`,
    )
    .all(JSON.stringify(ids)) as Array<{ id: number; name: string; liaisonUserId: number | null; liaisonName: string }>;
}

/** Sets the 联系干部 of these units (a new version of each); returns how many rows changed. */
export function setUnitsLiaison(db: Db, ids: readonly number[], liaisonUserId: number | null, now: string): number {
  return db
    .prepare('UPDATE units SET liaison_user_id = ?, updated_at = ?, version = version + 1 WHERE id IN (SELECT value FROM json_each(?))')
    .run(liaisonUserId, now, JSON.stringify(ids)).changes;
}

/** 已撤销 with its 撤销日期; 正常 clears it. */
export function setUnitStatus(db: Db, id: number, version: number, status: UnitStatus, now: string, revokedDate: string | null): boolean {
  const result = db
    .prepare('UPDATE units SET status = ?, revoked_date = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?')
    .run(status, status === '已撤销' ? revokedDate : null, now, id, version);
  return result.changes > 0;
}

/** The unit of this name (compared by its key) under this parent (null = top level), if any. */
export function findUnitByParentAndName(db: Db, parentId: number | null, name: string): { id: number } | undefined {
  return db.prepare(`SELECT id FROM units WHERE ifnull(parent_id, 0) = ? AND ${unitNameKeySql('name')} = ?`).get(parentId ?? 0, unitNameKey(name)) as
    | { id: number }
    | undefined;
}

export function findUnitsByName(db: Db, name: string): Array<{ id: number; name: string; status: UnitStatus; parentName: string | null }> {
  return cached(
    db,
    `SELECT u.id, u.name, u.status, p.name AS parentName FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE ${unitNameKeySql('u.name')} = ?`,
  ).all(unitNameKey(name)) as Array<{ id: number; name: string; status: UnitStatus; parentName: string | null }>;
}

/** Ids of the unit's ancestors, nearest first. */
export function ancestorIds(db: Db, id: number): number[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE up(id, depth) AS (
         SELECT parent_id, 1 FROM units WHERE id = ? AND parent_id IS NOT NULL
         UNION ALL
         SELECT u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL AND up.depth < 64
       ) SELECT id FROM up ORDER BY depth`,
    )
    .all(id) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

export function countActiveChildren(db: Db, id: number): number {
  return (db.prepare("SELECT count(*) AS n FROM units WHERE parent_id = ? AND status = '正常'").get(id) as { n: number }).n;
}

export function unitCounts(db: Db): { total: number; active: number; byType: Array<{ type: string; count: number }> } {
  const totals = db.prepare("SELECT count(*) AS total, sum(status = '正常') AS active FROM units").get() as {
    total: number;
    active: number | null;
  };
  const byType = db
    .prepare("SELECT type, count(*) AS count FROM units WHERE status = '正常' GROUP BY type ORDER BY count DESC")
    .all() as Array<{ type: string; count: number }>;
  return { total: totals.total, active: totals.active ?? 0, byType };
}

/** Unit names by id (the audit page names the objects of entries written before 0004). */
export function unitNamesById(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = db.prepare('SELECT id, name FROM units WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; name: string }>;
  return new Map(rows.map((r) => [r.id, r.name]));
}
