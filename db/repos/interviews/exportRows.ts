// What the 谈话函询登记 export shows beyond a ledger row: the talk's time, the 补充说明 count, the
// original deadline (when extended), the 民主生活会 date, the latest approved extension of a
// letter's reply — read for a chunk of records at once.
import type { Db } from '../../types.ts';

export interface InterviewExportExtra {
  heldTime: string | null;
  supplements: number;
  dueOriginal: string | null;
  meetingDate: string | null;
  /** The last approved extension's new deadline, or null (a letter's reply whose deadline stopped running). */
  extendedDue: string | null;
}

/** The extras of these records (every id found gets an entry). */
export function interviewExportExtras(db: Db, ids: readonly number[]): Map<number, InterviewExportExtra> {
  const out = new Map<number, InterviewExportExtra>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT i.id, i.held_time AS heldTime, i.supplements, i.due_original AS dueOriginal, i.meeting_date AS meetingDate,
              (SELECT x.new_due FROM interview_extensions x WHERE x.interview_id = i.id AND x.state = '已批准' ORDER BY x.id DESC LIMIT 1) AS extendedDue
       FROM interviews i WHERE i.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Array<InterviewExportExtra & { id: number }>;
  for (const { id, ...extra } of rows) out.set(id, extra);
  return out;
}
