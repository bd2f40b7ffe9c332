// Test helpers for interviews: talks and letters written by SQL as the interviews services would
// leave them — numbered TH-/HX-YYYY-NNNN, with their interviewers and recorder, the person's name,
// unit, post and category copied from the registry, history lines for each step, the deadline
// running (a letter's reply on the working-day calendar unless given), follow-ups, extensions,
// the outcome with its discipline event, and the search index — so that the ledger, its export,
// the counts, the agenda and 首页 can be tested on exact states.
import type { Db } from '../../db/types.ts';
import { calendarTable } from '../../db/repos/core/index.ts';
import { appendHistory, insertInterview, nextInterviewSerial, updateInterview, type InterviewChanges } from '../../db/repos/interviews/records.ts';
import { insertDisciplineEvent } from '../../db/repos/tips/tips.ts';
import { WorkCalendar } from '../../shared/kernel/workdays.ts';
import {
  dueAfter, interviewNumber, isEventOutcome, type Assessment, type CauseKind, type Holder, type InterviewDueKind, type InterviewKind,
  type InterviewOutcome, type InterviewStatus, type TalkType,
} from '../../shared/interviews/index.ts';
import type { PersonCategory } from '../../shared/registry/index.ts';

export interface InterviewSpec {
  kind: InterviewKind;
  /** A talk's type (default 廉政谈话). */
  talkType?: TalkType;
  holder?: Holder;
  holderNames?: string;
  personId: number;
  causeKind?: CauseKind;
  causeText?: string;
  tipId?: number | null;
  tipPersonId?: number | null;
  rectItemId?: number | null;
  warningDocumentId?: number | null;
  plannedDate?: string | null;
  plannedTime?: string | null;
  place?: string;
  heldDate?: string | null;
  heldTime?: string | null;
  interviewerIds?: readonly number[];
  recorderUserId?: number | null;
  /** A letter's 函询通知书 date (starts the reply's deadline). */
  sentDate?: string | null;
  replyDate?: string | null;
  replyCountersigned?: boolean;
  assessment?: Assessment | null;
  supplements?: number;
  outcome?: InterviewOutcome | null;
  /** With an outcome: the day concluded (default the reply's, held or sent date). */
  concludedDate?: string | null;
  signedDate?: string | null;
  meetingDate?: string | null;
  /**
   * The deadline running: given, or by default a letter's reply (sent, not yet replied:
   * 15 working days after the sent date on the calendar) — none otherwise.
   */
  due?: { kind: InterviewDueKind; date: string; original?: string } | null;
  followUps?: Array<{ content: string; dueDate: string; doneDate?: string | null }>;
  extensions?: Array<{ oldDue: string; newDue: string; state?: '待审批' | '已批准' | '未批准'; reason?: string }>;
  /** The day registered (default the ledger's date). */
  createdOn?: string;
  /** Default derived from the dates given (待谈话, 待办结, 已办结; 待发函, 待答复, 待评估, 已办结). */
  status?: InterviewStatus;
}

export interface InsertedInterview {
  id: number;
  number: string;
  ledgerDate: string;
  dueDate: string | null;
  eventId: number | null;
}

function statusOf(s: InterviewSpec): InterviewStatus {
  if (s.status) return s.status;
  if (s.outcome) return '已办结';
  if (s.kind === '谈话') return s.heldDate ? '待办结' : '待谈话';
  if (s.replyDate) return '待评估';
  return s.sentDate ? '待答复' : '待发函';
}

