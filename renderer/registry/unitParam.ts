// A unit chosen as a ledger filter, kept in the address as its id and the name shown
// (&unit=12&unitName=城关镇), so the filter comes back with the list.
import { pickId } from '../kit/ledger/ledgerParams.ts';
import type { PickedUnit } from './UnitPicker.tsx';

export function unitFromParams(value: (key: string) => string): PickedUnit | null {
  const id = pickId(value('unit'));
  return id === undefined ? null : { id, name: value('unitName') || `单位 ${id}` };
}

export function unitParams(unit: PickedUnit | null): Record<string, string | number | undefined> {
  return { unit: unit?.id, unitName: unit?.name };
}
