// The rectification domain's services: 整改事项 from registration (a 问题清单, or issuing a 预警告知书)
// through progress, evidence, 申请验收, 验收 and 销号 with 延期 and 屡查屡犯 (items.ts, steps.ts,
// evidence.ts, notices.ts); the 整改台账, its summaries, export and 首页's lists (ledger.ts); its part
// of the demo office (demo/: a year of notices, 问题清单 and items in every state).
import type { rectificationContract } from '../../../shared/rectification/ops.ts';
import { itemNumbersById } from '../../../db/repos/rectification/items.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { byNumericId } from '../kernel/subjects.ts';
import { itemHandlers } from './items.ts';
import { stepHandlers } from './steps.ts';
import { evidenceHandlers } from './evidence.ts';
import { noticeHandlers } from './notices.ts';
import { ledgerHandlers } from './ledger.ts';
import { rectificationCommands } from './cli.ts';
import { rectificationDemo } from './demo/demoRectification.ts';

export const rectificationModule: DomainModule<keyof typeof rectificationContract.ops> = {
  domain: 'rectification',
  handlers: joinHandlers('rectification', itemHandlers, stepHandlers, evidenceHandlers, noticeHandlers, ledgerHandlers),
  auditSubjects: { 'rect-item': byNumericId(itemNumbersById) },
  cli: rectificationCommands,
  demo: rectificationDemo,
};
