// Names of units and people are stored as typed; duplicates and look-ups by name compare the
// key of shared/kernel/text.ts registryNameKey (no spaces, full-width spaces or tabs), computed
// here in SQL the same way.
import { registryNameKey } from '../../../shared/kernel/text.ts';

/** The SQL expression of a name column's key. */
export function nameKeySql(column: string): string {
  return `replace(replace(replace(${column}, ' ', ''), char(12288), ''), char(9), '')`;
}

export { registryNameKey };
