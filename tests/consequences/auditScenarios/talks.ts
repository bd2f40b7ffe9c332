// The audit scenarios of the closed loop's talks operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office.
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import { testDay } from '../../helpers/testDate.ts';
import { freeScenarioConsequence } from './notices.ts';

export const talksScenarios: Partial<Record<OpName, Scenario>> = {
  'consequences.planTalk': {
    prepare: async (env, o) => {
      const id = await freeScenarioConsequence(env, o, 0, '廉政谈话', 'interview_id');
      // The unit's 主要负责人 when it has one in office, else whoever is (the clerk's choice).
      const person = env.db
        .prepare(
          `SELECT pe.id FROM people pe JOIN index_consequences c ON c.id = ? WHERE pe.status = '在职'
           ORDER BY pe.unit_id = c.unit_id DESC, pe.category = '主要负责人' DESC, pe.id LIMIT 1`,
        )
        .get(id) as { id: number };
      return {
        session: o.handler,
        input: { id, personId: person.id, plannedDate: testDay(5), holder: '上级纪委', holderNames: '市纪委第三监督检查室' },
      };
    },
  },
};
