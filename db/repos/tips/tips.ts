// Tips as stored: the record, its people, units, categories and history, and the writes.
import type { Db } from '../../types.ts';
import type { Circumstance, Disposal, FeedbackWay, Outcome, ReportMode, TipCategory, TipChannel, TipResult, TipStatus } from '../../../shared/tips/enums.ts';
import { refreshCategoryMask } from './categoryMask.ts';
import type { ReporterInfo, TipAttachment, TipExtension, TipFeedback, TipOutcomeRow, TipPerson, TipStep } from '../../../shared/tips/ledger.ts';
import type { PersonCategory } from '../../../shared/registry/index.ts';

export interface TipRecord {
  id: number;
  number: string;
  year: number;
  receivedDate: string;
  channel: TipChannel;
  mode: ReportMode;
  summary: string;
  content: string;
  status: TipStatus;
  disposal: Disposal | null;
  handlingDept: string;
  handlerUserId: number | null;
  proposalNote: string;
  handlingDueOriginal: string | null;
  dueDate: string | null;
  result: TipResult | null;
  conclusion: string;
  concludedDate: string | null;
  feedbackDate: string | null;
  feedbackWay: FeedbackWay | null;
  feedbackContent: string;
  feedbackBy: string | null;
  feedbackAt: string | null;
  hasQueryCode: number;
  repeatOf: number | null;
  createdBy: string;
  createdAt: string;
  version: number;
}

const RECORD = `
  SELECT id, number, year, received_date AS receivedDate, channel, mode, summary, content, status, disposal,
         handling_dept AS handlingDept, handler_user_id AS handlerUserId, proposal_note AS proposalNote,
         handling_due_original AS handlingDueOriginal, due_date AS dueDate, result, conclusion,
         concluded_date AS concludedDate, feedback_date AS feedbackDate, feedback_way AS feedbackWay,
         feedback_content AS feedbackContent, feedback_by AS feedbackBy, feedback_at AS feedbackAt,
         query_code_hash IS NOT NULL AS hasQueryCode, repeat_of AS repeatOf, created_by AS createdBy,
         created_at AS createdAt, version
  FROM tips`;

export function getTipRecord(db: Db, id: number): TipRecord | undefined {
  return db.prepare(`${RECORD} WHERE id = ?`).get(id) as TipRecord | undefined;
}

export function getReporter(db: Db, id: number): ReporterInfo | undefined {
  return db
    .prepare('SELECT reporter_name AS name, reporter_phone AS phone, reporter_id_number AS idNumber, reporter_address AS address FROM tips WHERE id = ?')
    .get(id) as ReporterInfo | undefined;
}

/** The next number of the year; call inside a write transaction (the counter row serialises writers). */
export function nextTipSeq(db: Db, year: number): number {
  const row = db
    .prepare('INSERT INTO tip_counters (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last')
    .get(year) as { last: number };
  return row.last;
}

export interface NewTip {
  number: string;
  year: number;
  seq: number;
  receivedDate: string;
  channel: TipChannel;
  mode: ReportMode;
  reporter: ReporterInfo;
  queryCodeHash: string | null;
  summary: string;
  content: string;
  status: TipStatus;
  dueDate: string | null;
  repeatOf: number | null;
  createdBy: string;
  now: string;
}

