// A talk's or letter's notice, seen from the dispatch register: when its draft is discarded there,
// the record lets go of it (the link would otherwise hold the row), so a new one can be drafted.
import type { Db } from '../../types.ts';
import { appendHistory, interviewOfNotice, updateInterview } from './records.ts';

/** Unlinks the draft from its record (a history line by who discarded it); the record's number, or null when none was linked. */
export function releaseNoticeDraft(db: Db, documentId: number, by: { userId: number | null; name: string; at: string }, what: string): string | null {
  const r = interviewOfNotice(db, documentId);
  if (!r) return null;
  if (!updateInterview(db, r.id, r.version, { notice_document_id: null }, by.at)) return null;
  appendHistory(db, { interviewId: r.id, at: by.at, userId: by.userId, byName: by.name, action: '删除文书草稿', date: null, text: `删除了${what}草稿，可重新拟制` });
  return r.number;
}
