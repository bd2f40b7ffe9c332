// The name of the unit a 预警告知书 or 预警建议书 is about: its source's label when the source is the
// unit, else (a draft a consequence of the index made names the consequence) the registry's.
import type { DocSource } from '../../../shared/documents/index.ts';
import { useOp } from '../../api/query.ts';

/** The unit's name; null while it is being read. */
export function useUnitName(unitId: number | null, source: DocSource | null): string | null {
  const own = source?.type === 'unit' && source.id === unitId ? source.label : null;
  const unit = useOp('units.get', { id: unitId ?? 0 }, { enabled: own === null && unitId !== null });
  if (unitId === null) return null;
  return own ?? unit.data?.name ?? (unit.error ? `（单位编号 ${unitId}）` : null);
}
