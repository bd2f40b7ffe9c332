// The year's two lists as stored: the units of 不得评先评优 (grade C) and 可参与优秀班子评定 (grade A)
// are the list consequences of the year's publications — the one in force and those it superseded —
// and the people of a C unit's list are its index_award_entries rows (written at publication, or
// added by hand; removed ones stay, marked). Paged, searched by unit or person name and ordered in
// SQL: by unit type (the registry's order of types), then the unit's name as the registry orders it
// (its pinyin key, the name, the id), then the consequence (a republished year's rows side by side).
// An entry is written with consequences.ts insertAwardEntries, at publication and by hand alike.
import type { Db } from '../../types.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import type { Grade, Hundredths } from '../../../shared/integrity/index.ts';
import { PERSON_CATEGORIES, UNIT_TYPES, type UnitType } from '../../../shared/registry/index.ts';
import type { AwardList, AwardPerson, ClosedMark } from '../../../shared/consequences/index.ts';
import { searchCondition } from '../registry/index.ts';

/** A list's unit row as stored, before the service adds whether it still matches the result in force. */
export interface StoredListRow {
  consequenceId: number;
  publicationId: number;
  year: number;
  list: AwardList;
  unitId: number;
  unitName: string;
  unitType: UnitType;
  score: Hundredths;
  grade: Grade;
  /** Why the result put the unit on the list (A级（92.00分）). */
  basis: string;
  closed: ClosedMark | null;
}

export interface ListQuery {
  year: number;
  list: AwardList;
  /** A unit's or a person's name, or part of it. */
  q?: string | undefined;
}

/** CASE expressions giving the registry's order of unit types and of 身份类别. */
function orderOf(column: string, values: readonly string[]): string {
  return `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} ELSE ${values.length} END`;
}

const TYPE_ORDER = orderOf('r.unit_type', UNIT_TYPES);
const CATEGORY_ORDER = orderOf('e.category', PERSON_CATEGORIES);
const ROW_ORDER = `ORDER BY ${TYPE_ORDER}, u.sort_key, u.name, u.id, c.id`;

const ROW_COLUMNS = `
  c.id AS consequenceId, c.publication_id AS publicationId, p.year, c.kind AS list, c.unit_id AS unitId, r.unit_name AS unitName,
  r.unit_type AS unitType, r.score, r.grade, c.basis, c.closed_reason AS closedReason, c.closed_by_name AS closedByName, c.closed_at AS closedAt`;

const ROW_FROM = `
  FROM index_consequences c
  JOIN index_publications p ON p.id = c.publication_id
  JOIN index_results r ON r.publication_id = c.publication_id AND r.unit_id = c.unit_id
  JOIN units u ON u.id = c.unit_id`;

interface RawListRow extends Omit<StoredListRow, 'closed'> {
  closedReason: string | null;
  closedByName: string | null;
  closedAt: string | null;
}

function closedMark(reason: string | null, byName: string | null, at: string | null): ClosedMark | null {
  return reason !== null && at !== null ? { reason, byName: byName ?? '', at } : null;
}

function toListRow(raw: RawListRow): StoredListRow {
  const { closedReason, closedByName, closedAt, ...rest } = raw;
  return { ...rest, closed: closedMark(closedReason, closedByName, closedAt) };
}

/** The year's list rows (quarter 0: the year's publications) of the kind, and the search: a unit's name or one of its people's. */
function listFilter(query: ListQuery): { where: string; params: unknown[] } {
  const parts = ['p.year = ?', 'p.quarter = 0', 'c.kind = ?'];
  const params: unknown[] = [query.year, query.list];
  if (query.q !== undefined && query.q.trim() !== '') {
    const unit = searchCondition('unit', 'c.unit_id', 'u.name', query.q);
    const person = searchCondition('person', 'e.person_id', 'e.person_name', query.q);
    parts.push(`(${unit.sql} OR EXISTS (SELECT 1 FROM index_award_entries e WHERE e.consequence_id = c.id AND ${person.sql}))`);
    params.push(...unit.params, ...person.params);
  }
  return { where: `WHERE ${parts.join(' AND ')}`, params };
}

/** A page of the year's list: its units in order, with the total of the search. */
export function listPage(db: Db, query: ListQuery, page: number, pageSize: number): Page<StoredListRow> {
  const f = listFilter(query);
  const total = (db.prepare(`SELECT count(*) AS n ${ROW_FROM} ${f.where}`).get(...f.params) as { n: number }).n;
  const raws = db
    .prepare(`SELECT ${ROW_COLUMNS} ${ROW_FROM} ${f.where} ${ROW_ORDER} LIMIT ? OFFSET ?`)
    .all(...f.params, pageSize, page * pageSize) as RawListRow[];
  return { rows: raws.map(toListRow), total };
}

/** Every row of the year's list, in order (at most one per unit and publication of the year: bounded by the year's units). */
export function listAll(db: Db, year: number, list: AwardList): StoredListRow[] {
  const f = listFilter({ year, list });
  return (db.prepare(`SELECT ${ROW_COLUMNS} ${ROW_FROM} ${f.where} ${ROW_ORDER}`).all(...f.params) as RawListRow[]).map(toListRow);
}

