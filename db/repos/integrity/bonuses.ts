// Bonus entries (激励加分) of a kind of the scheme, counted in the quarter of their date; 作废 with a
// reason (kept, no longer counted), never deleted.
import type { Db } from '../../types.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import type { Withdrawn } from '../../../shared/integrity/index.ts';
import { recordConditions, withdrawnOf, type RecordFilter, type WithdrawnColumns } from './records.ts';

/** A bonus as stored (the kind's name and points are the scheme's, given by the service). */
export interface StoredBonus {
  id: number;
  unitId: number;
  unitName: string;
  kindKey: string;
  date: string;
  summary: string;
  evidence: string;
  enteredByName: string;
  enteredAt: string;
  withdrawn: Withdrawn | null;
  version: number;
}

export interface BonusData {
  unitId: number;
  kindKey: string;
  date: string;
  summary: string;
  evidence: string;
}

const SELECT = `SELECT b.id, b.unit_id AS unitId, u.name AS unitName, b.kind_key AS kindKey, b.award_date AS date, b.summary, b.evidence,
    b.by_name AS enteredByName, b.at AS enteredAt, b.withdrawn_reason AS withdrawnReason, b.withdrawn_by_name AS withdrawnByName,
    b.withdrawn_at AS withdrawnAt, b.version
  FROM index_bonuses b JOIN units u ON u.id = b.unit_id`;

type Raw = Omit<StoredBonus, 'withdrawn'> & WithdrawnColumns;
const toBonus = ({ withdrawnReason, withdrawnByName, withdrawnAt, ...r }: Raw): StoredBonus => ({
  ...r, withdrawn: withdrawnOf({ withdrawnReason, withdrawnByName, withdrawnAt }),
});

export function listBonuses(db: Db, f: RecordFilter & { kindKey?: string | undefined; page: number; pageSize: number; sortDir: 'asc' | 'desc' }): Page<StoredBonus> {
  const w = recordConditions(f, { alias: 'b', date: 'b.award_date', unit: 'b.unit_id', searched: ['b.summary', 'b.evidence'], withdrawable: true });
  if (f.kindKey !== undefined) w.add('b.kind_key = ?', f.kindKey);
  const dir = f.sortDir === 'desc' ? 'DESC' : 'ASC';
  const rows = (db.prepare(`${SELECT} ${w.where} ORDER BY b.award_date ${dir}, b.id ${dir} LIMIT ? OFFSET ?`).all(...w.params, f.pageSize, f.page * f.pageSize) as Raw[]).map(toBonus);
  const total = (db.prepare(`SELECT count(*) AS n FROM index_bonuses b JOIN units u ON u.id = b.unit_id ${w.where}`).get(...w.params) as { n: number }).n;
  return { rows, total };
}

export function getBonus(db: Db, id: number): StoredBonus | undefined {
  const r = db.prepare(`${SELECT} WHERE b.id = ?`).get(id) as Raw | undefined;
  return r ? toBonus(r) : undefined;
}

export function insertBonus(db: Db, d: BonusData, who: { userId: number | null; byName: string; at: string }): number {
  return Number(
    db
      .prepare(`INSERT INTO index_bonuses (unit_id, kind_key, award_date, summary, evidence, user_id, by_name, at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(d.unitId, d.kindKey, d.date, d.summary, d.evidence, who.userId, who.byName, who.at, who.at).lastInsertRowid,
  );
}

export function withdrawBonus(db: Db, id: number, version: number, reason: string, byName: string, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE index_bonuses SET withdrawn_reason = ?, withdrawn_by_name = ?, withdrawn_at = ?, updated_at = ?, version = version + 1
         WHERE id = ? AND version = ? AND withdrawn_at IS NULL`,
      )
      .run(reason, byName, at, at, id, version).changes > 0
  );
}
