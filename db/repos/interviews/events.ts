// Discipline events as the interviews domain reads them: a person's events from every source with
// the source's number (a decision made elsewhere: its 文号), the event a talk or letter made, and whether a tip's person already has one.
import type { Db } from '../../types.ts';
import type { DisciplineEventView } from '../../../shared/interviews/index.ts';

/** A person's events, newest decision first, each with its source record's number. */
export function personEvents(db: Db, personId: number): DisciplineEventView[] {
  return db
    .prepare(
      `SELECT e.id, e.source_kind AS sourceKind, e.source_id AS sourceId,
              coalesce(CASE e.source_kind WHEN '信访件' THEN t.number WHEN '外部决定' THEN d.document_number ELSE i.number END, '') AS sourceNumber,
              e.outcome, e.grade, e.circumstance, e.category, e.unit_name AS unitName, e.conduct_date AS conductDate,
              e.decided_date AS decidedDate
       FROM discipline_events e
       LEFT JOIN tips t ON e.source_kind = '信访件' AND t.id = e.source_id
       LEFT JOIN interviews i ON e.source_kind IN ('谈话', '函询') AND i.id = e.source_id
       LEFT JOIN index_decisions d ON e.source_kind = '外部决定' AND d.id = e.source_id
       WHERE e.person_id = ?
       ORDER BY e.decided_date DESC, e.id DESC`,
    )
    .all(personId) as DisciplineEventView[];
}

export function eventRef(db: Db, id: number): { id: number; outcome: string; decidedDate: string } | undefined {
  return db.prepare('SELECT id, outcome, decided_date AS decidedDate FROM discipline_events WHERE id = ?').get(id) as
    | { id: number; outcome: string; decidedDate: string }
    | undefined;
}

/** The event a tip's person already has (one decision per person reported), or undefined. */
export function eventOfTipPerson(db: Db, tipPersonId: number): { id: number; sourceKind: string; outcome: string } | undefined {
  return db.prepare('SELECT id, source_kind AS sourceKind, outcome FROM discipline_events WHERE tip_person_id = ?').get(tipPersonId) as
    | { id: number; sourceKind: string; outcome: string }
    | undefined;
}
