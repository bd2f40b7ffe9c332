// The audit scenarios of the closed loop's period operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office (the tips office at the test clock's day), on
// a past year published whole — 2025, so its four quarters and the year may be published on every day
// the suite runs — whose publication wrote the year's consequences (a 建议书 draft per unit).
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import { ok, type TestEnv } from '../../helpers/services.ts';
import type { Office } from '../../helpers/tips.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { latestEnabledScheme } from '../../../db/repos/integrity/schemes.ts';
import { publicationInForce } from '../../../db/repos/integrity/publications.ts';
import { enableScheme } from '../../integrity/office.ts';
import { fullChecklists } from '../../integrity/services/facts.ts';

/** The past year the scenarios publish. */
const PAST_YEAR = 2025;

/** 2025 published (each period once, whichever scenario comes first), its units scored from 2020 on. */
async function publishedPastYear(env: TestEnv, o: Office): Promise<void> {
  if (publicationInForce(env.db, PAST_YEAR, 0)) return;
  env.db.prepare("UPDATE units SET established_date = '2020-01-01'").run();
  if (!latestEnabledScheme(env.db, PAST_YEAR)) enableScheme(env, PAST_YEAR);
  await saveOffice(env, o.admin);
  for (const quarter of [1, 2, 3, 4, 0]) {
    if (publicationInForce(env.db, PAST_YEAR, quarter)) continue;
    if (quarter !== 0) fullChecklists(env.db, PAST_YEAR, quarter);
    await ok(env, 'integrity.publish', { year: PAST_YEAR, quarter, confirmMissing: true }, o.leader);
  }
}

/** A 2025 预警建议书 not closed nor delivered, still a draft or already issued: its consequence and document. */
function pastAdvice(env: TestEnv, issued: boolean): { id: number; documentId: number; version: number } {
  const row = env.db
    .prepare(
      `SELECT c.id, c.document_id AS documentId, d.version FROM index_consequences c JOIN index_publications p ON p.id = c.publication_id
       JOIN documents d ON d.id = c.document_id
       WHERE p.year = ? AND p.quarter = 0 AND c.kind = '预警建议书' AND c.closed_at IS NULL AND c.delivered_date IS NULL AND d.status = ?
       ORDER BY c.id LIMIT 1`,
    )
    .get(PAST_YEAR, issued ? 'issued' : 'draft') as { id: number; documentId: number; version: number } | undefined;
  if (!row) throw new Error(`no ${issued ? 'issued' : 'draft'} 预警建议书 of ${PAST_YEAR} left`);
  return row;
}

export const periodScenarios: Partial<Record<OpName, Scenario>> = {
  'consequences.close': {
    prepare: async (env, o) => {
      await publishedPastYear(env, o);
      return { session: o.leader, input: { id: pastAdvice(env, false).id, reason: '审计场景：该单位已撤并' } };
    },
  },
  'consequences.recordDelivery': {
    prepare: async (env, o) => {
      await publishedPastYear(env, o);
      const draft = pastAdvice(env, false);
      await ok(env, 'docs.issue', { id: draft.documentId, version: draft.version }, o.leader);
      const issued = await ok(env, 'docs.get', { id: draft.documentId }, o.leader);
      return { session: o.handler, input: { id: draft.id, date: issued.date ?? '', note: '审计场景' } };
    },
  },
};
