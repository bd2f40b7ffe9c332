// The integrity index's audit scenarios, joined (each file is one group of its operations).
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import { schemesScenarios } from './schemes.ts';
import { inputsScenarios } from './inputs.ts';
import { recordsScenarios } from './records.ts';
import { resultsScenarios } from './results.ts';

export const integrityScenarios: Partial<Record<OpName, Scenario>> = { ...schemesScenarios, ...inputsScenarios, ...recordsScenarios, ...resultsScenarios };
