// The closed loop's services (预警闭环): publishing with what the result calls for (publish.ts: the
// handler of integrity.publish, the index's publish and the consequences in one transaction, and
// creating them: consequences.ts), the period's page, a consequence, closing and delivery
// (period.ts), drafting a 预警告知书 from the result's lines and the trace back (notices.ts, trace.ts),
// the year's 预警建议书 issued in a batch and printed together (advice.ts), the grade-C talk
// (talks.ts), the year lists with their lookup by person and export (lists.ts), and its part of the
// demo (demo/).
import type { consequencesContract } from '../../../shared/consequences/ops.ts';
import type { integrityContract } from '../../../shared/integrity/index.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { publishHandlers } from './publish.ts';
import { periodHandlers } from './period.ts';
import { noticeHandlers } from './notices.ts';
import { traceHandlers } from './trace.ts';
import { adviceHandlers } from './advice.ts';
import { talkHandlers } from './talks.ts';
import { listHandlers } from './lists.ts';
import { consequencesDemo } from './demo/demoConsequences.ts';

export const consequencesModule: DomainModule<keyof typeof consequencesContract.ops | Extract<keyof typeof integrityContract.ops, 'integrity.publish'>> = {
  domain: 'consequences',
  handlers: joinHandlers('consequences', publishHandlers, periodHandlers, noticeHandlers, traceHandlers, adviceHandlers, talkHandlers, listHandlers),
  auditSubjects: {},
  demo: consequencesDemo,
};
