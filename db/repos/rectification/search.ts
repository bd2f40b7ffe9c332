// Search of the 整改台账: an item's number, problem and measures, each a field of the one
// column of rect_fts (every character a token, kernel/charSearch.ts), written with the item in the
// same transaction whenever one of them changes.
import type { Db } from '../../types.ts';
import { ftsColumn, ftsPhrase } from '../kernel/charSearch.ts';

export function indexRectItem(db: Db, id: number): void {
  const item = db
    .prepare('SELECT number, problem FROM rect_items WHERE id = ?')
    .get(id) as { number: string; problem: string } | undefined;
  db.prepare('DELETE FROM rect_fts WHERE rowid = ?').run(id);
  if (!item) return;
  const measures = (db.prepare('SELECT text FROM rect_measures WHERE item_id = ? ORDER BY seq').all(id) as Array<{ text: string }>).map((m) => m.text);
  db.prepare('INSERT INTO rect_fts (rowid, text) VALUES (?, ?)').run(id, ftsColumn([item.number, item.problem, ...measures]));
}

/** A WHERE fragment (for the items alias i) matching the items holding the query, or null for an empty query. */
export function rectSearchCondition(query: string): { sql: string; params: unknown[] } | null {
  const phrase = ftsPhrase(query);
  if (phrase === null) return null;
  return { sql: 'i.id IN (SELECT rowid FROM rect_fts WHERE rect_fts MATCH ?)', params: [phrase] };
}
