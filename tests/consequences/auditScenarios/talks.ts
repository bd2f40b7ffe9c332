// The audit scenarios of the closed loop's talks operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office.
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';

export const talksScenarios: Partial<Record<OpName, Scenario>> = {};
