// The office of the rectification service tests: the tips tests' small registry and staff, plus a
// second 监督检查室 user (the one who checks what the first recorded) and 案件监督管理室.
import { afterEach, beforeEach } from 'vitest';
import { makeEnv, ok, userWithRole, type TestEnv } from '../../helpers/services.ts';
import { office, type Office } from '../../helpers/tips.ts';
import type { OpInput } from '../../../shared/api.ts';

export interface RectOffice extends Office {
  checker: string;
  manager: string;
  villageId: number;
  otherVillageId: number;
  /** The village's 主要负责人 and another of its people. */
  chiefId: number;
  staffId: number;
}

export async function rectOffice(env: TestEnv): Promise<RectOffice> {
  const o = await office(env);
  const checker = await userWithRole(env, '监督检查室', 'checker');
  const manager = await userWithRole(env, '案件监督管理室', 'manager');
  const villages = env.db.prepare("SELECT id FROM units WHERE type = '行政村' ORDER BY id").all() as Array<{ id: number }>;
  const villageId = villages[0]!.id;
  const chief = env.db.prepare("SELECT id FROM people WHERE unit_id = ? AND category = '主要负责人'").get(villageId) as { id: number };
  const staff = env.db.prepare("SELECT id FROM people WHERE unit_id = ? AND category = '一般干部' ORDER BY id").get(villageId) as { id: number };
  return { ...o, checker, manager, villageId, otherVillageId: villages[1]!.id, chiefId: chief.id, staffId: staff.id };
}

export function rectEachTest(at?: string): { readonly env: TestEnv; readonly o: RectOffice } {
  const current: { env: TestEnv | null; o: RectOffice | null } = { env: null, o: null };
  beforeEach(async () => {
    current.env = makeEnv(at);
    current.o = await rectOffice(current.env);
  });
  afterEach(() => current.env?.close());
  return {
    get env(): TestEnv {
      if (!current.env) throw new Error('read inside a test');
      return current.env;
    },
    get o(): RectOffice {
      if (!current.o) throw new Error('read inside a test');
      return current.o;
    },
  };
}

/** One item of a 问题清单, due `deadline`. */
export function anItem(o: RectOffice, extra: Partial<OpInput<'rect.create'>['items'][number]> = {}): OpInput<'rect.create'>['items'][number] {
  return {
    unitId: o.villageId,
    problem: '村集体资产租赁合同未经村民代表会议讨论',
    category: '三资管理',
    measures: [{ text: '召开村民代表会议重新审议租赁合同', ownerPersonId: o.staffId, dueDate: null }],
    leaderPersonId: o.chiefId,
    ownerPersonId: o.staffId,
    deadline: '2026-12-31',
    ...extra,
  };
}

export async function createOne(env: TestEnv, o: RectOffice, extra: Partial<OpInput<'rect.create'>> = {}) {
  const [row] = await ok(env, 'rect.create', { source: '巡察反馈', sourceRef: '县委第三巡察组反馈意见', items: [anItem(o)], ...extra }, o.handler);
  if (!row) throw new Error('no item');
  return row;
}
