// 预警告知书 drafts as the documents tests need them: a unit of the test registry, its fields, a draft.
import type { WarningFields } from '../../shared/documents/warning.ts';
import { addDays } from '../../shared/kernel/workdays.ts';
import { ok, type TestEnv } from '../helpers/services.ts';
import { testDay } from '../helpers/testDate.ts';

export interface TestUnit {
  id: number;
  name: string;
}

/** The n-th unit (from 0) of the test registry in force. */
export function unitAt(env: TestEnv, n = 0): TestUnit {
  const unit = env.db.prepare("SELECT id, name FROM units WHERE status = '正常' ORDER BY id LIMIT 1 OFFSET ?").get(n) as TestUnit | undefined;
  if (!unit) throw new Error(`no unit ${n} in the test registry`);
  return unit;
}

export function warningFields(unit: TestUnit, over: Partial<WarningFields> = {}): WarningFields {
  return {
    title: `关于${unit.name}“三资”管理问题的预警告知书`,
    unitId: unit.id,
    recipients: unit.name,
    intro: '近期，我委在日常监督中发现你单位存在以下问题：',
    problems: [
      { text: '村级财务报销手续不全，部分支出无经办人签字。', category: '财务管理' },
      { text: '集体资产台账未及时更新。\n部分闲置资产长期无人管理。', category: '资产管理' },
    ],
    requirements: '对上述问题逐项建立整改台账，明确责任人和完成时限。',
    deadline: addDays(testDay(0), 30),
    date: testDay(0),
    copyTo: '',
    ...over,
  };
}

export async function draftWarning(env: TestEnv, session: string, unit: TestUnit, over: Partial<WarningFields> = {}) {
  return ok(env, 'docs.createDraft', { kind: 'warning', fields: warningFields(unit, over) }, session);
}
