// The rules a person record must satisfy before it is written; shared by the form and the import.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { PersonCreateInput, PersonRow } from '../../../shared/registry/people.ts';
import { countNamesakesInUnit, getPerson } from '../../../db/repos/registry/people.ts';
import { getUnit } from '../../../db/repos/registry/units.ts';
import type { Call } from '../kernel/context.ts';

export function mustGetPerson(call: Call, id: number): PersonRow {
  const person = getPerson(call.ctx.db, id);
  if (!person) throw new AppError('NOT_FOUND', '该人员不存在。');
  return person;
}

export function namesakeMessage(name: string, unitName: string): string {
  return `“${unitName}”已有在职人员“${name}”。如确系同名的另一人，请在姓名后用括号区分，如“${name}（大）”。`;
}

export function checkPerson(call: Call, data: PersonCreateInput, selfId: number | null, wasInUnit: number | null): void {
  const unit = getUnit(call.ctx.db, data.unitId);
  if (!unit) throw new AppError('VALIDATION', '所选单位不存在。', { unitId: '所选单位不存在' });
  if (unit.status !== '正常' && wasInUnit !== data.unitId) {
    throw new AppError('VALIDATION', `“${unit.name}”已撤销，不能再调入人员。`, { unitId: '该单位已撤销' });
  }
  if (countNamesakesInUnit(call.ctx.db, data.unitId, data.name, selfId) > 0) {
    throw new AppError('CONFLICT', namesakeMessage(data.name, unit.name), { name: '该单位已有同名在职人员' });
  }
}

