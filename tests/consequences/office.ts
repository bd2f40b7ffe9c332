// The office of the closed-loop tests: the integrity tests' office (two towns, four villages with
// their people; every role; the default scheme enabled for INDEX_YEAR) with the office profile saved
// (公文 are rendered), and the facts of a year whose results call for every consequence, put
// straight into the store (the entering is the integrity suite's): every unit's checklist 落实 —
// except the village (o.villageId), whose points are all 未落实 (control 0 of 40 → 60分, 红) —,
// and in the quarters asked a supervision finding at the other village (a found problem, still 绿).
// Published through integrity.publish, so the consequences are written as the office writes them.
import { afterEach, beforeEach } from 'vitest';
import type { PublicationRow } from '../../shared/integrity/index.ts';
import { makeEnv, ok, type TestEnv } from '../helpers/services.ts';
import { saveOffice } from '../helpers/documents.ts';
import { INDEX_YEAR, indexOffice, type IndexOffice } from '../integrity/office.ts';
import { VILLAGE_ITEMS, addFinding, fullChecklists, setCheck } from '../integrity/services/facts.ts';

export { INDEX_YEAR };
export type ConsequenceOffice = IndexOffice;

export async function consequenceOffice(env: TestEnv): Promise<ConsequenceOffice> {
  const o = await indexOffice(env);
  await saveOffice(env, o.admin);
  return o;
}

/** A quarter of INDEX_YEAR: the village 红 (all its points 未落实), the other village with a finding dated in it; the rest 绿. */
export function quarterFacts(env: TestEnv, o: ConsequenceOffice, quarter: number, finding = true): void {
  fullChecklists(env.db, INDEX_YEAR, quarter);
  for (const key of VILLAGE_ITEMS) setCheck(env.db, o.villageId, INDEX_YEAR, quarter, key, '未落实');
  if (finding) addFinding(env.db, o.otherVillageId, 'audit', `${INDEX_YEAR}-${String((quarter - 1) * 3 + 2).padStart(2, '0')}-10`);
}

/** quarterFacts, then published by 案件监督管理室. */
export async function publishQuarter(env: TestEnv, o: ConsequenceOffice, quarter: number, finding = true): Promise<PublicationRow> {
  quarterFacts(env, o, quarter, finding);
  return ok(env, 'integrity.publish', { year: INDEX_YEAR, quarter }, o.manager);
}

/** The four quarters and the year published: the village C (60分 each quarter), the others A. */
export async function publishYear(env: TestEnv, o: ConsequenceOffice): Promise<PublicationRow> {
  for (const quarter of [1, 2, 3, 4]) await publishQuarter(env, o, quarter);
  return ok(env, 'integrity.publish', { year: INDEX_YEAR, quarter: 0 }, o.manager);
}

/** The tests' instant: after INDEX_YEAR has ended (its year may be published), on every day the suite runs. */
export const AFTER_YEAR = `${INDEX_YEAR + 1}-01-15T02:00:00.000Z`;

/** A fresh store and office for each test (at the given instant, or AFTER_YEAR). */
export function consequenceEachTest(at: string = AFTER_YEAR): { readonly env: TestEnv; readonly o: ConsequenceOffice } {
  const current: { env: TestEnv | null; o: ConsequenceOffice | null } = { env: null, o: null };
  beforeEach(async () => {
    current.env = makeEnv(at);
    current.o = await consequenceOffice(current.env);
  });
  afterEach(() => current.env?.close());
  return {
    get env(): TestEnv {
      if (!current.env) throw new Error('read inside a test');
      return current.env;
    },
    get o(): ConsequenceOffice {
      if (!current.o) throw new Error('read inside a test');
      return current.o;
    },
  };
}
