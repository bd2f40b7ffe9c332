// Talks and letters as stored: the record, its interviewers, history, follow-ups, files and
// extensions, and the writes. Every write that changes a row checks and bumps its version; the
// search index is written with it.
import type { Db } from '../../types.ts';
import type {
  Assessment, CauseKind, Holder, InterviewDueKind, InterviewKind, InterviewOutcome, InterviewStatus, TalkType,
} from '../../../shared/interviews/index.ts';
import type { PersonCategory } from '../../../shared/registry/index.ts';
import { indexInterview } from './search.ts';

export interface InterviewRecord {
  id: number;
  number: string;
  kind: InterviewKind;
  talkType: TalkType | null;
  holder: Holder;
  holderNames: string;
  status: InterviewStatus;
  planId: number | null;
  planItemId: number | null;
  causeKind: CauseKind;
  tipId: number | null;
  tipPersonId: number | null;
  rectItemId: number | null;
  warningDocumentId: number | null;
  causeText: string;
  personId: number;
  personName: string;
  unitId: number | null;
  unitName: string;
  post: string;
  category: PersonCategory;
  plannedDate: string | null;
  plannedTime: string | null;
  place: string;
  recorderUserId: number | null;
  noticeDocumentId: number | null;
  sentDate: string | null;
  heldDate: string | null;
  heldTime: string | null;
  keyPoints: string;
  statement: string;
  replyDate: string | null;
  replyCountersigned: number;
  replySummary: string;
  assessment: Assessment | null;
  supplements: number;
  outcome: InterviewOutcome | null;
  outcomeNote: string;
  signedDate: string | null;
  concludedDate: string | null;
  eventId: number | null;
  meetingDate: string | null;
  meetingNote: string;
  dueKind: InterviewDueKind | null;
  dueOriginal: string | null;
  dueDate: string | null;
  ledgerDate: string;
  createdOn: string;
  version: number;
}

const COLUMNS = `id, number, kind, talk_type AS talkType, holder, holder_names AS holderNames, status, plan_id AS planId,
  plan_item_id AS planItemId, cause_kind AS causeKind, tip_id AS tipId, tip_person_id AS tipPersonId, rect_item_id AS rectItemId,
  warning_document_id AS warningDocumentId, cause_text AS causeText, person_id AS personId, person_name AS personName,
  unit_id AS unitId, unit_name AS unitName, post, category, planned_date AS plannedDate, planned_time AS plannedTime, place,
  recorder_user_id AS recorderUserId, notice_document_id AS noticeDocumentId, sent_date AS sentDate, held_date AS heldDate,
  held_time AS heldTime, key_points AS keyPoints, statement, reply_date AS replyDate, reply_countersigned AS replyCountersigned,
  reply_summary AS replySummary, assessment, supplements, outcome, outcome_note AS outcomeNote, signed_date AS signedDate,
  concluded_date AS concludedDate, event_id AS eventId, meeting_date AS meetingDate, meeting_note AS meetingNote,
  due_kind AS dueKind, due_original AS dueOriginal, due_date AS dueDate, ledger_date AS ledgerDate, created_on AS createdOn, version`;

export function getInterviewRecord(db: Db, id: number): InterviewRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM interviews WHERE id = ?`).get(id) as InterviewRecord | undefined;
}

/** The talks and letters made for one tip (its plan), in order. */
export function interviewsOfTip(db: Db, tipId: number): InterviewRecord[] {
  return db.prepare(`SELECT ${COLUMNS} FROM interviews WHERE tip_id = ? ORDER BY id`).all(tipId) as InterviewRecord[];
}

/** The talk or letter a 公文 was issued for (its latest notice), or undefined. */
export function interviewOfNotice(db: Db, documentId: number): InterviewRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM interviews WHERE notice_document_id = ?`).get(documentId) as InterviewRecord | undefined;
}

/** The next number of the kind and year (TH-2026-0001, HX-2026-0001); inside the write transaction. */
export function nextInterviewSerial(db: Db, kind: InterviewKind, year: number): number {
  const row = db
    .prepare('INSERT INTO interview_counters (kind, year, last) VALUES (?, ?, 1) ON CONFLICT (kind, year) DO UPDATE SET last = last + 1 RETURNING last')
    .get(kind, year) as { last: number };
  return row.last;
}

/** A new talk or letter: the record's own registration fields (the rest start empty), its interviewers, who and when. */
export type NewInterview = Pick<
  InterviewRecord,
  | 'number' | 'kind' | 'talkType' | 'holder' | 'holderNames' | 'status' | 'planId' | 'planItemId' | 'causeKind' | 'tipId'
  | 'tipPersonId' | 'rectItemId' | 'warningDocumentId' | 'causeText' | 'personId' | 'personName' | 'unitId' | 'unitName' | 'post'
  | 'category' | 'plannedDate' | 'plannedTime' | 'place' | 'recorderUserId' | 'ledgerDate' | 'createdOn'
