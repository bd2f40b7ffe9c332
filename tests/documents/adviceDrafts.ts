// 预警建议书 drafts as the documents tests need them. The register never makes a new one (the
// index's consequences do, through createDraft with their source): here they are made the same
// way — createDraft run under the real runner as docs.createDraft's transaction, by a signed-in
// person — and batches issued with issueBatchSteps installed as an operation of its own kind.
import type { AdviceFields } from '../../shared/documents/advice.ts';
import { CONSEQUENCE_SOURCE } from '../../shared/documents/advice.ts';
import type { DocDetail, DocSource } from '../../shared/documents/register.ts';
import { api, type OpName } from '../../shared/api.ts';
import { getUserByUsername } from '../../db/repos/core/index.ts';
import type { Call } from '../../electron/services/kernel/context.ts';
import type { Handler } from '../../electron/services/kernel/handler.ts';
import { runOperation } from '../../electron/services/kernel/runner.ts';
import { modules } from '../../electron/services/modules.ts';
import { createDraft } from '../../electron/services/documents/index.ts';
import type { TestEnv } from '../helpers/services.ts';

/** The services a helper calls: a TestEnv, or (in a browser test) a context of its own. */
export type Services = Pick<TestEnv, 'db' | 'ctx'> & { clock: { now(): Date } };
import { testDay } from '../helpers/testDate.ts';
import type { TestUnit } from './warningDrafts.ts';

export function adviceFields(unit: TestUnit, over: Partial<AdviceFields> = {}): AdviceFields {
  return {
    title: `关于${unit.name}廉情预警的建议书`,
    unitId: unit.id,
    recipients: unit.name,
    body: `根据《廉情预警机制实施办法》，经综合测评，${unit.name}廉情指数为60.00分，评定为C级。现将有关情况和建议告知如下：\n一、存在的主要薄弱环节\n信访举报：查实问题2件。\n二、下一年度工作要求\n请你单位领导班子专题研究整改。`,
    date: testDay(0),
    copyTo: '',
    ...over,
  };
}

/** A call of `op` by the user named, as the dispatcher would make it, for steps run on their own. */
export function callAs(env: Services, username: string, op: OpName): Call {
  const user = getUserByUsername(env.db, username);
  if (!user) throw new Error(`no user ${username}`);
  return {
    ctx: env.ctx, op, caller: { kind: 'user', user }, sessionToken: null, now: env.clock.now(), timeZone: 'Asia/Shanghai',
    audited: { entries: 0, changes: 0 }, subjects: modules.auditSubjects, loadDemo: () => [], homeFigures: () => ({}),
    startJob: () => {
      throw new Error('no jobs here');
    },
    runAs: () => {
      throw new Error('no other operations here');
    },
  };
}

/** What the index's consequences name as a draft's source: the consequence (id) of a unit's result. */
export function consequenceSource(id: number, unit: TestUnit): DocSource {
  return { type: CONSEQUENCE_SOURCE, id, label: `2026年度 ${unit.name} C级` };
}

/** A 预警建议书 draft made as the index's consequences make it (their source given), by `username`. */
export function draftAdvice(env: Services, username: string, unit: TestUnit, source: DocSource | undefined, over: Partial<AdviceFields> = {}): Promise<DocDetail> {
  const made: Handler<'docs.createDraft'> = (call, input) => createDraft(call, input, source);
  return runOperation(callAs(env, username, 'docs.createDraft'), api['docs.createDraft'], made, {
    kind: 'advice', fields: adviceFields(unit, over),
  }) as Promise<DocDetail>;
}