/** One list consequence of a year publication, or undefined (another kind, a quarter's, none). */
export function listRow(db: Db, consequenceId: number): StoredListRow | undefined {
  const raw = db
    .prepare(`SELECT ${ROW_COLUMNS} ${ROW_FROM} WHERE c.id = ? AND p.quarter = 0 AND c.kind IN ('不得评先评优', '可参与优秀班子评定')`)
    .get(consequenceId) as RawListRow | undefined;
  return raw ? toListRow(raw) : undefined;
}

/** The open 可参与优秀班子评定 rows of a unit in the year, the publication in force first. */
export function openAListOfUnit(db: Db, year: number, unitId: number): StoredListRow[] {
  return (
    db
      .prepare(
        `SELECT ${ROW_COLUMNS} ${ROW_FROM}
         WHERE p.year = ? AND p.quarter = 0 AND c.kind = '可参与优秀班子评定' AND c.unit_id = ? AND c.closed_at IS NULL
         ORDER BY p.superseded_by IS NULL DESC, p.id DESC`,
      )
      .all(year, unitId) as RawListRow[]
  ).map(toListRow);
}

const ENTRY_COLUMNS = `
  e.id, e.consequence_id AS consequenceId, e.person_id AS personId, e.person_name AS personName, e.post, e.category, e.basis,
  e.by_name AS addedByName, e.added_at AS addedAt, e.removed_reason AS removedReason, e.removed_by_name AS removedByName,
  e.removed_at AS removedAt`;

interface RawEntry extends Omit<AwardPerson, 'removed'> {
  consequenceId: number;
  removedReason: string | null;
  removedByName: string | null;
  removedAt: string | null;
}

export interface StoredEntry extends AwardPerson {
  consequenceId: number;
}

function toEntry(raw: RawEntry): StoredEntry {
  const { removedReason, removedByName, removedAt, ...rest } = raw;
  return { ...rest, removed: closedMark(removedReason, removedByName, removedAt) };
}

/** The people of these list consequences, by consequence: 主要负责人, 班子成员, 一般干部, then as the registry orders names. */
export function entriesOf(db: Db, consequenceIds: readonly number[]): Map<number, StoredEntry[]> {
  const byConsequence = new Map<number, StoredEntry[]>(consequenceIds.map((id) => [id, []]));
  if (consequenceIds.length === 0) return byConsequence;
  const raws = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM index_award_entries e JOIN people pe ON pe.id = e.person_id
       WHERE e.consequence_id IN (SELECT value FROM json_each(?))
       ORDER BY e.consequence_id, ${CATEGORY_ORDER}, pe.sort_key, e.person_name, e.id`,
    )
    .all(JSON.stringify(consequenceIds)) as RawEntry[];
  for (const raw of raws) byConsequence.get(raw.consequenceId)?.push(toEntry(raw));
  return byConsequence;
}

export function getEntry(db: Db, entryId: number): StoredEntry | undefined {
  const raw = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM index_award_entries e WHERE e.id = ?`).get(entryId) as RawEntry | undefined;
  return raw ? toEntry(raw) : undefined;
}

/** The entry naming the person on the consequence's list, removed or not, or undefined. */
export function entryOfPerson(db: Db, consequenceId: number, personId: number): StoredEntry | undefined {
  const raw = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM index_award_entries e WHERE e.consequence_id = ? AND e.person_id = ?`).get(consequenceId, personId) as
    | RawEntry
    | undefined;
  return raw ? toEntry(raw) : undefined;
}

/** An entry naming a person, with its list's unit, grade and whether the list is open. */
export interface PersonEntry extends StoredEntry {
  list: AwardList;
  unitId: number;
  unitName: string;
  score: Hundredths;
  grade: Grade;
  listOpen: boolean;
}

/** Every entry of the year's lists naming the person, removed ones too: the publication in force first, then newest. */
export function personEntries(db: Db, year: number, personId: number): PersonEntry[] {
  const raws = db
    .prepare(
      `SELECT ${ENTRY_COLUMNS}, c.kind AS list, c.unit_id AS unitId, r.unit_name AS unitName, r.score, r.grade,
              (c.closed_at IS NULL) AS listOpen
       FROM index_award_entries e
       JOIN index_consequences c ON c.id = e.consequence_id
       JOIN index_publications p ON p.id = c.publication_id
       JOIN index_results r ON r.publication_id = c.publication_id AND r.unit_id = c.unit_id
       WHERE e.person_id = ? AND p.year = ? AND p.quarter = 0
       ORDER BY p.superseded_by IS NULL DESC, p.id DESC, e.id`,
    )
    .all(personId, year) as Array<RawEntry & { list: AwardList; unitId: number; unitName: string; score: Hundredths; grade: Grade; listOpen: number }>;
  return raws.map((raw) => {
    const { list, unitId, unitName, score, grade, listOpen, ...entry } = raw;
    return { ...toEntry(entry), list, unitId, unitName, score, grade, listOpen: listOpen === 1 };
  });
}

export interface Removal {
  reason: string;
  userId: number | null;
  byName: string;
  at: string;
}

/** Marks an entry removed (it stays); false when it is gone or removed already. */
export function removeEntry(db: Db, entryId: number, r: Removal): boolean {
  return (
    db
      .prepare(
        `UPDATE index_award_entries SET removed_reason = ?, removed_by_name = ?, removed_user_id = ?, removed_at = ?
         WHERE id = ? AND removed_at IS NULL`,
      )
      .run(r.reason, r.byName, r.userId, r.at, entryId).changes === 1
  );
}
