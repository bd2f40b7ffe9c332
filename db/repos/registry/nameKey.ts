// Units keep no key column: duplicates and look-ups by a unit's name compare
// shared/registry/nameKey.ts unitNameKey (no spaces, full-width spaces or tabs), computed here in
// SQL the same way.
import { unitNameKey } from '../../../shared/registry/nameKey.ts';

/** The SQL expression of a unit name column's key (unitNameKey in SQL). */
export function unitNameKeySql(column: string): string {
  return `replace(replace(replace(${column}, ' ', ''), char(12288), ''), char(9), '')`;
}

export { unitNameKey };
