// What a published result called for, as stored (index_consequences, migration 0015): one row per
// publication, unit and kind, written in publishing's transaction, then linked once to the 公文 or
// the talk it made, its 建议书's delivery recorded, or closed with a reason — never deleted, never
// changed once closed (the triggers refuse both). A grade-C unit's 不得评先评优 list keeps its people
// as rows of their own (index_award_entries).
import type { Db } from '../../types.ts';
import type { ConsequenceKind } from '../../../shared/consequences/index.ts';
import type { Grade } from '../../../shared/integrity/index.ts';
import type { PersonCategory } from '../../../shared/registry/index.ts';

export interface StoredConsequence {
  id: number;
  publicationId: number;
  year: number;
  /** 0 for the year. */
  quarter: number;
  unitId: number;
  unitName: string;
  kind: ConsequenceKind;
  basis: string;
  dueDate: string | null;
  /** The 公文 it made (for a notice: the original, even when a correction replaced it). */
  documentId: number | null;
  interviewId: number | null;
  deliveredDate: string | null;
  deliveredNote: string;
  closedReason: string | null;
  closedByName: string | null;
  closedAt: string | null;
  byName: string;
  createdAt: string;
  version: number;
}

const COLUMNS = `c.id, c.publication_id AS publicationId, p.year, p.quarter, c.unit_id AS unitId, r.unit_name AS unitName, c.kind, c.basis,
  c.due_date AS dueDate, c.document_id AS documentId, c.interview_id AS interviewId, c.delivered_date AS deliveredDate,
  c.delivered_note AS deliveredNote, c.closed_reason AS closedReason, c.closed_by_name AS closedByName, c.closed_at AS closedAt,
  c.by_name AS byName, c.created_at AS createdAt, c.version`;
const FROM = `index_consequences c JOIN index_publications p ON p.id = c.publication_id
  JOIN index_results r ON r.publication_id = c.publication_id AND r.unit_id = c.unit_id`;

export interface NewConsequence {
  publicationId: number;
  unitId: number;
  kind: ConsequenceKind;
  basis: string;
  /** A talk's due date; null for the other kinds. */
  dueDate: string | null;
  userId: number | null;
  byName: string;
  at: string;
}

