// The registry domain's services: units and people, their Excel import and export.
import type { registryContract } from '../../../shared/registry/ops.ts';
import { unitCounts, unitNamesById } from '../../../db/repos/registry/units.ts';
import { peopleCounts, personNamesById } from '../../../db/repos/registry/people.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { byNumericId } from '../kernel/subjects.ts';
import { unitHandlers } from './units.ts';
import { peopleHandlers } from './people.ts';
import { unitImportHandlers } from './importUnits.ts';
import { peopleImportHandlers } from './importPeople.ts';
import { registryDemo } from './demo/load.ts';

export const registryModule: DomainModule<keyof typeof registryContract.ops> = {
  domain: 'registry',
  handlers: joinHandlers('registry', unitHandlers, peopleHandlers, unitImportHandlers, peopleImportHandlers),
  auditSubjects: {
    unit: byNumericId(unitNamesById),
    person: byNumericId(personNamesById),
  },
  demo: registryDemo,
  home: (call) => ({ units: unitCounts(call.ctx.db), people: peopleCounts(call.ctx.db) }),
};
