// Rectification items as stored: the record, its measures, history, extensions and files, and
// the writes. Every write that changes an item checks and bumps its version.
import type { Db } from '../../types.ts';
import type {
  RectEvent, RectEventKind, RectExtension, RectFile, RectPersonRef, RectSource, RectStatus,
} from '../../../shared/rectification/index.ts';
import { indexRectItem } from './search.ts';

export interface ItemRecord {
  id: number;
  number: string;
  source: RectSource;
  sourceRef: string;
  documentId: number | null;
  tipId: number | null;
  unitId: number;
  problem: string;
  category: string;
  leaderPersonId: number | null;
  ownerPersonId: number | null;
  deadlineOriginal: string;
  deadline: string;
  status: RectStatus;
  percent: number;
  verified: number;
  acceptanceBy: number | null;
  acceptanceByName: string | null;
  recurrenceOf: number | null;
  remarks: string;
  closedOn: string | null;
  version: number;
}

export function getItemRecord(db: Db, id: number): ItemRecord | undefined {
  return db
    .prepare(
      `SELECT i.id, i.number, i.source, i.source_ref AS sourceRef, i.document_id AS documentId, i.tip_id AS tipId, i.unit_id AS unitId,
              i.problem, i.category, i.leader_person_id AS leaderPersonId, i.owner_person_id AS ownerPersonId,
              i.deadline_original AS deadlineOriginal, i.deadline, i.status, i.percent, i.verified, i.acceptance_by AS acceptanceBy,
              au.display_name AS acceptanceByName, i.recurrence_of AS recurrenceOf, i.remarks, i.closed_on AS closedOn, i.version
       FROM rect_items i LEFT JOIN users au ON au.id = i.acceptance_by WHERE i.id = ?`,
    )
    .get(id) as ItemRecord | undefined;
}

/** The next number of the year (ZG-2026-0001); inside the write transaction (the counter row serialises writers). */
export function nextRectSerial(db: Db, year: number): number {
  const row = db
    .prepare('INSERT INTO rect_counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last')
    .get(year) as { last: number };
  return row.last;
}

export interface MeasureRow {
  text: string;
  ownerPersonId: number | null;
  dueDate: string | null;
}

export interface NewItem {
  number: string;
  source: RectSource;
  sourceRef: string;
  documentId: number | null;
  tipId: number | null;
  unitId: number;
  problem: string;
  category: string;
  leaderPersonId: number | null;
  ownerPersonId: number | null;
  deadline: string;
  recurrenceOf: number | null;
  remarks: string;
  measures: readonly MeasureRow[];
  createdOn: string;
  at: string;
  userId: number | null;
}

export function insertItem(db: Db, n: NewItem): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO rect_items (number, source, source_ref, document_id, tip_id, unit_id, problem, category, leader_person_id, owner_person_id,
           deadline_original, deadline, recurrence_of, remarks, created_on, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(n.number, n.source, n.sourceRef, n.documentId, n.tipId, n.unitId, n.problem, n.category, n.leaderPersonId, n.ownerPersonId,
        n.deadline, n.deadline, n.recurrenceOf, n.remarks, n.createdOn, n.at, n.userId, n.at).lastInsertRowid,
  );
  writeMeasures(db, id, n.measures);
  indexRectItem(db, id);
  return id;
}

function writeMeasures(db: Db, itemId: number, measures: readonly MeasureRow[]): void {
  db.prepare('DELETE FROM rect_measures WHERE item_id = ?').run(itemId);
  const insert = db.prepare('INSERT INTO rect_measures (item_id, seq, text, owner_person_id, due_date) VALUES (?, ?, ?, ?, ?)');
  measures.forEach((m, i) => insert.run(itemId, i + 1, m.text, m.ownerPersonId, m.dueDate));
}

export interface ItemEdit {
  unitId: number;
  problem: string;
  category: string;
  leaderPersonId: number | null;
  ownerPersonId: number | null;
  remarks: string;
  measures: readonly MeasureRow[];
}

