// What the 整改台账 export shows beyond a ledger row: the latest 整改进展 with its date and
// percent, the 佐证材料's file names, the 备注 — read for a chunk of items at once.
import type { Db } from '../../types.ts';

export interface RectExportExtra {
  remarks: string;
  /** The latest 进展 entry (by its date, then as recorded), or null when none was recorded. */
  progress: { date: string; text: string; percent: number | null } | null;
  fileNames: string[];
}

/** The extras of these items (every id given gets an entry). */
export function rectExportExtras(db: Db, ids: readonly number[]): Map<number, RectExportExtra> {
  const out = new Map<number, RectExportExtra>();
  if (ids.length === 0) return out;
  const json = JSON.stringify(ids);
  const items = db.prepare('SELECT id, remarks FROM rect_items WHERE id IN (SELECT value FROM json_each(?))').all(json) as Array<{ id: number; remarks: string }>;
  for (const i of items) out.set(i.id, { remarks: i.remarks, progress: null, fileNames: [] });
  const progress = db
    .prepare(
      `SELECT item_id AS itemId, on_date AS date, text, percent FROM (
         SELECT e.item_id, e.on_date, e.text, e.percent,
                row_number() OVER (PARTITION BY e.item_id ORDER BY e.on_date DESC, e.id DESC) AS k
         FROM rect_events e WHERE e.kind = '进展' AND e.item_id IN (SELECT value FROM json_each(?))
       ) WHERE k = 1`,
    )
    .all(json) as Array<{ itemId: number; date: string; text: string; percent: number | null }>;
  for (const p of progress) {
    const e = out.get(p.itemId);
    if (e) e.progress = { date: p.date, text: p.text, percent: p.percent };
  }
  const files = db
    .prepare('SELECT item_id AS itemId, file_name AS fileName FROM rect_files WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY item_id, id')
    .all(json) as Array<{ itemId: number; fileName: string }>;
  for (const f of files) out.get(f.itemId)?.fileNames.push(f.fileName);
  return out;
}
