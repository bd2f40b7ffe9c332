// 评分方案 as stored: the versions of a year, one by id, the latest enabled version of a year (the
// one in force), and writing a draft, saving it and enabling it (the triggers keep an enabled
// version frozen). The content is the scheme's JSON; the services parse it with its schema.
import type { Db } from '../../types.ts';
import type { SchemeRow, SchemeStatus } from '../../../shared/integrity/index.ts';

export interface StoredScheme extends SchemeRow {
  /** The scheme as JSON text (shared/integrity/scheme.ts). */
  contentJson: string;
}

const COLUMNS = `s.id, s.year, s.version, s.status, s.note, s.created_by_name AS createdByName, s.created_at AS createdAt,
  s.enabled_by_name AS enabledByName, s.enabled_at AS enabledAt, s.row_version AS rowVersion, s.content AS contentJson,
  (SELECT count(*) FROM index_publications p WHERE p.scheme_id = s.id) AS publications`;

export function getScheme(db: Db, id: number): StoredScheme | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM index_schemes s WHERE s.id = ?`).get(id) as StoredScheme | undefined;
}

/** The versions of a year (or of every year), newest year and version first. */
export function listSchemes(db: Db, year: number | undefined): StoredScheme[] {
  return (year === undefined
    ? db.prepare(`SELECT ${COLUMNS} FROM index_schemes s ORDER BY s.year DESC, s.version DESC`).all()
    : db.prepare(`SELECT ${COLUMNS} FROM index_schemes s WHERE s.year = ? ORDER BY s.version DESC`).all(year)) as StoredScheme[];
}

/** DOMAIN: the scheme in force for a year is its latest enabled version. */
export function latestEnabledScheme(db: Db, year: number): StoredScheme | undefined {
  return db
    .prepare(`SELECT ${COLUMNS} FROM index_schemes s WHERE s.year = ? AND s.status = '已启用' ORDER BY s.version DESC LIMIT 1`)
    .get(year) as StoredScheme | undefined;
}

/** The latest version of a year, enabled or not. */
export function latestScheme(db: Db, year: number): StoredScheme | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM index_schemes s WHERE s.year = ? ORDER BY s.version DESC LIMIT 1`).get(year) as StoredScheme | undefined;
}

/** The year's draft, if one is open (the services keep at most one per year). */
export function draftScheme(db: Db, year: number): StoredScheme | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM index_schemes s WHERE s.year = ? AND s.status = '草稿' ORDER BY s.version DESC LIMIT 1`).get(year) as StoredScheme | undefined;
}

export interface NewScheme {
  year: number;
  contentJson: string;
  note: string;
  userId: number | null;
  byName: string;
  at: string;
}

/** A new draft version: the year's next version number. */
export function insertScheme(db: Db, s: NewScheme): number {
  const next = (db.prepare('SELECT ifnull(max(version), 0) + 1 AS v FROM index_schemes WHERE year = ?').get(s.year) as { v: number }).v;
  const info = db
    .prepare(
      `INSERT INTO index_schemes (year, version, status, content, note, created_by, created_by_name, created_at, updated_at)
       VALUES (?, ?, '草稿', ?, ?, ?, ?, ?, ?)`,
    )
    .run(s.year, next, s.contentJson, s.note, s.userId, s.byName, s.at, s.at);
  return Number(info.lastInsertRowid);
}

export function saveSchemeDraft(db: Db, id: number, contentJson: string, note: string, at: string): void {
  db.prepare(`UPDATE index_schemes SET content = ?, note = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND status = '草稿'`).run(
    contentJson, note, at, id,
  );
}

export function enableSchemeRow(db: Db, id: number, userId: number | null, byName: string, at: string): void {
  db.prepare(
    `UPDATE index_schemes SET status = '已启用', enabled_by = ?, enabled_by_name = ?, enabled_at = ?, updated_at = ?, row_version = row_version + 1
      WHERE id = ? AND status = '草稿'`,
  ).run(userId, byName, at, at, id);
}

export type { SchemeStatus };
