// What the ledger export adds to each row beyond the ledger's columns: 办结日期, each reported
// person's 处理, the 延期 requests and the 反馈 — read per tip through prepared statements.
import type { Db } from '../../types.ts';

export interface TipExportDetails {
  concludedDate: string | null;
  /** 处理 per person reported, in the order they were registered. */
  outcomes: Array<{ name: string; outcome: string; grade: string }>;
  extensions: Array<{ requestedAt: string; newDue: string; state: string }>;
  feedback: { date: string; way: string; content: string } | null;
}

export function exportDetailsLookup(db: Db): (tipId: number) => TipExportDetails {
  const tip = db.prepare('SELECT concluded_date AS concludedDate, feedback_date AS date, feedback_way AS way, feedback_content AS content FROM tips WHERE id = ?');
  const outcomes = db.prepare(
    `SELECT d.person_name AS name, d.outcome, d.grade FROM discipline_events d JOIN tip_people p ON p.id = d.tip_person_id
     WHERE d.tip_id = ? ORDER BY p.position`,
  );
  const extensions = db.prepare('SELECT requested_at AS requestedAt, new_due AS newDue, state FROM tip_extensions WHERE tip_id = ? ORDER BY id');
  return (tipId) => {
    const t = tip.get(tipId) as { concludedDate: string | null; date: string | null; way: string | null; content: string } | undefined;
    return {
      concludedDate: t?.concludedDate ?? null,
      outcomes: outcomes.all(tipId) as TipExportDetails['outcomes'],
      extensions: extensions.all(tipId) as TipExportDetails['extensions'],
      feedback: t?.date ? { date: t.date, way: t.way ?? '', content: t.content } : null,
    };
  };
}

/** The names behind the ids a filter holds (for the export's 筛选条件 line); null where gone. */
export function filterNames(db: Db, ids: { unitId?: number; personId?: number; handlerUserId?: number }): { unit: string | null; person: string | null; handler: string | null } {
  const one = (sql: string, id: number | undefined) => (id === undefined ? null : ((db.prepare(sql).get(id) as { name: string } | undefined)?.name ?? null));
  return {
    unit: one('SELECT name FROM units WHERE id = ?', ids.unitId),
    person: one('SELECT name FROM people WHERE id = ?', ids.personId),
    handler: one('SELECT display_name AS name FROM users WHERE id = ?', ids.handlerUserId),
  };
}