/** Writes a consequence of a publication's result; its id. */
export function insertConsequence(db: Db, c: NewConsequence): number {
  return Number(
    db
      .prepare(
        `INSERT INTO index_consequences (publication_id, unit_id, kind, basis, due_date, user_id, by_name, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.publicationId, c.unitId, c.kind, c.basis, c.dueDate, c.userId, c.byName, c.at).lastInsertRowid,
  );
}

export function getConsequence(db: Db, id: number): StoredConsequence | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.id = ?`).get(id) as StoredConsequence | undefined;
}

/**
 * The consequence that made this 公文: its own, or — for a correction (更正: a new document naming
 * the one it replaces) — the one that made the original it corrects, however many times corrected.
 */
export function consequenceOfDocument(db: Db, documentId: number): StoredConsequence | undefined {
  return db
    .prepare(
      `WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT d.replaces_id FROM documents d JOIN chain ON d.id = chain.id WHERE d.replaces_id IS NOT NULL)
       SELECT ${COLUMNS} FROM ${FROM} WHERE c.document_id IN (SELECT id FROM chain)`,
    )
    .get(documentId) as StoredConsequence | undefined;
}

/** The consequence that made this talk (安排廉政谈话), if one did. */
export function consequenceOfInterview(db: Db, interviewId: number): StoredConsequence | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.interview_id = ?`).get(interviewId) as StoredConsequence | undefined;
}

/**
 * Links the 公文 a consequence made (a notice's draft, a 建议书's draft) — only while it has none and
 * is not closed; false otherwise (another call linked one first).
 */
export function setConsequenceDocument(db: Db, id: number, documentId: number): boolean {
  return (
    db
      .prepare('UPDATE index_consequences SET document_id = ?, version = version + 1 WHERE id = ? AND document_id IS NULL AND closed_at IS NULL')
      .run(documentId, id).changes === 1
  );
}

/** Links the talk a consequence made (安排廉政谈话) — only while it has none and is not closed. */
export function setConsequenceInterview(db: Db, id: number, interviewId: number): boolean {
  return (
    db
      .prepare('UPDATE index_consequences SET interview_id = ?, version = version + 1 WHERE id = ? AND interview_id IS NULL AND closed_at IS NULL')
      .run(interviewId, id).changes === 1
  );
}

/** 登记送达 of a 预警建议书 (a later record replaces an earlier one while it is open); false when closed. */
export function recordConsequenceDelivery(db: Db, id: number, date: string, note: string): boolean {
  return (
    db
      .prepare('UPDATE index_consequences SET delivered_date = ?, delivered_note = ?, version = version + 1 WHERE id = ? AND closed_at IS NULL')
      .run(date, note, id).changes === 1
  );
}

export interface ClosedBy {
  reason: string;
  userId: number | null;
  byName: string;
  at: string;
}

/** 关闭 with a reason; false when it was already closed (what it made stays as it is). */
export function closeConsequence(db: Db, id: number, by: ClosedBy): boolean {
  return (
    db
      .prepare(
        `UPDATE index_consequences SET closed_reason = ?, closed_user_id = ?, closed_by_name = ?, closed_at = ?, version = version + 1
         WHERE id = ? AND closed_at IS NULL`,
      )
      .run(by.reason, by.userId, by.byName, by.at, id).changes === 1
  );
}

/**
 * What earlier publications of a period called for and is still carried (not closed), as
 * carriedKey — republishing does not call for it again.
 */
export function carriedConsequences(db: Db, year: number, quarter: number, exceptPublicationId: number): Set<string> {
  const rows = db
    .prepare(
      `SELECT c.unit_id AS unitId, c.kind, r.grade FROM index_consequences c JOIN index_publications p ON p.id = c.publication_id
         JOIN index_results r ON r.publication_id = c.publication_id AND r.unit_id = c.unit_id
       WHERE p.year = ? AND p.quarter = ? AND c.publication_id <> ? AND c.closed_at IS NULL`,
    )
    .all(year, quarter, exceptPublicationId) as Array<{ unitId: number; kind: ConsequenceKind; grade: Grade | null }>;
  return new Set(rows.map((r) => carriedKey(r.unitId, r.kind, r.grade)));
}

/**
 * `${unitId}:${kind}`; a 预警建议书 also by the grade it was worded for (a year republished with
 * another grade calls for a new one: the old one no longer matches and is closed by hand).
 */
export function carriedKey(unitId: number, kind: ConsequenceKind, grade: Grade | null): string {
  return kind === '预警建议书' ? `${unitId}:${kind}:${grade ?? ''}` : `${unitId}:${kind}`;
}

export interface NewAwardEntry {
  consequenceId: number;
  personId: number;
  personName: string;
  post: string;
  category: PersonCategory;
  /** 发布时登记的主要负责人, or the reason typed when added by hand. */
  basis: string;
  userId: number | null;
  byName: string;
  at: string;
}

/** Puts people on a 不得评先评优 list; their entry ids, in order. */
export function insertAwardEntries(db: Db, entries: readonly NewAwardEntry[]): number[] {
  const insert = db.prepare(
    `INSERT INTO index_award_entries (consequence_id, person_id, person_name, post, category, basis, user_id, by_name, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return entries.map((e) =>
    Number(insert.run(e.consequenceId, e.personId, e.personName, e.post, e.category, e.basis, e.userId, e.byName, e.at).lastInsertRowid),
  );
}

export interface StoredAwardEntry {
  id: number;
  consequenceId: number;
  personId: number;
  personName: string;
  post: string;
  category: PersonCategory;
  basis: string;
  addedByName: string;
  addedAt: string;
  removedReason: string | null;
  removedByName: string | null;
  removedAt: string | null;
}

/** The people of a list, in the order they were put on it (removed ones too). */
export function awardEntriesOf(db: Db, consequenceId: number): StoredAwardEntry[] {
  return db
    .prepare(
      `SELECT id, consequence_id AS consequenceId, person_id AS personId, person_name AS personName, post, category, basis,
         by_name AS addedByName, added_at AS addedAt, removed_reason AS removedReason, removed_by_name AS removedByName, removed_at AS removedAt
       FROM index_award_entries WHERE consequence_id = ? ORDER BY id`,
    )
    .all(consequenceId) as StoredAwardEntry[];
}
