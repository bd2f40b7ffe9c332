// The closed loop's audit scenarios, joined (each file is one group of its operations).
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import { periodScenarios } from './period.ts';
import { noticesScenarios } from './notices.ts';
import { adviceScenarios } from './advice.ts';
import { talksScenarios } from './talks.ts';
import { listsScenarios } from './lists.ts';

export const consequencesScenarios: Partial<Record<OpName, Scenario>> = {
  ...periodScenarios, ...noticesScenarios, ...adviceScenarios, ...talksScenarios, ...listsScenarios,
};
