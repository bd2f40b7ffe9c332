// The audit scenarios of the closed loop's lists operations (tests/cross/audit-every-change.test.ts):
// each makes its operation succeed on the shared office. The office's year 2025 is published once
// (the clock is in late 2026): every unit set up in 2020, every checklist 落实 but the first
// village's (all 未落实, so 红 every quarter and grade C), the four quarters and the year published
// through integrity.publish — the C village's 不得评先评优 list is written as the office writes it.
import type { OpName } from '../../../shared/api.ts';
import type { Scenario } from '../../cross/auditScenario.ts';
import { ok, type TestEnv } from '../../helpers/services.ts';
import type { Office } from '../../helpers/tips.ts';
import { saveOffice } from '../../helpers/documents.ts';
import { latestEnabledScheme } from '../../../db/repos/integrity/schemes.ts';
import { enableScheme } from '../../integrity/office.ts';
import { VILLAGE_ITEMS, fullChecklists, setCheck } from '../../integrity/services/facts.ts';

const YEAR = 2025;

function publishedPeriod(env: TestEnv, quarter: number): boolean {
  return env.db.prepare('SELECT 1 FROM index_publications WHERE year = ? AND quarter = ? AND superseded_by IS NULL').get(YEAR, quarter) !== undefined;
}

/** 2025 published (once): the first village C, the rest A. The C village's open 不得评先评优 consequence. */
async function publishedYear(env: TestEnv, o: Office): Promise<{ consequenceId: number; villageId: number }> {
  const village = env.db.prepare("SELECT id FROM units WHERE type = '行政村' ORDER BY id").get() as { id: number };
  if (!publishedPeriod(env, 0)) {
    if (!(env.db.prepare('SELECT 1 FROM office_profile').get())) await saveOffice(env, o.admin);
    env.db.prepare("UPDATE units SET established_date = '2020-01-01'").run();
    if (!latestEnabledScheme(env.db, YEAR)) enableScheme(env, YEAR);
    for (const quarter of [1, 2, 3, 4]) {
      if (publishedPeriod(env, quarter)) continue;
      fullChecklists(env.db, YEAR, quarter);
      for (const key of VILLAGE_ITEMS) setCheck(env.db, village.id, YEAR, quarter, key, '未落实');
      await ok(env, 'integrity.publish', { year: YEAR, quarter, confirmMissing: true }, o.leader);
    }
    await ok(env, 'integrity.publish', { year: YEAR, quarter: 0 }, o.leader);
  }
  // Another group's scenario may have closed the list: republishing the year then writes a new one.
  if (openList(env) === undefined) await ok(env, 'integrity.publish', { year: YEAR, quarter: 0, reason: '审计场景：名单已关闭，重新发布' }, o.leader);
  const consequenceId = openList(env);
  if (consequenceId === undefined) throw new Error('no open 不得评先评优 list for 2025');
  return { consequenceId, villageId: village.id };
}

/** The open 不得评先评优 consequence of 2025, the newest publication's first. */
function openList(env: TestEnv): number | undefined {
  const c = env.db
    .prepare(
      `SELECT c.id FROM index_consequences c JOIN index_publications p ON p.id = c.publication_id
       WHERE p.year = ? AND p.quarter = 0 AND c.kind = '不得评先评优' AND c.closed_at IS NULL ORDER BY p.id DESC, c.id DESC`,
    )
    .get(YEAR) as { id: number } | undefined;
  return c?.id;
}

let serial = 0;

/** A new person of the C village, put on its list by 监督检查室 with a reason; the entry's id. */
async function addedPerson(env: TestEnv, o: Office): Promise<{ consequenceId: number; personId: number }> {
  const { consequenceId, villageId } = await publishedYear(env, o);
  serial += 1;
  const person = await ok(
    env,
    'people.create',
    { name: `名单${serial}`, unitId: villageId, post: '村干部', rank: '村（社区）干部', partyMember: true, category: '一般干部' },
    o.admin,
  );
  return { consequenceId, personId: person.id };
}

export const listsScenarios: Partial<Record<OpName, Scenario>> = {
  'consequences.exportAwardList': {
    prepare: async (env, o) => {
      await publishedYear(env, o);
      return { session: o.readonly, input: { year: YEAR, list: '不得评先评优' } };
    },
  },
  'consequences.addListPerson': {
    prepare: async (env, o) => {
      const { consequenceId, personId } = await addedPerson(env, o);
      return { session: o.handler, input: { id: consequenceId, personId, reason: '经研究，该同志负有直接责任' } };
    },
  },
  'consequences.removeListPerson': {
    prepare: async (env, o) => {
      const { consequenceId, personId } = await addedPerson(env, o);
      const detail = await ok(env, 'consequences.addListPerson', { id: consequenceId, personId, reason: '增列' }, o.handler);
      const entry = detail.people.find((p) => p.personId === personId);
      if (!entry) throw new Error('the person was not added');
      return { session: o.leader, input: { entryId: entry.id, reason: '经核实不负责任' } };
    },
  },
};
