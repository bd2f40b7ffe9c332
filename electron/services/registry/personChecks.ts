// The rules a person record must satisfy before it is written; shared by the form and the import.
// And who sees people's ID numbers in full: the roles that maintain the registry (and the command
// line, which holds the file); everyone else a masked number — decided here, never by a page.
import { AppError } from '../../../shared/kernel/errors.ts';
import { idNumberProblem } from '../../../shared/kernel/idcard.ts';
import { maskIdNumber } from '../../../shared/kernel/mask.ts';
import { REGISTRY_EDITORS } from '../../../shared/core/index.ts';
import type { PersonCreateInput, PersonRow } from '../../../shared/registry/people.ts';
import { countNamesakesInUnit, findPersonByIdNumber, getPerson } from '../../../db/repos/registry/people.ts';
import { getUnit } from '../../../db/repos/registry/units.ts';
import { today, type Call } from '../kernel/context.ts';
import { isLocal, userOf } from '../kernel/caller.ts';

/** The person as stored (ID number in full): for the rules, not for an answer. */
export function mustGetPerson(call: Call, id: number): PersonRow {
  const person = getPerson(call.ctx.db, id);
  if (!person) throw new AppError('NOT_FOUND', '该人员不存在。');
  return person;
}

/** Whether the caller may read people's ID numbers in full. */
export function mayReadIdNumbers(call: Call): boolean {
  if (isLocal(call)) return true;
  const user = userOf(call);
  return user !== null && REGISTRY_EDITORS.includes(user.role);
}

/** An ID number as this caller may see it. */
export function shownIdNumber(call: Call, idNumber: string): string {
  return idNumber === '' || mayReadIdNumbers(call) ? idNumber : maskIdNumber(idNumber);
}

/** A person as this caller may see it (the answer of every read and write). */
export function shownPerson(call: Call, person: PersonRow): PersonRow {
  return { ...person, idNumber: shownIdNumber(call, person.idNumber) };
}

/** An ID number as the audit trail keeps it: masked, so the trail is no copy of the roster's numbers. */
export function auditedIdNumber(idNumber: unknown): unknown {
  return typeof idNumber === 'string' && idNumber !== '' ? maskIdNumber(idNumber) : idNumber;
}

export function namesakeMessage(name: string, unitName: string): string {
  return `“${unitName}”已有在职人员“${name}”。如确系同名的另一人，请填写两人的身份证号以区分。`;
}

/** The problem of an ID number on the office's date (the schema checks its form), or null. */
export function idNumberOnToday(call: Call, idNumber: string): string | null {
  return idNumber === '' ? null : idNumberProblem(idNumber, today(call));
}

export function checkPerson(call: Call, data: PersonCreateInput, selfId: number | null, wasInUnit: number | null): void {
  const idProblem = idNumberOnToday(call, data.idNumber);
  if (idProblem) throw new AppError('VALIDATION', `${idProblem}。`, { idNumber: idProblem });
  const unit = getUnit(call.ctx.db, data.unitId);
  if (!unit) throw new AppError('VALIDATION', '所选单位不存在。', { unitId: '所选单位不存在' });
  if (unit.status !== '正常' && wasInUnit !== data.unitId) {
    throw new AppError('VALIDATION', `“${unit.name}”已撤销，不能再调入人员。`, { unitId: '该单位已撤销' });
  }
  if (data.idNumber !== '') {
    const holder = findPersonByIdNumber(call.ctx.db, data.idNumber);
    if (holder && holder.id !== selfId) {
      throw new AppError('CONFLICT', `该身份证号已登记为“${holder.name}”（${holder.unitName}），同一人只登记一次。`, { idNumber: '该身份证号已登记' });
    }
  }
  if (countNamesakesInUnit(call.ctx.db, data.unitId, data.name, data.idNumber, selfId) > 0) {
    throw new AppError('CONFLICT', namesakeMessage(data.name, unit.name), {
      name: data.idNumber === '' ? '该单位已有同名在职人员，请填写身份证号以区分' : '该单位的同名在职人员没有身份证号，请先为其补填',
    });
  }
}
