// The audit scenarios of the integrity index's results operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office.
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import type { TestEnv } from '../../helpers/services.ts';
import { latestEnabledScheme } from '../../../db/repos/integrity/schemes.ts';
import { INDEX_YEAR, enableScheme } from '../office.ts';

/** The office's units set up before the scored year, and its scheme enabled (once). */
function scoredOffice(env: TestEnv): void {
  env.db.prepare("UPDATE units SET established_date = '2020-01-01'").run();
  if (!latestEnabledScheme(env.db, INDEX_YEAR)) enableScheme(env, INDEX_YEAR);
}

export const resultsScenarios: Partial<Record<OpName, Scenario>> = {
  'integrity.publish': {
    prepare: async (env, o) => {
      scoredOffice(env);
      // A reason is kept only when the quarter was published before (then it is required).
      return { session: o.leader, input: { year: INDEX_YEAR, quarter: 1, confirmMissing: true, reason: '审计场景' } };
    },
  },
  'integrity.export': {
    prepare: async (env, o) => {
      scoredOffice(env);
      return { session: o.readonly, input: { year: INDEX_YEAR } };
    },
  },
};