export function insertTip(db: Db, t: NewTip): number {
  const r = db
    .prepare(
      `INSERT INTO tips (number, year, seq, received_date, channel, mode, reporter_name, reporter_phone, reporter_id_number,
         reporter_address, query_code_hash, summary, content, status, due_date, repeat_of, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      t.number, t.year, t.seq, t.receivedDate, t.channel, t.mode, t.reporter.name, t.reporter.phone, t.reporter.idNumber,
      t.reporter.address, t.queryCodeHash, t.summary, t.content, t.status, t.dueDate, t.repeatOf, t.createdBy, t.now, t.now,
    );
  return Number(r.lastInsertRowid);
}

export interface NewTipPerson {
  personId: number | null;
  name: string;
  unitId: number | null;
  unitName: string;
  post: string;
  category: PersonCategory;
}

/** A new tip's people, units and categories (and the category mask the ledger filters by). */
export function insertTipParts(db: Db, tipId: number, people: readonly NewTipPerson[], unitIds: readonly number[], categories: readonly TipCategory[]): void {
  const person = db.prepare(
    'INSERT INTO tip_people (tip_id, position, person_id, name, unit_id, unit_name, post, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  people.forEach((p, i) => person.run(tipId, i, p.personId, p.name, p.unitId, p.unitName, p.post, p.category));
  const unit = db.prepare('INSERT OR IGNORE INTO tip_units (tip_id, unit_id) VALUES (?, ?)');
  for (const u of unitIds) unit.run(tipId, u);
  const cat = db.prepare('INSERT INTO tip_categories (tip_id, category) VALUES (?, ?)');
  for (const c of categories) cat.run(tipId, c);
  refreshCategoryMask(db, tipId);
}

/** Columns the flow may change (by their SQL names). */
export interface TipChanges {
  status?: TipStatus;
  disposal?: Disposal | null;
  handling_dept?: string;
  handler_user_id?: number | null;
  proposal_note?: string;
  handling_due_original?: string | null;
  due_date?: string | null;
  result?: TipResult | null;
  conclusion?: string;
  concluded_date?: string | null;
  feedback_date?: string;
  feedback_way?: FeedbackWay;
  feedback_content?: string;
  feedback_by?: string;
  feedback_at?: string;
  archived_at?: string | null;
  repeat_of?: number | null;
}

/** Applies changes if the version still matches; false when someone else changed the tip first. */
export function updateTip(db: Db, id: number, version: number, changes: TipChanges, now: string): boolean {
  const keys = Object.keys(changes) as Array<keyof TipChanges>;
  const sets = keys.map((k) => `${k} = ?`);
  const values = keys.map((k) => changes[k] ?? null);
  return (
    db
      .prepare(`UPDATE tips SET ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ?`)
      .run(...values, now, id, version).changes > 0
  );
}

export function tipPeople(db: Db, tipId: number): TipPerson[] {
  return db
    .prepare(
      `SELECT id, person_id AS personId, name, unit_id AS unitId, unit_name AS unitName, post, category
       FROM tip_people WHERE tip_id = ? ORDER BY position`,
    )
    .all(tipId) as TipPerson[];
}

export function tipUnits(db: Db, tipId: number): Array<{ id: number; name: string }> {
  return db
    .prepare('SELECT u.id, u.name FROM tip_units tu JOIN units u ON u.id = tu.unit_id WHERE tu.tip_id = ? ORDER BY u.name')
    .all(tipId) as Array<{ id: number; name: string }>;
}

export function tipCategories(db: Db, tipId: number): string[] {
  return (db.prepare('SELECT category FROM tip_categories WHERE tip_id = ?').all(tipId) as Array<{ category: string }>).map((r) => r.category);
}

export interface NewStep {
  tipId: number;
  at: string;
  step: string;
  fromStatus: TipStatus | null;
  toStatus: TipStatus;
  actorUserId: number | null;
  actorName: string;
  note: string;
  dueDate: string | null;
}

export function insertStep(db: Db, s: NewStep): void {
  db.prepare(
    `INSERT INTO tip_steps (tip_id, at, step, from_status, to_status, actor_user_id, actor_name, note, due_date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.tipId, s.at, s.step, s.fromStatus, s.toStatus, s.actorUserId, s.actorName, s.note, s.dueDate);
}

export function tipSteps(db: Db, tipId: number): TipStep[] {
  return db
    .prepare(
      `SELECT id, at, step, from_status AS fromStatus, to_status AS toStatus, actor_name AS actorName, note, due_date AS dueDate
       FROM tip_steps WHERE tip_id = ? ORDER BY id`,
    )
    .all(tipId) as TipStep[];
}

export function feedbackOf(r: TipRecord): TipFeedback | null {
  if (!r.feedbackDate || !r.feedbackWay) return null;
  return { date: r.feedbackDate, way: r.feedbackWay, content: r.feedbackContent, recordedBy: r.feedbackBy ?? '', recordedAt: r.feedbackAt ?? '' };
}

// ---- extensions --------------------------------------------------------------------------

const EXT = `
  SELECT id, tip_id AS tipId, requested_at AS requestedAt, requested_by AS requestedBy, reason, old_due AS oldDue,
         new_due AS newDue, state, decided_at AS decidedAt, decided_by AS decidedBy, decision_note AS decisionNote
  FROM tip_extensions`;

export function insertExtension(
  db: Db,
  e: { tipId: number; at: string; userId: number | null; by: string; reason: string; oldDue: string; newDue: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO tip_extensions (tip_id, requested_at, requested_by_user_id, requested_by, reason, old_due, new_due)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.tipId, e.at, e.userId, e.by, e.reason, e.oldDue, e.newDue).lastInsertRowid,
  );
}

