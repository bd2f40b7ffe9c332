// What the records of the index (findings, bonuses, decisions) check alike: the unit exists and was
// not 撤销 before the record's date, a date is not after today, and the names a year's scheme gives
// to channels and bonus kinds (one scheme read per year of a page).
import { AppError } from '../../../shared/kernel/errors.ts';
import type { SchemeContent } from '../../../shared/integrity/index.ts';
import type { UnitRow } from '../../../shared/registry/index.ts';
import { getUnit } from '../../../db/repos/registry/index.ts';
import { today, type Call } from '../kernel/context.ts';
import { schemeInForce } from './common.ts';

/** The unit of a record dated `date`: it exists, and was not 撤销 before that day. */
export function unitForRecord(call: Call, unitId: number, date: string): UnitRow {
  const unit = getUnit(call.ctx.db, unitId);
  if (!unit) throw new AppError('VALIDATION', '所选单位不存在，请重新选择。', { unitId: '单位不存在' });
  if (unit.revokedDate !== null && unit.revokedDate < date) {
    throw new AppError('VALIDATION', `“${unit.name}”已于${unit.revokedDate}撤销，不能登记其撤销后（${date}）的记录。`, { unitId: `已于${unit.revokedDate}撤销` });
  }
  return unit;
}

/** Refuses a date after today (the office's day). */
export function notAfterToday(call: Call, date: string, label: string, field: string): void {
  const now = today(call);
  if (date > now) throw new AppError('VALIDATION', `${label}（${date}）不能晚于今天（${now}）。`, { [field]: '不能晚于今天' });
}

/** The schemes in force of the years asked, read once each (null where none is enabled). */
export function schemesOfYears(call: Call, dates: readonly string[]): Map<number, SchemeContent | null> {
  const out = new Map<number, SchemeContent | null>();
  for (const d of dates) {
    const year = Number(d.slice(0, 4));
    if (!out.has(year)) out.set(year, schemeInForce(call.ctx.db, year)?.content ?? null);
  }
  return out;
}
