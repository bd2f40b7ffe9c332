// Supervision findings (监督发现问题) of the channels other than 信访: entered with their date, source
// and text, edited with a version check, 作废 with a reason (kept, no longer counted), never deleted.
import type { Db } from '../../types.ts';
import type { Page } from '../../../shared/kernel/common.ts';
import { recordConditions, withdrawnOf, type RecordFilter, type WithdrawnColumns } from './records.ts';
import type { Withdrawn } from '../../../shared/integrity/index.ts';

/** A finding as stored (the channel's name is the scheme's, given by the service). */
export interface StoredFinding {
  id: number;
  unitId: number;
  unitName: string;
  channelKey: string;
  date: string;
  source: string;
  summary: string;
  enteredByName: string;
  enteredAt: string;
  withdrawn: Withdrawn | null;
  version: number;
}

export interface FindingData {
  unitId: number;
  channelKey: string;
  date: string;
  source: string;
  summary: string;
}

const SELECT = `SELECT f.id, f.unit_id AS unitId, u.name AS unitName, f.channel_key AS channelKey, f.found_date AS date, f.source, f.summary,
    f.by_name AS enteredByName, f.at AS enteredAt, f.withdrawn_reason AS withdrawnReason, f.withdrawn_by_name AS withdrawnByName,
    f.withdrawn_at AS withdrawnAt, f.version
  FROM index_findings f JOIN units u ON u.id = f.unit_id`;

type Raw = Omit<StoredFinding, 'withdrawn'> & WithdrawnColumns;
const toFinding = ({ withdrawnReason, withdrawnByName, withdrawnAt, ...r }: Raw): StoredFinding => ({
  ...r, withdrawn: withdrawnOf({ withdrawnReason, withdrawnByName, withdrawnAt }),
});

export function listFindings(db: Db, f: RecordFilter & { channelKey?: string | undefined; page: number; pageSize: number; sortDir: 'asc' | 'desc' }): Page<StoredFinding> {
  const w = recordConditions(f, { alias: 'f', date: 'f.found_date', unit: 'f.unit_id', searched: ['f.source', 'f.summary'], withdrawable: true });
  if (f.channelKey !== undefined) w.add('f.channel_key = ?', f.channelKey);
  const dir = f.sortDir === 'desc' ? 'DESC' : 'ASC';
  const rows = (db.prepare(`${SELECT} ${w.where} ORDER BY f.found_date ${dir}, f.id ${dir} LIMIT ? OFFSET ?`).all(...w.params, f.pageSize, f.page * f.pageSize) as Raw[]).map(toFinding);
  const total = (db.prepare(`SELECT count(*) AS n FROM index_findings f JOIN units u ON u.id = f.unit_id ${w.where}`).get(...w.params) as { n: number }).n;
  return { rows, total };
}

export function getFinding(db: Db, id: number): StoredFinding | undefined {
  const r = db.prepare(`${SELECT} WHERE f.id = ?`).get(id) as Raw | undefined;
  return r ? toFinding(r) : undefined;
}

export function insertFinding(db: Db, d: FindingData, who: { userId: number | null; byName: string; at: string }): number {
  return Number(
    db
      .prepare(`INSERT INTO index_findings (unit_id, channel_key, found_date, source, summary, user_id, by_name, at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(d.unitId, d.channelKey, d.date, d.source, d.summary, who.userId, who.byName, who.at, who.at).lastInsertRowid,
  );
}

/** False when the row's version moved on (someone saved first) or it was withdrawn meanwhile. */
export function updateFinding(db: Db, id: number, version: number, d: FindingData, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE index_findings SET unit_id = ?, channel_key = ?, found_date = ?, source = ?, summary = ?, updated_at = ?, version = version + 1
         WHERE id = ? AND version = ? AND withdrawn_at IS NULL`,
      )
      .run(d.unitId, d.channelKey, d.date, d.source, d.summary, at, id, version).changes > 0
  );
}

export function withdrawFinding(db: Db, id: number, version: number, reason: string, byName: string, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE index_findings SET withdrawn_reason = ?, withdrawn_by_name = ?, withdrawn_at = ?, updated_at = ?, version = version + 1
         WHERE id = ? AND version = ? AND withdrawn_at IS NULL`,
      )
      .run(reason, byName, at, at, id, version).changes > 0
  );
}