export function getExtension(db: Db, id: number): (TipExtension & { tipId: number }) | undefined {
  return db.prepare(`${EXT} WHERE id = ?`).get(id) as (TipExtension & { tipId: number }) | undefined;
}

export function pendingExtension(db: Db, tipId: number): (TipExtension & { tipId: number }) | undefined {
  return db.prepare(`${EXT} WHERE tip_id = ? AND state = '待审批'`).get(tipId) as (TipExtension & { tipId: number }) | undefined;
}

export function decideExtension(db: Db, id: number, approved: boolean, at: string, by: string, note: string): boolean {
  return (
    db
      .prepare(`UPDATE tip_extensions SET state = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ? AND state = '待审批'`)
      .run(approved ? '已批准' : '未批准', at, by, note, id).changes > 0
  );
}

export function tipExtensions(db: Db, tipId: number): TipExtension[] {
  return (db.prepare(`${EXT} WHERE tip_id = ? ORDER BY id`).all(tipId) as Array<TipExtension & { tipId: number }>).map(
    ({ tipId: _t, ...e }) => e,
  );
}

// ---- outcomes (discipline events) -----------------------------------------------------------

/** Where a discipline event was decided: a tip's 办结, a talk's or a letter's outcome, or a decision made elsewhere (廉情指数's 处分决定). */
export type EventSourceKind = '信访件' | '谈话' | '函询' | '外部决定';
/** Outcomes only a decision made elsewhere carries (migration 0014); a tip's own outcomes stay the tips' list. */
export type EventOutcome = Outcome | '效能问责' | '通报批评' | '刑事责任';

/**
 * One discipline event (the index reads this one table): who, which unit, 身份类别, what was
 * decided, the circumstance, the conduct and decision dates, and its source record. An event of a
 * talk or letter about a tip's person also names the tip and the person (their 处理 in the tip).
 */
export interface NewDisciplineEvent {
  sourceKind: EventSourceKind;
  sourceId: number;
  tipId: number | null;
  tipPersonId: number | null;
  personId: number | null;
  personName: string;
  unitId: number | null;
  unitName: string;
  category: PersonCategory;
  outcome: EventOutcome;
  grade: string;
  circumstance: Circumstance;
  conductDate: string | null;
  decidedDate: string;
  now: string;
}

