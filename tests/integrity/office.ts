// The office of the integrity tests: the interviews tests' office (its small registry of two towns
// and four villages with their people; 信访室, 领导, 监督检查室 ×2, 案件监督管理室, 只读 users), every
// unit set up long before the scored year (so the tests do not depend on the day they run), and
// the default scheme enabled for the years asked — written straight to the store, as a fixture.
import { afterEach, beforeEach } from 'vitest';
import { DEFAULT_SCHEME, type SchemeContent } from '../../shared/integrity/index.ts';
import { enableSchemeRow, insertScheme } from '../../db/repos/integrity/schemes.ts';
import { makeEnv, type TestEnv } from '../helpers/services.ts';
import { interviewOffice, type InterviewOffice } from '../interviews/services/office.ts';

/** The year the integrity tests score (in the past on every day the suite runs: 2027-01-04 included). */
export const INDEX_YEAR = 2026;

export interface IndexOffice extends InterviewOffice {
  /** The scheme ids enabled, by year. */
  schemes: Record<number, number>;
}

/** Enables a scheme (the default unless given) as the year's next version; its id. */
export function enableScheme(env: TestEnv, year: number, content: SchemeContent = DEFAULT_SCHEME): number {
  const at = env.clock.now().toISOString();
  const id = insertScheme(env.db, { year, contentJson: JSON.stringify(content), note: '测试方案', userId: null, byName: '测试', at });
  enableSchemeRow(env.db, id, null, '测试', at);
  return id;
}

export async function indexOffice(env: TestEnv, years: readonly number[] = [INDEX_YEAR]): Promise<IndexOffice> {
  const o = await interviewOffice(env);
  env.db.prepare("UPDATE units SET established_date = '2020-01-01'").run();
  const schemes: Record<number, number> = {};
  for (const year of years) schemes[year] = enableScheme(env, year);
  return { ...o, schemes };
}

/** A fresh store and office for each test. */
export function indexEachTest(years?: readonly number[], at?: string): { readonly env: TestEnv; readonly o: IndexOffice } {
  const current: { env: TestEnv | null; o: IndexOffice | null } = { env: null, o: null };
  beforeEach(async () => {
    current.env = makeEnv(at);
    current.o = await indexOffice(current.env, years);
  });
  afterEach(() => current.env?.close());
  return {
    get env(): TestEnv {
      if (!current.env) throw new Error('read inside a test');
      return current.env;
    },
    get o(): IndexOffice {
      if (!current.o) throw new Error('read inside a test');
      return current.o;
    },
  };
}
