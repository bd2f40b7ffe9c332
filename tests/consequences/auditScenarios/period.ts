// The audit scenarios of the closed loop's period operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office.
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';

export const periodScenarios: Partial<Record<OpName, Scenario>> = {};
