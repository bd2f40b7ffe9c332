// The dispatch register's rows (documents, migration 0011): drafts and issued 公文. Issued rows
// never change; their bytes live in document_files by SHA-256.
import type { Db } from '../../types.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import { DOC_KINDS, type DocContent, type DocDetail, type DocKind, type DocListInput, type DocRow, type DocSource, type NoticeFields } from '../../../shared/documents/register.ts';
import type { WarningFields } from '../../../shared/documents/warning.ts';
import type { InterviewNoticeFields } from '../../../shared/documents/interviewNotice.ts';
import type { AdviceFields } from '../../../shared/documents/advice.ts';

const SELECT = `
  SELECT d.id, d.kind, d.status, d.number, d.title, d.recipients, d.doc_date AS date, d.issued_at AS issuedAt,
         iu.display_name AS issuedByName, cu.display_name AS createdByName, d.source_type AS sourceType,
         d.source_id AS sourceId, d.source_label AS sourceLabel, d.replaces_id AS replacesId,
         r.number AS replacesNumber,
         (SELECT c.number FROM documents c WHERE c.replaces_id = d.id AND c.status = 'issued' ORDER BY c.issued_at LIMIT 1) AS replacedByNumber,
         d.file_sha256 AS sha256, d.version, d.fields
  FROM documents d
  JOIN users cu ON cu.id = d.created_by
  LEFT JOIN users iu ON iu.id = d.issued_by
  LEFT JOIN documents r ON r.id = d.replaces_id`;

interface Raw {
  id: number;
  kind: DocKind;
  status: 'draft' | 'issued';
  number: string | null;
  title: string;
  recipients: string;
  date: string | null;
  issuedAt: string | null;
  issuedByName: string | null;
  createdByName: string;
  sourceType: string | null;
  sourceId: number | null;
  sourceLabel: string | null;
  replacesId: number | null;
  replacesNumber: string | null;
  replacedByNumber: string | null;
  sha256: string | null;
  version: number;
  fields: string;
}

function toRow(r: Raw): DocRow {
  const source: DocSource | null = r.sourceType !== null && r.sourceId !== null ? { type: r.sourceType, id: r.sourceId, label: r.sourceLabel ?? '' } : null;
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: DOC_KINDS[r.kind] ?? r.kind,
    status: r.status === 'draft' ? '草稿' : '已印发',
    number: r.number,
    title: r.title,
    recipients: r.recipients,
    date: r.date,
    issuedAt: r.issuedAt,
    issuedByName: r.issuedByName,
    createdByName: r.createdByName,
    source,
    replacesNumber: r.replacesNumber,
    replacedByNumber: r.replacedByNumber,
    sha256: r.sha256,
    version: r.version,
  };
}

const SORT_SQL: Record<DocListInput['sortField'], string> = {
  number: 'd.year %DIR% NULLS LAST, d.kind %DIR%, d.serial',
  kind: 'd.kind',
  title: 'd.title',
  date: 'd.doc_date',
  issuedAt: 'd.issued_at',
  status: 'd.status',
};

function numberQuery(q: string): string {
  return q.replace(/[[(（【]/g, '〔').replace(/[\])）】]/g, '〕');
}

