// 谈话日程: the planned talks (待谈话) in a date range, by date and time, optionally of one
// interviewer or at one place; and the interviewers of a set of talks.
import type { Db } from '../../types.ts';

export interface AgendaQuery {
  from: string;
  to: string;
  interviewerId?: number;
  place?: string;
}

/** The planned talks' ids in [from, to], ordered by date, time (none last) and id. */
export function agendaIds(db: Db, q: AgendaQuery): number[] {
  const parts = ["i.status = '待谈话'", 'i.planned_date BETWEEN ? AND ?'];
  const params: unknown[] = [q.from, q.to];
  if (q.interviewerId !== undefined) {
    parts.push('i.id IN (SELECT interview_id FROM interview_staff WHERE user_id = ?)');
    params.push(q.interviewerId);
  }
  if (q.place) {
    parts.push('instr(i.place, ?) > 0');
    params.push(q.place);
  }
  return (
    db
      .prepare(`SELECT i.id FROM interviews i WHERE ${parts.join(' AND ')} ORDER BY i.planned_date, i.planned_time IS NULL, i.planned_time, i.id`)
      .all(...params) as Array<{ id: number }>
  ).map((r) => r.id);
}

/** The 本委 interviewers of these talks, by talk, each in user order. */
export function interviewersByIds(db: Db, ids: readonly number[]): Map<number, Array<{ id: number; name: string }>> {
  const out = new Map<number, Array<{ id: number; name: string }>>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT s.interview_id AS interviewId, u.id, u.display_name AS name FROM interview_staff s JOIN users u ON u.id = s.user_id
       WHERE s.interview_id IN (SELECT value FROM json_each(?)) ORDER BY s.interview_id, u.id`,
    )
    .all(JSON.stringify(ids)) as Array<{ interviewId: number; id: number; name: string }>;
  for (const r of rows) {
    const list = out.get(r.interviewId) ?? [];
    list.push({ id: r.id, name: r.name });
    out.set(r.interviewId, list);
  }
  return out;
}

/** The holder names typed for these talks (委托谈话, 上级纪委). */
export function holderNamesByIds(db: Db, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare('SELECT id, holder_names AS names FROM interviews WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as Array<{ id: number; names: string }>;
  return new Map(rows.map((r) => [r.id, r.names]));
}