/** Inserts the event; answers its id. */
export function insertDisciplineEvent(db: Db, e: NewDisciplineEvent): number {
  const info = db.prepare(
    `INSERT INTO discipline_events (source_kind, source_id, tip_id, tip_person_id, person_id, person_name, unit_id, unit_name,
       category, outcome, grade, circumstance, conduct_date, decided_date, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.sourceKind, e.sourceId, e.tipId, e.tipPersonId, e.personId, e.personName, e.unitId, e.unitName, e.category, e.outcome, e.grade,
    e.circumstance, e.conductDate, e.decidedDate, e.now,
  );
  return Number(info.lastInsertRowid);
}

/** A tip's own outcome at its 办结 (source 信访件). */
export type NewOutcome = Omit<NewDisciplineEvent, 'sourceKind' | 'sourceId' | 'tipId' | 'tipPersonId' | 'outcome'> & { tipId: number; tipPersonId: number; outcome: Outcome };

export function insertOutcome(db: Db, o: NewOutcome): void {
  insertDisciplineEvent(db, { ...o, sourceKind: '信访件', sourceId: o.tipId });
}

export function tipOutcomes(db: Db, tipId: number): TipOutcomeRow[] {
  return db
    .prepare(
      `SELECT id, tip_person_id AS tipPersonId, person_name AS personName, unit_name AS unitName, category, outcome, grade,
              circumstance, conduct_date AS conductDate, decided_date AS decidedDate
       FROM discipline_events WHERE tip_id = ? ORDER BY id`,
    )
    .all(tipId) as TipOutcomeRow[];
}

// ---- attachments ----------------------------------------------------------------------------

export { insertFileRecord, isFileRecorded } from '../kernel/files.ts';

export function insertAttachment(
  db: Db,
  a: { tipId: number; sha256: string; fileName: string; size: number; at: string; by: string; reporterFree: boolean },
): number {
  return Number(
    db
      .prepare('INSERT INTO tip_attachments (tip_id, sha256, file_name, size, added_at, added_by, reporter_free) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(a.tipId, a.sha256, a.fileName, a.size, a.at, a.by, a.reporterFree ? 1 : 0).lastInsertRowid,
  );
}

const ATT =
  'SELECT id, tip_id AS tipId, file_name AS fileName, size, sha256, added_at AS addedAt, added_by AS addedBy, reporter_free AS reporterFree FROM tip_attachments';

type RawAttachment = Omit<TipAttachment, 'reporterFree'> & { tipId: number; reporterFree: number };

export function getAttachment(db: Db, id: number): (TipAttachment & { tipId: number }) | undefined {
  const raw = db.prepare(`${ATT} WHERE id = ?`).get(id) as RawAttachment | undefined;
  return raw ? { ...raw, reporterFree: raw.reporterFree === 1 } : undefined;
}

export function tipAttachments(db: Db, tipId: number): TipAttachment[] {
  return (db.prepare(`${ATT} WHERE tip_id = ? ORDER BY id`).all(tipId) as RawAttachment[]).map(
    ({ tipId: _t, reporterFree, ...a }) => ({ ...a, reporterFree: reporterFree === 1 }),
  );
}

// ---- query codes ---------------------------------------------------------------------------

export function statusByQueryCodeHash(db: Db, hash: string): TipStatus | undefined {
  return (db.prepare('SELECT status FROM tips WHERE query_code_hash = ?').get(hash) as { status: TipStatus } | undefined)?.status;
}

/** Tip numbers by id (the audit page names the objects of entries written before 0004). */
export function tipNumbersById(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = db.prepare('SELECT id, number FROM tips WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; number: string }>;
  return new Map(rows.map((r) => [r.id, r.number]));
}

/** Attachments as "number file name" by id, likewise. */
export function attachmentNamesById(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = db
    .prepare('SELECT a.id, t.number || \' \' || a.file_name AS name FROM tip_attachments a JOIN tips t ON t.id = a.tip_id WHERE a.id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as Array<{ id: number; name: string }>;
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Where the lead's 谈话函询方案 stands (null: the lead has none, or it was sent on to 初步核实). */
export type TipPlanState = '草拟' | '待审批' | '已批准';

export function tipPlanState(db: Db, tipId: number): TipPlanState | null {
  const row = db.prepare('SELECT plan_state AS state FROM tips WHERE id = ?').get(tipId) as { state: TipPlanState | null } | undefined;
  return row?.state ?? null;
}

/**
 * Records where the lead's plan stands (its own 办结 waits while it is set). The tip's version is
 * not bumped: the plan has its own, and the tip's page keeps its version for the tip's steps.
 */
export function setTipPlanState(db: Db, tipId: number, state: TipPlanState | null, now: string): void {
  db.prepare('UPDATE tips SET plan_state = ?, updated_at = ? WHERE id = ?').run(state, now, tipId);
}

/** The discipline events already decided for the tip's people (by a talk, a letter or the tip), by tip person. */
export function tipPersonEvents(db: Db, tipId: number): Map<number, { id: number; outcome: Outcome; sourceKind: EventSourceKind }> {
  const rows = db
    .prepare('SELECT id, tip_person_id AS tipPersonId, outcome, source_kind AS sourceKind FROM discipline_events WHERE tip_id = ?')
    .all(tipId) as Array<{ id: number; tipPersonId: number; outcome: Outcome; sourceKind: EventSourceKind }>;
  return new Map(rows.map((r) => [r.tipPersonId, { id: r.id, outcome: r.outcome, sourceKind: r.sourceKind }]));
}
