// An item as the ledger, the notice page and 首页 show it: one SELECT for every list (the page's
// ids are found first, then their rows read here), one shape. What depends on today (逾期, 即将到期)
// is added by the service from the deadline in force.
import type { Db } from '../../types.ts';
import type { RectRow, RectSource, RectStatus } from '../../../shared/rectification/index.ts';

export type RectRowStored = Omit<RectRow, 'dueState' | 'overdueDays' | 'closedOnTime'>;

interface Raw {
  id: number;
  number: string;
  source: RectSource;
  sourceRef: string;
  documentId: number | null;
  documentNumber: string | null;
  tipId: number | null;
  tipNumber: string | null;
  unitId: number;
  unitName: string;
  problem: string;
  category: string;
  measuresText: string | null;
  leaderName: string | null;
  ownerName: string | null;
  deadlineOriginal: string;
  deadline: string;
  status: RectStatus;
  percent: number;
  latestProgress: string;
  closedOn: string | null;
  recurrenceOfId: number | null;
  recurrenceOfNumber: string | null;
  evidenceCount: number;
  liaisonName: string | null;
  version: number;
}

/** The columns of a row, for the items alias i. */
export const RECT_ROW_COLUMNS = `
  i.id, i.number, i.source, i.source_ref AS sourceRef, i.document_id AS documentId, d.number AS documentNumber,
  i.tip_id AS tipId, t.number AS tipNumber, i.unit_id AS unitId, u.name AS unitName, i.problem, i.category,
  (SELECT group_concat(m.seq || '. ' || m.text, char(10)) FROM (SELECT seq, text FROM rect_measures WHERE item_id = i.id ORDER BY seq) m) AS measuresText,
  lp.name AS leaderName, op.name AS ownerName, i.deadline_original AS deadlineOriginal, i.deadline, i.status, i.percent,
  i.latest_progress AS latestProgress, i.closed_on AS closedOn, i.recurrence_of AS recurrenceOfId, ri.number AS recurrenceOfNumber,
  (SELECT count(*) FROM rect_files f WHERE f.item_id = i.id) AS evidenceCount, lu.display_name AS liaisonName, i.version`;

/** The joins the columns need. */
export const RECT_ROW_JOINS = `
  JOIN units u ON u.id = i.unit_id
  LEFT JOIN documents d ON d.id = i.document_id
  LEFT JOIN tips t ON t.id = i.tip_id
  LEFT JOIN people lp ON lp.id = i.leader_person_id
  LEFT JOIN people op ON op.id = i.owner_person_id
  LEFT JOIN rect_items ri ON ri.id = i.recurrence_of
  LEFT JOIN users lu ON lu.id = u.liaison_user_id`;

function toRow(r: Raw): RectRowStored {
  return {
    id: r.id,
    number: r.number,
    source: r.source,
    sourceRef: r.sourceRef,
    sourceDocument: r.documentId !== null && r.documentNumber !== null ? { id: r.documentId, number: r.documentNumber } : null,
    sourceTip: r.tipId !== null && r.tipNumber !== null ? { id: r.tipId, number: r.tipNumber } : null,
    unitId: r.unitId,
    unitName: r.unitName,
    problem: r.problem,
    category: r.category,
    measuresText: r.measuresText ?? '',
    leaderName: r.leaderName ?? '',
    ownerName: r.ownerName ?? '',
    deadlineOriginal: r.deadlineOriginal,
    deadline: r.deadline,
    status: r.status,
    percent: r.percent,
    latestProgress: r.latestProgress,
    closedOn: r.closedOn,
    recurrenceOf: r.recurrenceOfId !== null && r.recurrenceOfNumber !== null ? { id: r.recurrenceOfId, number: r.recurrenceOfNumber } : null,
    evidenceCount: r.evidenceCount,
    liaisonName: r.liaisonName ?? '',
    version: r.version,
  };
}

/** The rows of these items, in the order of the ids given (a page found by the ledger's query). */
export function rectRowsByIds(db: Db, ids: readonly number[]): RectRowStored[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${RECT_ROW_COLUMNS} FROM rect_items i ${RECT_ROW_JOINS} WHERE i.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as Raw[];
  const byId = new Map(rows.map((r) => [r.id, toRow(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
