// A talk's or letter's files: the signed record, the 反馈单, the reply and other material, stored
// by their SHA-256 (kernel/storedFiles.ts) and listed here.
import type { Db } from '../../types.ts';
import type { InterviewFile, InterviewFileKind } from '../../../shared/interviews/index.ts';

export interface NewInterviewFile {
  interviewId: number;
  kind: InterviewFileKind;
  sha256: string;
  fileName: string;
  mime: string;
  size: number;
  at: string;
  userId: number | null;
  byName: string;
}

export function insertInterviewFile(db: Db, f: NewInterviewFile): number {
  return Number(
    db
      .prepare('INSERT INTO interview_files (interview_id, kind, sha256, file_name, mime, size, at, user_id, by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(f.interviewId, f.kind, f.sha256, f.fileName, f.mime, f.size, f.at, f.userId, f.byName).lastInsertRowid,
  );
}

const COLUMNS = 'id, kind, file_name AS fileName, size, sha256, at, by_name AS byName';

export function getInterviewFile(db: Db, id: number): (InterviewFile & { interviewId: number }) | undefined {
  return db.prepare(`SELECT ${COLUMNS}, interview_id AS interviewId FROM interview_files WHERE id = ?`).get(id) as (InterviewFile & { interviewId: number }) | undefined;
}

export function filesOf(db: Db, interviewId: number): InterviewFile[] {
  return db.prepare(`SELECT ${COLUMNS} FROM interview_files WHERE interview_id = ? ORDER BY id`).all(interviewId) as InterviewFile[];
}

/** The kinds of file the record has (签字谈话记录, 反馈单 …). */
export function fileKindsOf(db: Db, interviewId: number): Set<InterviewFileKind> {
  const rows = db.prepare('SELECT DISTINCT kind FROM interview_files WHERE interview_id = ?').all(interviewId) as Array<{ kind: InterviewFileKind }>;
  return new Set(rows.map((r) => r.kind));
}
