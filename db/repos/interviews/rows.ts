// A talk or letter as the register, 首页 and the agenda show it: one SELECT for every list (the
// page's ids are found first, then their rows read here), one shape. What depends on today (逾期,
// 即将到期, working days left) is added by the service (services/interviews/rows.ts).
import type { Db } from '../../types.ts';
import type { InterviewRow } from '../../../shared/interviews/index.ts';

export type InterviewRowStored = Omit<InterviewRow, 'dueState' | 'workdaysLeft' | 'cause'> & {
  cause: Omit<InterviewRow['cause'], 'label'>;
  tipNumber: string | null;
  rectNumber: string | null;
  documentNumber: string | null;
};

interface Raw extends Omit<InterviewRowStored, 'cause' | 'interviewerNames'> {
  causeKind: InterviewRow['cause']['kind'];
  tipId: number | null;
  rectItemId: number | null;
  documentId: number | null;
  causeText: string;
  staffNames: string | null;
  holderNames: string;
}

/** The columns of a row, for the interviews alias i. */
export const INTERVIEW_ROW_COLUMNS = `
  i.id, i.number, i.kind, i.talk_type AS talkType, CASE WHEN i.kind = '函询' THEN '函询' ELSE i.talk_type END AS typeLabel,
  i.holder, i.status, i.person_id AS personId, i.person_name AS personName, i.unit_id AS unitId, i.unit_name AS unitName, i.post,
  i.category, i.cause_kind AS causeKind, i.tip_id AS tipId, i.rect_item_id AS rectItemId, i.warning_document_id AS documentId,
  i.cause_text AS causeText, t.number AS tipNumber, r.number AS rectNumber, d.number AS documentNumber,
  (SELECT group_concat(name, '、') FROM (SELECT u.display_name AS name FROM interview_staff s JOIN users u ON u.id = s.user_id
     WHERE s.interview_id = i.id ORDER BY u.id)) AS staffNames,
  i.holder_names AS holderNames, i.planned_date AS plannedDate, i.planned_time AS plannedTime, i.held_date AS heldDate, i.place,
  i.sent_date AS sentDate, i.reply_date AS replyDate, i.outcome, i.concluded_date AS concludedDate, i.due_kind AS dueKind,
  i.due_date AS dueDate, i.ledger_date AS ledgerDate, i.version`;

/** The joins the columns need. */
export const INTERVIEW_ROW_JOINS = `
  LEFT JOIN tips t ON t.id = i.tip_id
  LEFT JOIN rect_items r ON r.id = i.rect_item_id
  LEFT JOIN documents d ON d.id = i.warning_document_id`;

function toStored(raw: Raw): InterviewRowStored {
  const { causeKind, tipId, rectItemId, documentId, causeText, staffNames, holderNames, ...rest } = raw;
  return {
    ...rest,
    interviewerNames: raw.holder === '本委' ? (staffNames ?? '') : holderNames,
    cause: { kind: causeKind, tipId, rectItemId, documentId, text: causeText },
  };
}

/** The rows of these ids, in the order given (ids not found are left out). */
export function interviewRowsByIds(db: Db, ids: readonly number[]): InterviewRowStored[] {
  if (ids.length === 0) return [];
  const raws = db
    .prepare(`SELECT ${INTERVIEW_ROW_COLUMNS} FROM interviews i ${INTERVIEW_ROW_JOINS} WHERE i.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as Raw[];
  const byId = new Map(raws.map((r) => [r.id, toStored(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
