import type { Db } from '../../types.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import type {
  PersonCreateInput, PersonExportInput, PersonListInput, PersonRow, PersonStatus,
} from '../../../shared/registry/people.ts';
import { nameKey } from '../../../shared/registry/nameKey.ts';
import { indexText, searchCondition } from './search.ts';
import { sortKey } from './sortKey.ts';
import { cached } from '../../statements.ts';

const SELECT = `
  SELECT pe.id, pe.name, ifnull(pe.id_number, '') AS idNumber, pe.unit_id AS unitId, u.name AS unitName, pe.post, pe.rank,
         pe.party_member AS partyMember, pe.category, pe.status, pe.version,
         pe.created_at AS createdAt, pe.updated_at AS updatedAt
  FROM people pe JOIN units u ON u.id = pe.unit_id`;

const SORT_SQL: Record<PersonListInput['sortField'], string> = {
  name: 'pe.sort_key',
  unitName: 'u.sort_key',
  post: 'pe.post',
  rank: 'pe.rank',
  category: 'pe.category',
  partyMember: 'pe.party_member',
  status: 'pe.status',
};

type RawPerson = Omit<PersonRow, 'partyMember'> & { partyMember: number };

function toRow(raw: RawPerson): PersonRow {
  return { ...raw, partyMember: raw.partyMember === 1 };
}