/** The description of an open item; false when the version moved on. */
export function updateItem(db: Db, id: number, version: number, e: ItemEdit, at: string): boolean {
  const changed = db
    .prepare(
      `UPDATE rect_items SET unit_id = ?, problem = ?, category = ?, leader_person_id = ?, owner_person_id = ?, remarks = ?,
         updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
    )
    .run(e.unitId, e.problem, e.category, e.leaderPersonId, e.ownerPersonId, e.remarks, at, id, version).changes;
  if (changed === 0) return false;
  writeMeasures(db, id, e.measures);
  indexRectItem(db, id);
  return true;
}

/** What a step changes of the item's state (each left out stays). */
export interface StatePatch {
  status?: RectStatus;
  percent?: number;
  latestProgress?: string;
  verified?: boolean;
  acceptanceBy?: number | null;
  closedOn?: string | null;
  deadline?: string;
}

export function patchItem(db: Db, id: number, version: number, p: StatePatch, at: string): boolean {
  const sets: string[] = [];
  const params: unknown[] = [];
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (p.status !== undefined) set('status', p.status);
  if (p.percent !== undefined) set('percent', p.percent);
  if (p.latestProgress !== undefined) set('latest_progress', p.latestProgress);
  if (p.verified !== undefined) set('verified', p.verified ? 1 : 0);
  if (p.acceptanceBy !== undefined) set('acceptance_by', p.acceptanceBy);
  if (p.closedOn !== undefined) set('closed_on', p.closedOn);
  if (p.deadline !== undefined) set('deadline', p.deadline);
  set('updated_at', at);
  return db.prepare(`UPDATE rect_items SET ${sets.join(', ')}, version = version + 1 WHERE id = ? AND version = ?`).run(...params, id, version).changes > 0;
}

export interface NewEvent {
  itemId: number;
  kind: RectEventKind;
  date: string;
  text: string;
  percent?: number | null;
  fromStatus?: RectStatus | null;
  toStatus?: RectStatus | null;
  data?: { evidenceHashes?: string[]; deadlineFrom?: string; deadlineTo?: string };
  userId: number | null;
  byName: string;
  at: string;
}

export function insertEvent(db: Db, e: NewEvent): number {
  return Number(
    db
      .prepare(
        `INSERT INTO rect_events (item_id, kind, on_date, text, percent, from_status, to_status, data, by_user, by_name, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.itemId, e.kind, e.date, e.text, e.percent ?? null, e.fromStatus ?? null, e.toStatus ?? null, JSON.stringify(e.data ?? {}),
        e.userId, e.byName, e.at).lastInsertRowid,
  );
}

export function itemEvents(db: Db, itemId: number): RectEvent[] {
  const rows = db
    .prepare(
      `SELECT id, kind, on_date AS date, text, percent, from_status AS fromStatus, to_status AS toStatus, data, by_name AS byName, at
       FROM rect_events WHERE item_id = ? ORDER BY id`,
    )
    .all(itemId) as Array<Omit<RectEvent, 'evidenceHashes' | 'deadlineFrom' | 'deadlineTo'> & { data: string }>;
  return rows.map(({ data, ...e }) => {
    const d = JSON.parse(data) as { evidenceHashes?: string[]; deadlineFrom?: string; deadlineTo?: string };
    return { ...e, evidenceHashes: d.evidenceHashes ?? [], deadlineFrom: d.deadlineFrom ?? null, deadlineTo: d.deadlineTo ?? null };
  });
}

export interface StoredMeasure {
  seq: number;
  text: string;
  owner: RectPersonRef | null;
  dueDate: string | null;
}

export function itemMeasures(db: Db, itemId: number): StoredMeasure[] {
  const rows = db
    .prepare(
      `SELECT m.seq, m.text, m.due_date AS dueDate, p.id AS ownerId, p.name AS ownerName, p.post AS ownerPost
       FROM rect_measures m LEFT JOIN people p ON p.id = m.owner_person_id WHERE m.item_id = ? ORDER BY m.seq`,
    )
    .all(itemId) as Array<{ seq: number; text: string; dueDate: string | null; ownerId: number | null; ownerName: string | null; ownerPost: string | null }>;
  return rows.map((r) => ({
    seq: r.seq,
    text: r.text,
    dueDate: r.dueDate,
    owner: r.ownerId === null ? null : { id: r.ownerId, name: r.ownerName ?? '', post: r.ownerPost ?? '' },
  }));
}

export function personRef(db: Db, id: number | null): RectPersonRef | null {
  if (id === null) return null;
  return (db.prepare('SELECT id, name, post FROM people WHERE id = ?').get(id) as RectPersonRef | undefined) ?? null;
}

// ---- extensions -----------------------------------------------------------------------------

export function itemExtensions(db: Db, itemId: number): RectExtension[] {
  return db
    .prepare(
      `SELECT id, previous_deadline AS previousDeadline, requested_deadline AS requestedDeadline, reason, state,
              requested_by_name AS requestedByName, requested_at AS requestedAt, decided_by_name AS decidedByName,
              decided_on AS decidedOn, opinion
       FROM rect_extensions WHERE item_id = ? ORDER BY id`,
    )
    .all(itemId) as RectExtension[];
}