/** Inserts one talk or letter and its history; returns its id, number, ledger date, deadline and event. */
export function insertInterviewAs(db: Db, s: InterviewSpec): InsertedInterview {
  const person = db
    .prepare('SELECT p.name, p.unit_id AS unitId, u.name AS unitName, p.post, p.category FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = ?')
    .get(s.personId) as { name: string; unitId: number | null; unitName: string | null; post: string; category: PersonCategory } | undefined;
  if (!person) throw new Error(`insertInterviewAs: no person ${s.personId}`);
  const status = statusOf(s);
  const createdFallback = s.sentDate ?? s.plannedDate ?? s.heldDate ?? s.createdOn;
  const createdOn = s.createdOn ?? createdFallback;
  if (!createdOn) throw new Error('insertInterviewAs: give createdOn, plannedDate, heldDate or sentDate');
  const ledgerDate = s.kind === '谈话' ? (s.heldDate ?? s.plannedDate ?? createdOn) : (s.sentDate ?? createdOn);
  const at = `${createdOn}T02:00:00.000Z`;
  const number = interviewNumber(s.kind, Number(ledgerDate.slice(0, 4)), nextInterviewSerial(db, s.kind, Number(ledgerDate.slice(0, 4))));
  const holder = s.kind === '函询' ? '本委' : (s.holder ?? '本委');
  const causeKind = s.causeKind ?? (s.tipId ? '信访件' : s.rectItemId ? '整改事项' : s.warningDocumentId ? '预警告知书' : '其他');
  const id = insertInterview(db, {
    number, kind: s.kind, talkType: s.kind === '谈话' ? (s.talkType ?? '廉政谈话') : null, holder, holderNames: s.holderNames ?? '',
    // Registered open; the state given is written with the dates that go with it (the table checks them together).
    status: s.kind === '谈话' ? '待谈话' : '待发函',
    planId: null, planItemId: null, causeKind, tipId: s.tipId ?? null, tipPersonId: s.tipPersonId ?? null, rectItemId: s.rectItemId ?? null,
    warningDocumentId: s.warningDocumentId ?? null, causeText: s.causeText ?? (causeKind === '其他' ? '日常监督' : ''),
    personId: s.personId, personName: person.name, unitId: person.unitId, unitName: person.unitName ?? '', post: person.post, category: person.category,
    plannedDate: s.plannedDate ?? null, plannedTime: s.plannedTime ?? null, place: s.place ?? '', recorderUserId: s.recorderUserId ?? null,
    interviewerIds: s.interviewerIds ?? [], ledgerDate, createdOn, createdBy: null, now: at,
  });
  const history = (action: string, date: string | null, text = '') =>
    appendHistory(db, { interviewId: id, at: `${date ?? createdOn}T02:00:00.000Z`, userId: null, byName: '测试', action, date, text });
  history('登记', createdOn, number);

  let due = s.due ?? null;
  if (s.due === undefined && s.kind === '函询' && s.sentDate && !s.replyDate && status === '待答复') {
    const days = { replyWorkdays: 15, entrustTalkWorkdays: 15, entrustRecordWorkdays: 5 };
    due = { kind: '答复', date: dueAfter(new WorkCalendar(calendarTable(db)), '答复', s.sentDate, days) };
  }
  const concludedDate = s.outcome ? (s.concludedDate ?? s.replyDate ?? s.heldDate ?? s.sentDate ?? createdOn) : null;
  let eventId: number | null = null;
  if (s.outcome && isEventOutcome(s.outcome) && concludedDate) {
    eventId = insertDisciplineEvent(db, {
      sourceKind: s.kind, sourceId: id, tipId: null, tipPersonId: null, personId: s.personId, personName: person.name, unitId: person.unitId,
      unitName: person.unitName ?? '', category: person.category, outcome: s.outcome, grade: '', circumstance: '一般', conductDate: null,
      decidedDate: concludedDate, now: `${concludedDate}T02:00:00.000Z`,
    });
  }
  const changes: InterviewChanges = {
    status,
    sent_date: s.sentDate ?? null, held_date: s.heldDate ?? null, held_time: s.heldTime ?? null, reply_date: s.replyDate ?? null,
    reply_countersigned: s.replyCountersigned ? 1 : 0, assessment: s.assessment ?? null, supplements: s.supplements ?? 0,
    outcome: s.outcome ?? null, concluded_date: concludedDate, signed_date: s.signedDate ?? null, meeting_date: s.meetingDate ?? null,
    event_id: eventId, due_kind: due?.kind ?? null, due_date: due?.date ?? null, due_original: due ? (due.original ?? due.date) : null,
  };
  if (!updateInterview(db, id, 0, changes, at)) throw new Error('insertInterviewAs: update failed');
  if (s.sentDate) history('印发函询通知书', s.sentDate);
  if (s.heldDate) history('谈话', s.heldDate);
  if (s.replyDate) history('答复', s.replyDate);
  if (s.meetingDate) history('民主生活会', s.meetingDate);
  if (concludedDate) history('办结', concludedDate, s.outcome ?? '');
  for (const f of s.followUps ?? []) {
    db.prepare('INSERT INTO interview_followups (interview_id, content, due_date, done_date, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, f.content, f.dueDate, f.doneDate ?? null, at);
  }
  for (const e of s.extensions ?? []) {
    const state = e.state ?? '已批准';
    db.prepare(
      `INSERT INTO interview_extensions (interview_id, requested_at, by_name, reason, old_due, new_due, state, decided_at, decided_by)
       VALUES (?, ?, '测试', ?, ?, ?, ?, ?, ?)`,
    ).run(id, at, e.reason ?? '本人出差', e.oldDue, e.newDue, state, state === '待审批' ? null : at, state === '待审批' ? null : '测试');
  }
  return { id, number, ledgerDate, dueDate: due?.date ?? null, eventId };
}