function filters(input: Omit<PersonExportInput, 'sortField' | 'sortDir'>): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (input.q) {
    const s = searchCondition('person', 'pe.id', 'pe.name', input.q);
    parts.push(s.sql);
    params.push(...s.params);
  }
  if (input.unitId !== undefined) {
    parts.push('pe.unit_id = ?');
    params.push(input.unitId);
  }
  if (input.category) {
    parts.push('pe.category = ?');
    params.push(input.category);
  }
  if (input.rank) {
    parts.push('pe.rank = ?');
    params.push(input.rank);
  }
  if (input.partyMember !== undefined) {
    parts.push('pe.party_member = ?');
    params.push(input.partyMember ? 1 : 0);
  }
  if (input.status) {
    parts.push('pe.status = ?');
    params.push(input.status);
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * Names in pinyin order (the key, then the name, then the id, so pages are stable). By unit: the
 * unit's key, name and id, then the person's — each an index range (units_sort, then
 * people_unit_sort), with no sort of the whole list.
 */
function orderBy(sortField: PersonListInput['sortField'], sortDir: 'asc' | 'desc'): string {
  const dir = sortDir === 'desc' ? 'DESC' : 'ASC';
  const byName = `pe.sort_key ${dir}, pe.name ${dir}, pe.id ${dir}`;
  if (sortField === 'name') return `ORDER BY ${byName}`;
  if (sortField === 'unitName') return `ORDER BY u.sort_key ${dir}, u.name ${dir}, u.id ${dir}, ${byName}`;
  return `ORDER BY ${SORT_SQL[sortField]} ${dir}, ${byName}`;
}

export function listPeople(db: Db, input: PersonListInput): Page<PersonRow> {
  const f = filters(input);
  const total = (db.prepare(`SELECT count(*) AS n FROM people pe ${f.where}`).get(...f.params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT} ${f.where} ${orderBy(input.sortField, input.sortDir)} LIMIT ? OFFSET ?`)
    .all(...f.params, input.pageSize, input.page * input.pageSize) as RawPerson[];
  return { rows: rows.map(toRow), total };
}

export function* iteratePeople(db: Db, input: PersonExportInput): Generator<PersonRow> {
  const f = filters(input);
  const it = db.prepare(`${SELECT} ${f.where} ${orderBy(input.sortField, input.sortDir)}`).iterate(...f.params) as IterableIterator<RawPerson>;
  for (const raw of it) yield toRow(raw);
}

export function getPerson(db: Db, id: number): PersonRow | undefined {
  const raw = db.prepare(`${SELECT} WHERE pe.id = ?`).get(id) as RawPerson | undefined;
  return raw ? toRow(raw) : undefined;
}

/** What a person's row stores besides the form's fields: the pinyin key, the matching key, the ID number or NULL. */
function derived(data: PersonCreateInput): [string, string, string | null] {
  return [sortKey(data.name, 'person'), nameKey(data.name), data.idNumber === '' ? null : data.idNumber];
}

export function insertPerson(db: Db, data: PersonCreateInput, now: string, status: PersonStatus = '在职'): number {
  const result = cached(
    db,
    `INSERT INTO people (name, sort_key, name_key, id_number, unit_id, post, rank, party_member, category, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(data.name, ...derived(data), data.unitId, data.post, data.rank, data.partyMember ? 1 : 0, data.category, status, now, now);
  const id = Number(result.lastInsertRowid);
  indexText(db, 'person', id, data.name);
  return id;
}

/** Returns false when the row is gone or its version moved on. `status` is given by an import. */
export function updatePerson(db: Db, id: number, version: number, data: PersonCreateInput, now: string, status?: PersonStatus): boolean {
  const result = cached(
    db,
    `UPDATE people SET name = ?, sort_key = ?, name_key = ?, id_number = ?, unit_id = ?, post = ?, rank = ?, party_member = ?,
         category = ?, status = ifnull(?, status), updated_at = ?, version = version + 1
       WHERE id = ? AND version = ?`,
  ).run(data.name, ...derived(data), data.unitId, data.post, data.rank, data.partyMember ? 1 : 0, data.category, status ?? null, now, id, version);
  if (result.changes === 0) return false;
  indexText(db, 'person', id, data.name);
  return true;
}

export function setPersonStatus(db: Db, id: number, version: number, status: PersonStatus, now: string): boolean {
  return (
    db
      .prepare('UPDATE people SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?')
      .run(status, now, id, version).changes > 0
  );
}

/**
 * Active people of the unit a person of this name (and ID number, '' for none) could not be told
 * apart from: the same name (compared by nameKey) where either of the two has no ID number.
 * Namesakes with two different ID numbers are two people; the same number twice is refused by
 * the unique index (see findPersonByIdNumber).
 */
export function countNamesakesInUnit(db: Db, unitId: number, name: string, idNumber: string, exceptId: number | null): number {
  return (
    cached(
      db,
      `SELECT count(*) AS n FROM people
       WHERE unit_id = ? AND name_key = ? AND status = '在职' AND id IS NOT ? AND (id_number IS NULL OR ? = '')`,
    ).get(unitId, nameKey(name), exceptId, idNumber) as { n: number }
  ).n;
}

/** The person holding this ID number, if any (at most one: people_id_number is unique). */
export function findPersonByIdNumber(db: Db, idNumber: string): PersonRow | undefined {
  const raw = cached(db, `${SELECT} WHERE pe.id_number = ?`).get(idNumber) as RawPerson | undefined;
  return raw ? toRow(raw) : undefined;
}

/** People of these units whose name matches (nameKey), any status: the candidates an import row may update. */
export function findPeopleByNameInUnits(db: Db, unitIds: readonly number[], name: string): PersonRow[] {
  // Nearly always one unit of that name: then a plain look-up (json_each costs more than the search).
  const rows = (
    unitIds.length === 1
      ? cached(db, `${SELECT} WHERE pe.unit_id = ? AND pe.name_key = ? ORDER BY pe.id`).all(unitIds[0], nameKey(name))
      : cached(db, `${SELECT} WHERE pe.unit_id IN (SELECT value FROM json_each(?)) AND pe.name_key = ? ORDER BY pe.id`).all(JSON.stringify(unitIds), nameKey(name))
  ) as RawPerson[];
  return rows.map(toRow);
}

/** The active people of these units, in pinyin order of unit then name. */
export function activePeopleOfUnits(db: Db, unitIds: readonly number[]): PersonRow[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE pe.unit_id IN (SELECT value FROM json_each(?)) AND pe.status = '在职'
       ORDER BY u.sort_key, u.name, u.id, pe.sort_key, pe.name, pe.id`,
    )
    .all(JSON.stringify(unitIds)) as RawPerson[];
  return rows.map(toRow);
}

export function peopleCounts(db: Db): { total: number; active: number; partyMembers: number; mainLeaders: number } {
  const row = db
    .prepare(
      `SELECT count(*) AS total, sum(status = '在职') AS active,
              sum(status = '在职' AND party_member = 1) AS partyMembers,
              sum(status = '在职' AND category = '主要负责人') AS mainLeaders
       FROM people`,
    )
    .get() as { total: number; active: number | null; partyMembers: number | null; mainLeaders: number | null };
  return { total: row.total, active: row.active ?? 0, partyMembers: row.partyMembers ?? 0, mainLeaders: row.mainLeaders ?? 0 };
}

/** People's names by id (the audit page names the objects of entries written before 0004). */
export function personNamesById(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = db.prepare('SELECT id, name FROM people WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; name: string }>;
  return new Map(rows.map((r) => [r.id, r.name]));
}
