// The audit scenarios of the integrity index's inputs operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office.
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';

export const inputsScenarios: Partial<Record<OpName, Scenario>> = {};
