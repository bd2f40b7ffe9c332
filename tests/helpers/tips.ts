// Test helpers for tips: a registered office (clerk, leader, handler, read-only) on the demo
// registry, and a named tip against two registry people.
import { afterEach, beforeEach } from 'vitest';
import { makeEnv, ok, send, setupAdmin, userWithRole, PASSWORD, type TestEnv } from './services.ts';
import type { OpInput } from '../../shared/api.ts';
import { idCheckDigit } from '../../shared/kernel/idcard.ts';
import { insertUnit } from '../../db/repos/registry/units.ts';
import { insertPerson } from '../../db/repos/registry/people.ts';

export interface Office {
  admin: string;
  clerk: string;
  leader: string;
  handler: string;
  handlerId: number;
  readonly: string;
}

/** A small registry of its own (the demo data may carry tips): 2 towns, 4 villages, 16 people. */
function smallRegistry(env: TestEnv): void {
  const now = env.clock.now().toISOString();
  const categories = ['主要负责人', '班子成员', '一般干部', '一般干部'] as const;
  const names = ['周建国', '吴晓梅', '郑志强', '冯丽', '陈立新', '褚海燕', '卫东', '蒋春燕', '沈国平', '韩雪', '杨帆', '朱明', '秦岭', '尤佳', '许诺', '何平'];
  let n = 0;
  for (const town of ['城关镇', '青山乡']) {
    const townId = insertUnit(env.db, { name: town, type: '镇（街道）', parentId: null, headcount: 40, leaderName: '' }, now);
    for (const village of ['东村', '西村']) {
      const unitId = insertUnit(env.db, { name: `${town.slice(0, 2)}${village}`, type: '行政村', parentId: townId, headcount: 8, leaderName: '' }, now);
      for (const category of categories) {
        const name = names[n++] as string;
        insertPerson(env.db, { name, idNumber: '', unitId, post: category === '主要负责人' ? '村委会主任' : '村干部', rank: '村（社区）干部', partyMember: true, category }, now);
      }
    }
  }
}

export async function office(env: TestEnv): Promise<Office> {
  const admin = await setupAdmin(env, false);
  smallRegistry(env);
  const clerk = await userWithRole(env, '信访室', 'clerk');
  const leader = await userWithRole(env, '领导', 'leader');
  const handler = await userWithRole(env, '监督检查室', 'handler');
  const readonly = await userWithRole(env, '只读', 'reader');
  const handlerId = (env.db.prepare("SELECT id FROM users WHERE username = 'handler'").get() as { id: number }).id;
  return { admin, clerk, leader, handler, handlerId, readonly };
}

/** A valid 18-digit ID number (check digit computed). */
export function validIdNumber(first17 = '33020519800101123'): string {
  return first17 + idCheckDigit(first17);
}

export function registryPeople(env: TestEnv, n: number, category?: string): Array<{ id: number; name: string; unitId: number }> {
  const where = category ? 'WHERE category = ?' : '';
  return env.db
    .prepare(`SELECT id, name, unit_id AS unitId FROM people ${where} ORDER BY id LIMIT ?`)
    .all(...(category ? [category, n] : [n])) as Array<{ id: number; name: string; unitId: number }>;
}

export const REPORTER = { name: '张三丰', phone: '13812345678', idNumber: validIdNumber(), address: '临江县城关镇解放路18号' };

export function namedTip(people: Array<{ id: number; name: string }>, extra: Partial<OpInput<'tips.register'>> = {}): OpInput<'tips.register'> {
  return {
    receivedDate: '2026-11-20',
    channel: '来信',
    mode: '实名',
    reporter: REPORTER,
    people: people.map((p) => ({ personId: p.id, name: p.name })),
    categories: ['廉洁纪律', '工作纪律'],
    summary: '反映村委会主任违规发放集体土地征收补偿款问题',
    content: '举报人反映，该村在2025年土地征收补偿款发放过程中，村委会主任虚报冒领补偿款，优亲厚友，群众意见很大。',
    ...extra,
  };
}

export async function register(env: TestEnv, token: string, input: OpInput<'tips.register'>) {
  return ok(env, 'tips.register', input, token);
}

export { ok, send };

/** After the clock moved past the idle limit, everyone signs in again. */
export async function signInAgain(env: TestEnv, o: Office): Promise<Office> {
  const login = async (username: string) => (await ok(env, 'auth.login', { username, password: PASSWORD }, null)).token;
  return { ...o, admin: await login('admin'), clerk: await login('clerk'), leader: await login('leader'), handler: await login('handler'), readonly: await login('reader') };
}

/** The day most tips tests were written for (they name 2026 dates and numbers). */
export const WRITTEN_FOR = '2026-11-21T09:00:00+08:00';

/**
 * eachWithOffice for a suite that only reads the two: `const t = officeEachTest(at)`, then
 * `t.env` and `t.o` inside the tests.
 */
export function officeEachTest(at?: string): { readonly env: TestEnv; readonly o: Office } {
  const current: { env: TestEnv | null; o: Office | null } = { env: null, o: null };
  eachWithOffice((env, o) => {
    current.env = env;
    current.o = o;
  }, at);
  return {
    get env(): TestEnv {
      if (!current.env) throw new Error('officeEachTest: read inside a test');
      return current.env;
    },
    get o(): Office {
      if (!current.o) throw new Error('officeEachTest: read inside a test');
      return current.o;
    },
  };
}

/**
 * For each test of the suite: a fresh database (clock at `at`, see makeEnv) with the small office
 * of office() signed in, handed to `use`; closed (and its audit entries checked) afterwards.
 */
export function eachWithOffice(use: (env: TestEnv, o: Office) => void, at?: string): void {
  let env: TestEnv | null = null;
  beforeEach(async () => {
    env = makeEnv(at);
    use(env, await office(env));
  });
  afterEach(() => env?.close());
}
