// Search of 谈话函询登记: number, person, unit, post, cause and place — never the content of a
// record or a reply (a role without the content right searches the same) — each a field of the one
// column of interview_fts (every character a token, kernel/charSearch.ts), written with the row
// in the same transaction whenever one of them changes.
import type { Db } from '../../types.ts';
import { ftsColumn, ftsPhrase } from '../kernel/charSearch.ts';

export function indexInterview(db: Db, id: number): void {
  const row = db
    .prepare(
      `SELECT i.number, i.person_name AS personName, i.unit_name AS unitName, i.post, i.cause_text AS causeText, i.place,
              i.holder_names AS holderNames, t.number AS tipNumber, r.number AS rectNumber, d.number AS docNumber
       FROM interviews i LEFT JOIN tips t ON t.id = i.tip_id LEFT JOIN rect_items r ON r.id = i.rect_item_id
         LEFT JOIN documents d ON d.id = i.warning_document_id
       WHERE i.id = ?`,
    )
    .get(id) as Record<string, string | null> | undefined;
  db.prepare('DELETE FROM interview_fts WHERE rowid = ?').run(id);
  if (!row) return;
  db.prepare('INSERT INTO interview_fts (rowid, text) VALUES (?, ?)').run(id, ftsColumn(Object.values(row).map((v) => v ?? '')));
}

/** A WHERE fragment (for the alias i) matching the rows holding the query, or null for an empty query. */
export function interviewSearchCondition(query: string): { sql: string; params: unknown[] } | null {
  const phrase = ftsPhrase(query);
  if (phrase === null) return null;
  return { sql: 'i.id IN (SELECT rowid FROM interview_fts WHERE interview_fts MATCH ?)', params: [phrase] };
}
