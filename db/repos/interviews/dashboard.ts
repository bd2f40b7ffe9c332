// 首页's 谈话函询 figures that are not a ledger filter: the follow-ups (后续事项) past their due date
// and not done.
import type { Db } from '../../types.ts';

/** Follow-ups due before `today` and not done (the partial index interview_followups_open serves it). */
export function overdueFollowUpCount(db: Db, today: string): number {
  return (db.prepare('SELECT count(*) AS n FROM interview_followups WHERE done_date IS NULL AND due_date < ?').get(today) as { n: number }).n;
}