export function pendingExtension(db: Db, itemId: number): { id: number; requestedDeadline: string; previousDeadline: string } | undefined {
  return db
    .prepare(`SELECT id, requested_deadline AS requestedDeadline, previous_deadline AS previousDeadline FROM rect_extensions WHERE item_id = ? AND state = '待审批'`)
    .get(itemId) as { id: number; requestedDeadline: string; previousDeadline: string } | undefined;
}

export function insertExtension(
  db: Db,
  e: { itemId: number; previousDeadline: string; requestedDeadline: string; reason: string; userId: number; byName: string; at: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO rect_extensions (item_id, previous_deadline, requested_deadline, reason, requested_by, requested_by_name, requested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.itemId, e.previousDeadline, e.requestedDeadline, e.reason, e.userId, e.byName, e.at).lastInsertRowid,
  );
}

export function decideExtension(
  db: Db,
  id: number,
  d: { approved: boolean; opinion: string; userId: number; byName: string; on: string; at: string },
): void {
  db.prepare(
    `UPDATE rect_extensions SET state = ?, opinion = ?, decided_by = ?, decided_by_name = ?, decided_on = ?, decided_at = ?
     WHERE id = ? AND state = '待审批'`,
  ).run(d.approved ? '已批准' : '不批准', d.opinion, d.userId, d.byName, d.on, d.at, id);
}

// ---- files ----------------------------------------------------------------------------------

export function insertRectFile(
  db: Db,
  f: { itemId: number | null; reportId: number | null; sha256: string; fileName: string; size: number; note: string; at: string; userId: number | null; byName: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO rect_files (item_id, report_id, sha256, file_name, size, note, added_at, added_by, added_by_name)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.itemId, f.reportId, f.sha256, f.fileName, f.size, f.note, f.at, f.userId, f.byName).lastInsertRowid,
  );
}

const FILE_COLUMNS = 'id, file_name AS fileName, size, sha256, note, added_at AS addedAt, added_by_name AS addedByName';

export function itemFiles(db: Db, itemId: number): RectFile[] {
  return db.prepare(`SELECT ${FILE_COLUMNS} FROM rect_files WHERE item_id = ? ORDER BY id`).all(itemId) as RectFile[];
}

export function getRectFile(db: Db, id: number): (RectFile & { itemId: number | null; reportId: number | null }) | undefined {
  return db.prepare(`SELECT ${FILE_COLUMNS}, item_id AS itemId, report_id AS reportId FROM rect_files WHERE id = ?`).get(id) as
    | (RectFile & { itemId: number | null; reportId: number | null })
    | undefined;
}

/** The 联系干部 (user id) of a unit, or null. */
export function unitLiaisonId(db: Db, unitId: number): number | null {
  const row = db.prepare('SELECT liaison_user_id AS id FROM units WHERE id = ?').get(unitId) as { id: number | null } | undefined;
  return row?.id ?? null;
}

// ---- links ----------------------------------------------------------------------------------

export function recurrencesOf(db: Db, itemId: number): Array<{ id: number; number: string; status: RectStatus }> {
  return db.prepare('SELECT id, number, status FROM rect_items WHERE recurrence_of = ? ORDER BY id').all(itemId) as Array<{ id: number; number: string; status: RectStatus }>;
}

export function itemIdsOfDocument(db: Db, documentId: number): number[] {
  return (db.prepare('SELECT id FROM rect_items WHERE document_id = ? ORDER BY id').all(documentId) as Array<{ id: number }>).map((r) => r.id);
}

/** Item numbers by id (the audit page names its objects). */
export function itemNumbersById(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = db.prepare('SELECT id, number FROM rect_items WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; number: string }>;
  return new Map(rows.map((r) => [r.id, r.number]));
}

// ---- notice reports -------------------------------------------------------------------------

export function insertNoticeReport(db: Db, r: { documentId: number; date: string; text: string; userId: number; byName: string; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO rect_notice_reports (document_id, on_date, text, by_user, by_name, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(r.documentId, r.date, r.text, r.userId, r.byName, r.at).lastInsertRowid,
  );
}

export interface StoredNoticeReport {
  id: number;
  date: string;
  text: string;
  byName: string;
  at: string;
  fileId: number | null;
  fileName: string | null;
  size: number | null;
  sha256: string | null;
}

export function noticeReports(db: Db, documentId: number): StoredNoticeReport[] {
  return db
    .prepare(
      `SELECT r.id, r.on_date AS date, r.text, r.by_name AS byName, r.at, f.id AS fileId, f.file_name AS fileName, f.size, f.sha256
       FROM rect_notice_reports r LEFT JOIN rect_files f ON f.report_id = r.id WHERE r.document_id = ? ORDER BY r.id`,
    )
    .all(documentId) as StoredNoticeReport[];
}
