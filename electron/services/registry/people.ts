// The registry of people (cadres) of the units. ID numbers reach roles without the registry
// right masked (personChecks.shownPerson); the audit trail keeps them masked.
import { AppError } from '../../../shared/kernel/errors.ts';
import { countNamesakesInUnit, insertPerson, listPeople, setPersonStatus, updatePerson } from '../../../db/repos/registry/people.ts';
import { audit, nowIso } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { changes } from '../kernel/changes.ts';
import { exportPeople } from './exportRegistry.ts';
import { auditedIdNumber, checkPerson, mustGetPerson, namesakeMessage, shownPerson } from './personChecks.ts';

type PeopleOps = 'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.setStatus' | 'people.export';

export const peopleHandlers: HandlerGroup<PeopleOps> = {
  'people.list': (call, input) => {
    const page = listPeople(call.ctx.db, input);
    return { ...page, rows: page.rows.map((p) => shownPerson(call, p)) };
  },
  'people.get': (call, input) => shownPerson(call, mustGetPerson(call, input.id)),

  'people.create': (call, input) => {
    checkPerson(call, input, null, null);
    const id = insertPerson(call.ctx.db, input, nowIso(call));
    audit(call, 'person', id, input.name, { ...input, idNumber: auditedIdNumber(input.idNumber) });
    return shownPerson(call, mustGetPerson(call, id));
  },

  'people.update': (call, input) => {
    const before = mustGetPerson(call, input.id);
    const { id, version, ...data } = input;
    checkPerson(call, data, id, before.unitId);
    if (!updatePerson(call.ctx.db, id, version, data, nowIso(call))) {
      throw new AppError('CONFLICT', '该人员信息已被他人修改，请刷新后重试。');
    }
    const changed = changes(before, data);
    if (changed.idNumber) changed.idNumber = [auditedIdNumber(changed.idNumber[0]), auditedIdNumber(changed.idNumber[1])];
    audit(call, 'person', id, data.name, changed);
    return shownPerson(call, mustGetPerson(call, id));
  },

  'people.setStatus': (call, input) => {
    const before = mustGetPerson(call, input.id);
    if (input.status === '在职' && before.status !== '在职' && countNamesakesInUnit(call.ctx.db, before.unitId, before.name, before.idNumber, before.id) > 0) {
      throw new AppError('CONFLICT', namesakeMessage(before.name, before.unitName));
    }
    if (!setPersonStatus(call.ctx.db, input.id, input.version, input.status, nowIso(call))) {
      throw new AppError('CONFLICT', '该人员信息已被他人修改，请刷新后重试。');
    }
    audit(call, 'person', input.id, before.name, { status: [before.status, input.status], name: before.name });
    return shownPerson(call, mustGetPerson(call, input.id));
  },

  'people.export': exportPeople,
};
