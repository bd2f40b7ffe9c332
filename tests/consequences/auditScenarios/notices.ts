// The audit scenarios of the closed loop's notices operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office. The office's 2025 (a whole year in the past
// on every day the suite runs) is published as the office publishes it — its quarters with their
// control points not entered (every unit 红: a 预警告知书 each), then the year (every unit C: a 建议书
// draft, a 廉政谈话, a 不得评先评优 list each) — once, whichever scenario asks first.
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import { ok, type TestEnv } from '../../helpers/services.ts';
import type { Office } from '../../helpers/tips.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { latestEnabledScheme } from '../../../db/repos/integrity/schemes.ts';
import { publicationInForce } from '../../../db/repos/integrity/publications.ts';
import { enableScheme } from '../../integrity/office.ts';
import type { ConsequenceKind } from '../../../shared/consequences/index.ts';

/** The year the scenarios publish whole. */
export const SCENARIO_YEAR = 2025;

/** The office's units scored from before the year, its scheme enabled and its profile saved (公文 render). */
async function scoredOffice(env: TestEnv, o: Office): Promise<void> {
  env.db.prepare("UPDATE units SET established_date = '2020-01-01' WHERE established_date IS NULL OR established_date > '2020-01-01'").run();
  if (!latestEnabledScheme(env.db, SCENARIO_YEAR)) enableScheme(env, SCENARIO_YEAR);
  await saveOffice(env, o.admin);
}

/** The period published (quarter 0: the year, after its quarters), unless it is already. */
export async function publishedScenarioPeriod(env: TestEnv, o: Office, quarter: number): Promise<void> {
  await scoredOffice(env, o);
  const periods = quarter === 0 ? [1, 2, 3, 4, 0] : [quarter];
  for (const q of periods) {
    if (publicationInForce(env.db, SCENARIO_YEAR, q)) continue;
    await ok(env, 'integrity.publish', { year: SCENARIO_YEAR, quarter: q, confirmMissing: true }, o.leader);
  }
}

/**
 * A consequence of the scenario year's period, of a unit in the registry's normal state, not closed
 * and without what `free` says it has not made yet (a document, a talk); its id.
 */
function freeConsequence(env: TestEnv, quarter: number, kind: ConsequenceKind, free: 'document_id' | 'interview_id'): number | undefined {
  const row = env.db
    .prepare(
      `SELECT c.id FROM index_consequences c JOIN index_publications p ON p.id = c.publication_id JOIN units u ON u.id = c.unit_id
       WHERE p.year = ? AND p.quarter = ? AND c.kind = ? AND c.${free} IS NULL AND c.closed_at IS NULL AND u.status = '正常' ORDER BY c.id`,
    )
    .get(SCENARIO_YEAR, quarter, kind) as { id: number } | undefined;
  return row?.id;
}

/**
 * Such a consequence; when the period was published without one free (another scenario published it
 * with every point 落实), a village without one has its points of the quarters taken back (未录入: 红,
 * and C for the year) and the periods are republished, as the office corrects its inputs.
 */
export async function freeScenarioConsequence(env: TestEnv, o: Office, quarter: number, kind: ConsequenceKind, free: 'document_id' | 'interview_id'): Promise<number> {
  await publishedScenarioPeriod(env, o, quarter);
  const found = freeConsequence(env, quarter, kind, free);
  if (found !== undefined) return found;
  const village = env.db
    .prepare(
      `SELECT u.id FROM units u WHERE u.type = '行政村' AND u.status = '正常' AND NOT EXISTS (
         SELECT 1 FROM index_consequences c JOIN index_publications p ON p.id = c.publication_id
         WHERE c.unit_id = u.id AND p.year = ? AND p.quarter = ? AND c.kind = ? AND c.closed_at IS NULL) ORDER BY u.id`,
    )
    .get(SCENARIO_YEAR, quarter, kind) as { id: number } | undefined;
  if (!village) throw new Error(`no village left for a ${kind} in the scenario year`);
  const quarters = quarter === 0 ? [1, 2, 3, 4] : [quarter];
  for (const q of quarters) env.db.prepare('DELETE FROM index_checks WHERE unit_id = ? AND year = ? AND quarter = ?').run(village.id, SCENARIO_YEAR, q);
  for (const q of quarter === 0 ? [...quarters, 0] : quarters) {
    await ok(env, 'integrity.publish', { year: SCENARIO_YEAR, quarter: q, confirmMissing: true, reason: '审计场景：检查结果更正' }, o.leader);
  }
  const made = freeConsequence(env, quarter, kind, free);
  if (made === undefined) throw new Error(`no ${kind} to act on in the scenario year`);
  return made;
}

export const noticesScenarios: Partial<Record<OpName, Scenario>> = {
  'consequences.draftNotice': {
    prepare: async (env, o) => ({ session: o.handler, input: { id: await freeScenarioConsequence(env, o, 1, '预警告知书', 'document_id') } }),
  },
};
