// Decisions made elsewhere (案件审理, 上级纪委, 司法机关): each is one discipline event (source 外部决定,
// its source id the decision's id) and the decision's own row with its 文号 and scans. Never edited
// or deleted here: a wrong one is corrected by the office's own procedure.
import type { Db } from '../../types.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import type { DecisionRow } from '../../../shared/integrity/index.ts';
import { insertDisciplineEvent, type NewDisciplineEvent } from '../tips/index.ts';
import { recordConditions, type RecordFilter } from './records.ts';

const SELECT = `SELECT d.id, d.body, d.document_number AS documentNumber, d.decided_date AS decidedDate, e.person_id AS personId,
    e.person_name AS personName, e.unit_id AS unitId, e.unit_name AS unitName, e.category, e.outcome, e.grade, e.circumstance,
    e.conduct_date AS conductDate, d.summary, d.event_id AS eventId, d.by_name AS enteredByName, d.at AS enteredAt
  FROM index_decisions d JOIN discipline_events e ON e.id = d.event_id LEFT JOIN units u ON u.id = e.unit_id`;

type Raw = Omit<DecisionRow, 'files'>;

function withFiles(db: Db, rows: Raw[]): DecisionRow[] {
  if (rows.length === 0) return [];
  const files = db
    .prepare(
      `SELECT id, decision_id AS decisionId, file_name AS fileName, size FROM index_decision_files
       WHERE decision_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as Array<{ id: number; decisionId: number; fileName: string; size: number }>;
  return rows.map((r) => ({ ...r, files: files.filter((f) => f.decisionId === r.id).map(({ id, fileName, size }) => ({ id, fileName, size })) }));
}

export function listDecisions(db: Db, f: Omit<RecordFilter, 'includeWithdrawn'> & { page: number; pageSize: number; sortDir: 'asc' | 'desc' }): Page<DecisionRow> {
  const w = recordConditions(f, { alias: 'd', date: 'd.decided_date', unit: 'e.unit_id', searched: ['d.document_number', 'd.summary', 'e.person_name'], withdrawable: false });
  const dir = f.sortDir === 'desc' ? 'DESC' : 'ASC';
  const rows = db.prepare(`${SELECT} ${w.where} ORDER BY d.decided_date ${dir}, d.id ${dir} LIMIT ? OFFSET ?`).all(...w.params, f.pageSize, f.page * f.pageSize) as Raw[];
  const total = (
    db.prepare(`SELECT count(*) AS n FROM index_decisions d JOIN discipline_events e ON e.id = d.event_id LEFT JOIN units u ON u.id = e.unit_id ${w.where}`).get(...w.params) as { n: number }
  ).n;
  return { rows: withFiles(db, rows), total };
}

export function getDecision(db: Db, id: number): DecisionRow | undefined {
  const r = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as Raw | undefined;
  return r ? withFiles(db, [r])[0] : undefined;
}

export interface NewDecision {
  body: string;
  documentNumber: string;
  summary: string;
  userId: number | null;
  byName: string;
  /** The event (its source is filled in here: 外部决定 and the decision's id). */
  event: Omit<NewDisciplineEvent, 'sourceKind' | 'sourceId' | 'tipId' | 'tipPersonId'>;
}

/**
 * The decision and its event, inside the caller's transaction (a write: BEGIN IMMEDIATE, so no
 * other writer comes between). index_decisions.event_id is NOT NULL and the event's source_id is the
 * decision's id, so one of them must be known before the other is written: the decision's id is
 * taken as max(id) + 1 (decisions are never deleted, and no other writer runs inside the
 * transaction), the event written with it, then the decision with that very id.
 */
export function insertDecision(db: Db, d: NewDecision): { id: number; eventId: number } {
  const id = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM index_decisions').get() as { id: number }).id;
  const eventId = insertDisciplineEvent(db, { ...d.event, sourceKind: '外部决定', sourceId: id, tipId: null, tipPersonId: null });
  db.prepare('INSERT INTO index_decisions (id, body, document_number, decided_date, summary, event_id, user_id, by_name, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    id, d.body, d.documentNumber, d.event.decidedDate, d.summary, eventId, d.userId, d.byName, d.event.now,
  );
  return { id, eventId };
}

export function insertDecisionFile(
  db: Db,
  f: { decisionId: number; sha256: string; fileName: string; mime: string; size: number; at: string; userId: number | null; byName: string },
): number {
  return Number(
    db
      .prepare('INSERT INTO index_decision_files (decision_id, sha256, file_name, mime, size, at, user_id, by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(f.decisionId, f.sha256, f.fileName, f.mime, f.size, f.at, f.userId, f.byName).lastInsertRowid,
  );
}

export function getDecisionFile(db: Db, id: number): { id: number; decisionId: number; sha256: string; fileName: string } | undefined {
  return db.prepare('SELECT id, decision_id AS decisionId, sha256, file_name AS fileName FROM index_decision_files WHERE id = ?').get(id) as
    | { id: number; decisionId: number; sha256: string; fileName: string }
    | undefined;
}
