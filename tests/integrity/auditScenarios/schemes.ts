// The audit scenarios of the integrity index's schemes operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office (系统管理员 is its editor there). Each uses a
// year of its own, far from the years the other scenarios score, since the office is shared.
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import { ok } from '../../helpers/services.ts';

const CREATE_YEAR = 2091;
const SAVE_YEAR = 2092;
const ENABLE_YEAR = 2093;

export const schemesScenarios: Partial<Record<OpName, Scenario>> = {
  'integrity.createScheme': {
    prepare: async (_env, o) => ({ session: o.admin, input: { year: CREATE_YEAR, from: '默认方案', note: '新年度方案' } }),
  },
  'integrity.saveScheme': {
    prepare: async (env, o) => {
      const d = await ok(env, 'integrity.createScheme', { year: SAVE_YEAR, from: '默认方案', note: '' }, o.admin);
      const content = structuredClone(d.content);
      content.thresholds.green = 90;
      return { session: o.admin, input: { id: d.id, rowVersion: d.rowVersion, content, note: '提高绿色分数线' } };
    },
  },
  'integrity.enableScheme': {
    prepare: async (env, o) => {
      const d = await ok(env, 'integrity.createScheme', { year: ENABLE_YEAR, from: '默认方案', note: '' }, o.admin);
      return { session: o.admin, input: { id: d.id, rowVersion: d.rowVersion } };
    },
  },
};
