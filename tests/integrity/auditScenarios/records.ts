// The audit scenarios of the integrity index's records operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office (units set up today, so records are dated
// today, in a year whose scheme is enabled here once).
import type { OpInput, OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import { ok, type TestEnv } from '../../helpers/services.ts';
import { registryPeople, type Office } from '../../helpers/tips.ts';
import { testDay } from '../../helpers/testDate.ts';
import { PDF } from '../../interviews/services/recordsKit.ts';
import { enableScheme } from '../office.ts';

/** The first village of the office, with the scheme of today's year enabled. */
function ready(env: TestEnv): { unitId: number; date: string } {
  const date = testDay(0);
  const year = Number(date.slice(0, 4));
  const enabled = env.db.prepare("SELECT 1 FROM index_schemes WHERE year = ? AND status = '已启用'").get(year);
  if (!enabled) enableScheme(env, year);
  const unit = env.db.prepare("SELECT id FROM units WHERE type = '行政村' AND status = '正常' ORDER BY id").get() as { id: number };
  return { unitId: unit.id, date };
}

async function finding(env: TestEnv, o: Office) {
  const { unitId, date } = ready(env);
  return ok(env, 'integrity.addFinding', { unitId, channelKey: 'audit', date, source: '审计报告', summary: '资金拨付不及时' }, o.handler);
}

async function bonus(env: TestEnv, o: Office) {
  const { unitId, date } = ready(env);
  return ok(env, 'integrity.addBonus', { unitId, kindKey: 'innovation', date, summary: '创新做法', evidence: '通报' }, o.handler);
}

function decisionInput(env: TestEnv, withFile: boolean): OpInput<'integrity.addDecision'> {
  const [p] = registryPeople(env, 1);
  if (!p) throw new Error('the office has people');
  return {
    body: '上级纪委', documentNumber: '市纪〔2026〕1号', decidedDate: testDay(0), personId: p.id, outcome: '诫勉', grade: '', circumstance: '一般',
    conductDate: '', summary: '违规公款吃喝', ...(withFile ? { file: { fileName: '决定书.pdf', dataBase64: PDF.toString('base64') } } : {}),
  };
}

export const recordsScenarios: Partial<Record<OpName, Scenario>> = {
  'integrity.addFinding': {
    async prepare(env, o) {
      const { unitId, date } = ready(env);
      return { session: o.handler, input: { unitId, channelKey: 'society', date, source: '群众来电', summary: '办事推诿' } };
    },
  },
  'integrity.updateFinding': {
    async prepare(env, o) {
      const f = await finding(env, o);
      return { session: o.handler, input: { id: f.id, version: f.version, unitId: f.unitId, channelKey: 'media', date: f.date, source: f.source, summary: f.summary } };
    },
  },
  'integrity.withdrawFinding': {
    async prepare(env, o) {
      const f = await finding(env, o);
      return { session: o.handler, input: { id: f.id, version: f.version, reason: '重复登记' } };
    },
  },
  'integrity.addBonus': {
    async prepare(env, o) {
      const { unitId, date } = ready(env);
      return { session: o.handler, input: { unitId, kindKey: 'case-help', date, summary: '配合查办', evidence: '函' } };
    },
  },
  'integrity.withdrawBonus': {
    async prepare(env, o) {
      const b = await bonus(env, o);
      return { session: o.handler, input: { id: b.id, version: b.version, reason: '佐证不实' } };
    },
  },
  'integrity.addDecision': {
    async prepare(env, o) {
      return { session: o.handler, input: decisionInput(env, true) };
    },
  },
  'integrity.decisionFile': {
    async prepare(env, o) {
      const d = await ok(env, 'integrity.addDecision', decisionInput(env, true), o.handler);
      const [file] = d.files;
      if (!file) throw new Error('the decision keeps its scan');
      return { session: o.readonly, input: { fileId: file.id } };
    },
  },
};
