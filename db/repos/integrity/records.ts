// What the three record tables of the index share: the list filters (year by the record's own date,
// unit, one record by id, a search over its texts and the unit's name, withdrawn rows on request)
// and the withdrawn columns read back as one value.
import type { Withdrawn } from '../../../shared/integrity/index.ts';
import { Conditions } from '../kernel/sqlParts.ts';

export interface RecordFilter {
  year?: number | undefined;
  unitId?: number | undefined;
  id?: number | undefined;
  q?: string | undefined;
  includeWithdrawn?: boolean;
}

/** Conditions over `alias` (its date column, its unit column, its searched columns, the unit's name as u.name). */
export function recordConditions(f: RecordFilter, c: { alias: string; date: string; unit: string; searched: readonly string[]; withdrawable: boolean }): Conditions {
  const w = new Conditions();
  if (f.id !== undefined) w.add(`${c.alias}.id = ?`, f.id);
  if (f.year !== undefined) w.add(`${c.date} BETWEEN ? AND ?`, `${f.year}-01-01`, `${f.year}-12-31`);
  if (f.unitId !== undefined) w.add(`${c.unit} = ?`, f.unitId);
  if (f.q) {
    const cols = [...c.searched, 'u.name'];
    w.add(`(${cols.map((col) => `instr(${col}, ?) > 0`).join(' OR ')})`, ...cols.map(() => f.q));
  }
  if (c.withdrawable && !f.includeWithdrawn) w.add(`${c.alias}.withdrawn_at IS NULL`);
  return w;
}

export interface WithdrawnColumns {
  withdrawnReason: string | null;
  withdrawnByName: string | null;
  withdrawnAt: string | null;
}

export function withdrawnOf(r: WithdrawnColumns): Withdrawn | null {
  return r.withdrawnAt === null ? null : { reason: r.withdrawnReason ?? '', byName: r.withdrawnByName ?? '', at: r.withdrawnAt };
}
