// The audit scenarios of the integrity index's inputs operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office — the current test year's scheme enabled,
// a village set up on its first day, the quarter of today.
import ExcelJS from 'exceljs';
import type { OpName } from '../../../shared/api.ts';
import { quarterOf } from '../../../shared/integrity/index.ts';
import { latestEnabledScheme } from '../../../db/repos/integrity/schemes.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import type { TestEnv } from '../../helpers/services.ts';
import { testDay } from '../../helpers/testDate.ts';
import { enableScheme } from '../office.ts';

/** The period of today, its scheme in force, and a village scored in it (its name and town). */
function period(env: TestEnv): { year: number; quarter: number; unitId: number; unitName: string; townName: string } {
  const today = testDay(0);
  const year = Number(today.slice(0, 4));
  if (!latestEnabledScheme(env.db, year)) enableScheme(env, year);
  const unit = env.db
    .prepare("SELECT u.id, u.name, p.name AS townName FROM units u JOIN units p ON p.id = u.parent_id WHERE u.type = '行政村' ORDER BY u.id LIMIT 1")
    .get() as { id: number; name: string; townName: string };
  env.db.prepare('UPDATE units SET established_date = ?, revoked_date = NULL WHERE id = ?').run(`${year}-01-01`, unit.id);
  return { year, quarter: quarterOf(today), unitId: unit.id, unitName: unit.name, townName: unit.townName };
}

export const inputsScenarios: Partial<Record<OpName, Scenario>> = {
  'integrity.setChecklist': {
    async prepare(env, o) {
      const p = period(env);
      return { session: o.handler, input: { year: p.year, quarter: p.quarter, unitId: p.unitId, results: [{ itemKey: 'collective', result: '落实' }] } };
    },
  },
  'integrity.setMeasure': {
    async prepare(env, o) {
      const p = period(env);
      return { session: o.handler, input: { kind: '满意度调查', year: p.year, quarter: p.quarter, unitId: p.unitId, values: { public: 87.35 } } };
    },
  },
  'integrity.import': {
    async prepare(env, o) {
      const p = period(env);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('行政成本');
      ws.addRow(['单位名称', '所属乡镇', '人均行政成本（元）', '行政成本节约率（%）']);
      ws.addRow([p.unitName, p.townName, 1250.5, -2.5]);
      const buffer = await wb.xlsx.writeBuffer();
      const file = { fileName: '行政成本.xlsx', dataBase64: Buffer.from(buffer as ArrayBuffer).toString('base64') };
      return { session: o.handler, input: { kind: '行政成本', year: p.year, quarter: p.quarter, file } };
    },
  },
};