function filters(input: DocListInput): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (input.q) {
    // A register of hundreds a year: a plain scan over 文号, 标题 and 主送 is enough. The 文号 is
    // found also when its 〔〕 are typed as [] or ()（） — they are hard to type.
    parts.push("(instr(coalesce(d.number, ''), ?) > 0 OR instr(d.title, ?) > 0 OR instr(d.recipients, ?) > 0)");
    params.push(numberQuery(input.q), input.q, input.q);
  }
  if (input.kind) {
    parts.push('d.kind = ?');
    params.push(input.kind);
  }
  if (input.status) {
    parts.push('d.status = ?');
    params.push(input.status === '草稿' ? 'draft' : 'issued');
  }
  if (input.year !== undefined) {
    parts.push("(d.year = ? OR (d.year IS NULL AND substr(coalesce(d.doc_date, d.created_at), 1, 4) = ?))");
    params.push(input.year, String(input.year));
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function listDocuments(db: Db, input: DocListInput): Page<DocRow> {
  const f = filters(input);
  const total = (db.prepare(`SELECT count(*) AS n FROM documents d ${f.where}`).get(...f.params) as { n: number }).n;
  const dir = input.sortDir === 'desc' ? 'DESC' : 'ASC';
  // Drafts (no 印发时间) first when newest first; ties by the id, so pages are stable.
  const order = `${SORT_SQL[input.sortField].replaceAll('%DIR%', dir)} ${dir} NULLS ${dir === 'DESC' ? 'FIRST' : 'LAST'}, d.id ${dir}`;
  const rows = db
    .prepare(`${SELECT} ${f.where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...f.params, input.pageSize, input.page * input.pageSize) as Raw[];
  return { rows: rows.map(toRow), total };
}

/** A row with its fields as its kind stores them (written by insertDraft / updateDraft from the checked input). */
function detailOf(r: Raw): DocDetail {
  const base = { ...toRow(r), replacesId: r.replacesId };
  switch (r.kind) {
    case 'notice':
      return { ...base, kind: 'notice', fields: JSON.parse(r.fields) as NoticeFields };
    case 'warning':
      return { ...base, kind: 'warning', fields: JSON.parse(r.fields) as WarningFields };
    case 'inquiry':
    case 'entrust':
    case 'talkNotice':
      return { ...base, kind: r.kind, fields: JSON.parse(r.fields) as InterviewNoticeFields };
    case 'advice':
      return { ...base, kind: 'advice', fields: JSON.parse(r.fields) as AdviceFields };
  }
}

export function getDocument(db: Db, id: number): DocDetail | null {
  const r = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as Raw | undefined;
  return r ? detailOf(r) : null;
}

/** The correction (draft or issued) that names this document, if there is one. */
export function correctionOf(db: Db, id: number): { id: number; number: string | null; title: string } | null {
  const r = db.prepare('SELECT id, number, title FROM documents WHERE replaces_id = ? ORDER BY id LIMIT 1').get(id) as { id: number; number: string | null; title: string } | undefined;
  return r ?? null;
}

export function documentIdByNumber(db: Db, number: string): number | null {
  const r = db.prepare('SELECT id FROM documents WHERE number = ?').get(number) as { id: number } | undefined;
  return r?.id ?? null;
}

/** A new draft: its kind with its fields, and the columns the register shows. */
export type NewDocument = DocContent & {
  title: string;
  recipients: string;
  date: string;
  source: DocSource | null;
  replacesId: number | null;
  at: string;
  userId: number;
};

export function insertDraft(db: Db, d: NewDocument): number {
  const info = db
    .prepare(
      `INSERT INTO documents (kind, status, title, recipients, fields, doc_date, source_type, source_id, source_label, replaces_id,
         created_at, created_by, updated_at)
       VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(d.kind, d.title, d.recipients, JSON.stringify(d.fields), d.date, d.source?.type ?? null, d.source?.id ?? null, d.source?.label ?? null,
      d.replacesId, d.at, d.userId, d.at);
  return Number(info.lastInsertRowid);
}

/** A draft's new fields (of its own kind) and the columns the register shows. */
export type DraftChange = DocContent & {
  title: string;
  recipients: string;
  date: string;
  /** What the document was made from, as it now stands (a 预警告知书's unit); left as it was when undefined. */
  source?: DocSource | null;
  at: string;
};

/** A draft's new fields, only when its version is the one the person edited (and its kind the same); false otherwise. */
export function updateDraft(db: Db, id: number, version: number, c: DraftChange): boolean {
  const source = c.source === undefined ? '' : ', source_type = ?, source_id = ?, source_label = ?';
  const sourceParams = c.source === undefined ? [] : [c.source?.type ?? null, c.source?.id ?? null, c.source?.label ?? null];
  return (
    db
      .prepare(
        `UPDATE documents SET title = ?, recipients = ?, fields = ?, doc_date = ?${source}, updated_at = ?, version = version + 1
         WHERE id = ? AND version = ? AND status = 'draft' AND kind = ?`,
      )
      .run(c.title, c.recipients, JSON.stringify(c.fields), c.date, ...sourceParams, c.at, id, version, c.kind).changes === 1
  );
}

export function deleteDraft(db: Db, id: number, version: number): boolean {
  return db.prepare("DELETE FROM documents WHERE id = ? AND version = ? AND status = 'draft'").run(id, version).changes === 1;
}

/** The serial the next issued document of this kind and year takes (1 for the year's first). */
export function nextSerial(db: Db, kind: DocKind, year: number): number {
  const r = db.prepare('SELECT max(serial) AS m FROM documents WHERE kind = ? AND year = ?').get(kind, year) as { m: number | null };
  return (r.m ?? 0) + 1;
}

export interface Issue {
  year: number;
  serial: number;
  number: string;
  sha256: string;
  at: string;
  userId: number;
}

/** Freezes a draft as issued; false when it is no longer the draft of that version. */
export function markIssued(db: Db, id: number, version: number, issue: Issue): boolean {
  return (
    db
      .prepare(
        `UPDATE documents SET status = 'issued', year = ?, serial = ?, number = ?, file_sha256 = ?, issued_at = ?, issued_by = ?,
           updated_at = ?, version = version + 1
         WHERE id = ? AND version = ? AND status = 'draft'`,
      )
      .run(issue.year, issue.serial, issue.number, issue.sha256, issue.at, issue.userId, issue.at, id, version).changes === 1
  );
}

export function documentNumbersById(db: Db, ids: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  const stmt = db.prepare('SELECT id, number, title FROM documents WHERE id = ?');
  for (const id of ids) {
    const r = stmt.get(id) as { id: number; number: string | null; title: string } | undefined;
    if (r) out.set(r.id, r.number ?? `草稿：${r.title}`);
  }
  return out;
}
