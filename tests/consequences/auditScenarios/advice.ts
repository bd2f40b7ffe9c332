// The audit scenarios of the closed loop's advice operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office. (合并打印 is a plain read.)
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import { SCENARIO_YEAR, publishedScenarioPeriod } from './notices.ts';

export const adviceScenarios: Partial<Record<OpName, Scenario>> = {
  'consequences.issueAdvice': {
    prepare: async (env, o) => {
      await publishedScenarioPeriod(env, o, 0);
      const draft = env.db
        .prepare(
          `SELECT d.id, d.version FROM index_consequences c JOIN index_publications p ON p.id = c.publication_id JOIN documents d ON d.id = c.document_id
           WHERE p.year = ? AND p.quarter = 0 AND c.kind = '预警建议书' AND c.closed_at IS NULL AND d.status = 'draft' ORDER BY c.id LIMIT 1`,
        )
        .get(SCENARIO_YEAR) as { id: number; version: number } | undefined;
      if (!draft) throw new Error('no 预警建议书 draft left in the scenario year');
      return { session: o.handler, input: { year: SCENARIO_YEAR, drafts: [draft] } };
    },
  },
};
