// Extensions of a running deadline (答复, 谈话, 记录): asked with a reason, decided by a leader.
import type { Db } from '../../types.ts';
import type { InterviewExtension } from '../../../shared/interviews/index.ts';

const COLUMNS = `id, interview_id AS interviewId, requested_at AS requestedAt, by_name AS byName, reason, old_due AS oldDue,
  new_due AS newDue, state, decided_at AS decidedAt, decided_by AS decidedBy, decision_note AS decisionNote`;

export function pendingInterviewExtension(db: Db, interviewId: number): (InterviewExtension & { interviewId: number }) | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM interview_extensions WHERE interview_id = ? AND state = '待审批'`).get(interviewId) as
    | (InterviewExtension & { interviewId: number })
    | undefined;
}

export function getInterviewExtension(db: Db, id: number): (InterviewExtension & { interviewId: number }) | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM interview_extensions WHERE id = ?`).get(id) as (InterviewExtension & { interviewId: number }) | undefined;
}

export function extensionsOf(db: Db, interviewId: number): InterviewExtension[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM interview_extensions WHERE interview_id = ? ORDER BY id`).all(interviewId) as Array<InterviewExtension & { interviewId?: number }>).map(
    ({ interviewId: _i, ...e }) => e,
  );
}

export function insertInterviewExtension(
  db: Db,
  e: { interviewId: number; at: string; userId: number | null; by: string; reason: string; oldDue: string; newDue: string },
): number {
  return Number(
    db
      .prepare('INSERT INTO interview_extensions (interview_id, requested_at, user_id, by_name, reason, old_due, new_due) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(e.interviewId, e.at, e.userId, e.by, e.reason, e.oldDue, e.newDue).lastInsertRowid,
  );
}

export function decideInterviewExtension(db: Db, id: number, approved: boolean, at: string, by: string, note: string): void {
  db.prepare("UPDATE interview_extensions SET state = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ? AND state = '待审批'").run(
    approved ? '已批准' : '未批准', at, by, note, id,
  );
}
