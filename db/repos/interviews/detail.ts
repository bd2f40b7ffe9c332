// What a talk's or letter's page shows besides its row and record: the rectification item it was
// caused by, its spot check, the tip person it is about.
import type { Db } from '../../types.ts';
import type { SpotCheckResult } from '../../../shared/interviews/index.ts';

/** A rectification item by id (number), for checking a cause. */
export function rectItemRef(db: Db, id: number): { id: number; number: string } | undefined {
  return db.prepare('SELECT id, number FROM rect_items WHERE id = ?').get(id) as { id: number; number: string } | undefined;
}

/** The latest spot check that drew this letter, or null. */
export function spotCheckOf(
  db: Db,
  interviewId: number,
): { batchId: number; result: SpotCheckResult | null; resultDate: string | null; note: string | null } | null {
  const r = db
    .prepare(
      `SELECT batch_id AS batchId, result, result_date AS resultDate, CASE WHEN result IS NULL THEN NULL ELSE result_note END AS note
       FROM spot_check_items WHERE interview_id = ? ORDER BY batch_id DESC LIMIT 1`,
    )
    .get(interviewId) as { batchId: number; result: SpotCheckResult | null; resultDate: string | null; note: string | null } | undefined;
  return r ?? null;
}
