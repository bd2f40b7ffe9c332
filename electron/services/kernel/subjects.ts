// Naming audited objects by id for entries written before the audit kept names (migration 0004).
import type { Db } from '../../../db/types.ts';
import type { SubjectResolver } from './context.ts';

/** A resolver over a lookup by numeric ids. */
export function byNumericId(lookup: (db: Db, ids: readonly number[]) => ReadonlyMap<number, string>): SubjectResolver {
  return (db, ids) => {
    const numeric = ids.map(Number).filter((n) => Number.isInteger(n) && n > 0);
    const found = lookup(db, numeric);
    return new Map([...found].map(([id, name]) => [String(id), name]));
  };
}