> & {
  interviewerIds: readonly number[];
  createdBy: number | null;
  now: string;
};

export function insertInterview(db: Db, n: NewInterview): number {
  const info = db
    .prepare(
      `INSERT INTO interviews (number, kind, talk_type, holder, holder_names, status, plan_id, plan_item_id, cause_kind, tip_id,
         tip_person_id, rect_item_id, warning_document_id, cause_text, person_id, person_name, unit_id, unit_name, post, category,
         planned_date, planned_time, place, recorder_user_id, ledger_date, created_on, created_at, created_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      n.number, n.kind, n.talkType, n.holder, n.holderNames, n.status, n.planId, n.planItemId, n.causeKind, n.tipId, n.tipPersonId,
      n.rectItemId, n.warningDocumentId, n.causeText, n.personId, n.personName, n.unitId, n.unitName, n.post, n.category,
      n.plannedDate, n.plannedTime, n.place, n.recorderUserId, n.ledgerDate, n.createdOn, n.now, n.createdBy, n.now,
    );
  const id = Number(info.lastInsertRowid);
  setInterviewers(db, id, n.interviewerIds);
  indexInterview(db, id);
  return id;
}

/** The columns a step may change (snake_case, as stored). */
export type InterviewChanges = Partial<Record<
  | 'status' | 'holder' | 'holder_names' | 'cause_kind' | 'tip_id' | 'tip_person_id' | 'rect_item_id' | 'warning_document_id' | 'cause_text'
  | 'person_id' | 'person_name' | 'unit_id' | 'unit_name' | 'post' | 'category' | 'planned_date' | 'planned_time' | 'place'
  | 'recorder_user_id' | 'notice_document_id' | 'sent_date' | 'held_date' | 'held_time' | 'key_points' | 'statement' | 'reply_date'
  | 'reply_countersigned' | 'reply_summary' | 'assessment' | 'supplements' | 'outcome' | 'outcome_note' | 'signed_date'
  | 'concluded_date' | 'event_id' | 'meeting_date' | 'meeting_note' | 'due_kind' | 'due_original' | 'due_date' | 'ledger_date',
  string | number | null
>>;

/** Applies the changes if the row is still at `version`; false when someone changed it meanwhile. */
export function updateInterview(db: Db, id: number, version: number, changes: InterviewChanges, now: string): boolean {
  const keys = Object.keys(changes) as Array<keyof InterviewChanges>;
  const sets = keys.map((k) => `${k} = ?`);
  const info = db
    .prepare(`UPDATE interviews SET ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ?`)
    .run(...keys.map((k) => changes[k] ?? null), now, id, version);
  if (info.changes === 0) return false;
  indexInterview(db, id);
  return true;
}

export function setInterviewers(db: Db, id: number, userIds: readonly number[]): void {
  db.prepare('DELETE FROM interview_staff WHERE interview_id = ?').run(id);
  const insert = db.prepare('INSERT INTO interview_staff (interview_id, user_id) VALUES (?, ?)');
  for (const userId of userIds) insert.run(id, userId);
}

export function interviewersOf(db: Db, id: number): Array<{ id: number; name: string }> {
  return db
    .prepare('SELECT u.id, u.display_name AS name FROM interview_staff s JOIN users u ON u.id = s.user_id WHERE s.interview_id = ? ORDER BY u.id')
    .all(id) as Array<{ id: number; name: string }>;
}

export interface HistoryEntry {
  interviewId: number;
  at: string;
  userId: number | null;
  byName: string;
  action: string;
  date: string | null;
  text: string;
}

/** One line of the history (append only: the table refuses changes and deletions). */
export function appendHistory(db: Db, e: HistoryEntry): void {
  db.prepare('INSERT INTO interview_history (interview_id, at, user_id, by_name, action, date, text) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    e.interviewId, e.at, e.userId, e.byName, e.action, e.date, e.text,
  );
}

export function historyOf(db: Db, id: number): Array<{ at: string; byName: string; action: string; date: string | null; text: string }> {
  return db
    .prepare('SELECT at, by_name AS byName, action, date, text FROM interview_history WHERE interview_id = ? ORDER BY id')
    .all(id) as Array<{ at: string; byName: string; action: string; date: string | null; text: string }>;
}

/** Numbers by id, for the audit page's names of older entries. */
export function interviewNumbersById(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = db.prepare('SELECT id, number FROM interviews WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; number: string }>;
  return new Map(rows.map((r) => [r.id, r.number]));
}
