// The interviews domain's services: talks and letters from registration (records.ts) or a lead's
// approved plan (plans.ts) through the record, the reply, the assessment and the outcome, with
// follow-ups, extensions (steps.ts) and files (files.ts); their notices issued through the dispatch
// register and the printed 谈话记录 (notices.ts); the register, its export, counts, agenda and
// 首页's lists (ledger.ts); the spot checks of concluded letters (spotChecks.ts); its part of the
// demo office (demo/).
import type { interviewsContract } from '../../../shared/interviews/ops.ts';
import { interviewNumbersById } from '../../../db/repos/interviews/records.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { byNumericId } from '../kernel/subjects.ts';
import { recordHandlers } from './records.ts';
import { stepHandlers } from './steps.ts';
import { fileHandlers } from './files.ts';
import { planHandlers } from './plans.ts';
import { noticeHandlers } from './notices.ts';
import { ledgerHandlers } from './ledger.ts';
import { spotCheckHandlers } from './spotChecks.ts';
import { interviewCommands } from './cli.ts';
import { interviewsDemo } from './demo/demoInterviews.ts';

export const interviewsModule: DomainModule<keyof typeof interviewsContract.ops> = {
  domain: 'interviews',
  handlers: joinHandlers('interviews', recordHandlers, stepHandlers, fileHandlers, planHandlers, noticeHandlers, ledgerHandlers, spotCheckHandlers),
  auditSubjects: { interview: byNumericId(interviewNumbersById) },
  cli: interviewCommands,
  demo: interviewsDemo,
};
