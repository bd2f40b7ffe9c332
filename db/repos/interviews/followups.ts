// A talk's or letter's follow-ups (a written explanation by a date …): added with the record or
// later, each marked done once.
import type { Db } from '../../types.ts';

export interface FollowUpRecord {
  id: number;
  interviewId: number;
  content: string;
  dueDate: string;
  doneDate: string | null;
  doneNote: string;
  createdAt: string;
}

const COLUMNS = `id, interview_id AS interviewId, content, due_date AS dueDate, done_date AS doneDate, done_note AS doneNote, created_at AS createdAt`;

export function insertFollowUp(db: Db, f: { interviewId: number; content: string; dueDate: string; at: string }): number {
  return Number(
    db.prepare('INSERT INTO interview_followups (interview_id, content, due_date, created_at) VALUES (?, ?, ?, ?)').run(f.interviewId, f.content, f.dueDate, f.at)
      .lastInsertRowid,
  );
}

export function getFollowUp(db: Db, id: number): FollowUpRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM interview_followups WHERE id = ?`).get(id) as FollowUpRecord | undefined;
}

export function followUpsOf(db: Db, interviewId: number): FollowUpRecord[] {
  return db.prepare(`SELECT ${COLUMNS} FROM interview_followups WHERE interview_id = ? ORDER BY id`).all(interviewId) as FollowUpRecord[];
}

/** Marks it done unless it already is; false when it was. */
export function markFollowUpDone(db: Db, id: number, doneDate: string, note: string): boolean {
  return db.prepare('UPDATE interview_followups SET done_date = ?, done_note = ? WHERE id = ? AND done_date IS NULL').run(doneDate, note, id).changes > 0;
}
