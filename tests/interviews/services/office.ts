// The office of the interviews service tests: the tips tests' small registry and staff (信访室
// clerk, 领导, 监督检查室 handler, 只读), plus a second 监督检查室 user (two interviewers) and
// 案件监督管理室; a village with its 主要负责人 and a 一般干部.
import { afterEach, beforeEach } from 'vitest';
import { makeEnv, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { office, type Office } from '../../helpers/tips.ts';

export interface InterviewOffice extends Office {
  /** A second 监督检查室 user. */
  checker: string;
  checkerId: number;
  manager: string;
  leaderId: number;
  villageId: number;
  otherVillageId: number;
  /** The village's 主要负责人 and one of its 一般干部. */
  chiefId: number;
  staffId: number;
}

export async function interviewOffice(env: TestEnv): Promise<InterviewOffice> {
  const o = await office(env);
  const checker = await userWithRole(env, '监督检查室', 'checker');
  const manager = await userWithRole(env, '案件监督管理室', 'manager');
  const idOf = (username: string) => (env.db.prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: number }).id;
  const villages = env.db.prepare("SELECT id FROM units WHERE type = '行政村' ORDER BY id").all() as Array<{ id: number }>;
  const villageId = villages[0]!.id;
  const chief = env.db.prepare("SELECT id FROM people WHERE unit_id = ? AND category = '主要负责人'").get(villageId) as { id: number };
  const staff = env.db.prepare("SELECT id FROM people WHERE unit_id = ? AND category = '一般干部' ORDER BY id").get(villageId) as { id: number };
  const leaderRow = env.db.prepare("SELECT id FROM users WHERE role = '领导' ORDER BY id").get() as { id: number };
  return {
    ...o, checker, checkerId: idOf('checker'), manager, leaderId: leaderRow.id,
    villageId, otherVillageId: villages[1]!.id, chiefId: chief.id, staffId: staff.id,
  };
}

/** A fresh store and office for each test (at the given instant, or the test clock's default). */
export function interviewEachTest(at?: string): { readonly env: TestEnv; readonly o: InterviewOffice } {
  const current: { env: TestEnv | null; o: InterviewOffice | null } = { env: null, o: null };
  beforeEach(async () => {
    current.env = makeEnv(at);
    current.o = await interviewOffice(current.env);
  });
  afterEach(() => current.env?.close());
  return {
    get env(): TestEnv {
      if (!current.env) throw new Error('read inside a test');
      return current.env;
    },
    get o(): InterviewOffice {
      if (!current.o) throw new Error('read inside a test');
      return current.o;
    },
  };
}
