// The tips domain's services: 信访举报 / 问题线索 from registration to archive.
import type { tipsContract } from '../../../shared/tips/ops.ts';
import { attachmentNamesById, tipNumbersById } from '../../../db/repos/tips/tips.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { byNumericId } from '../kernel/subjects.ts';
import { tipViewHandlers } from './view.ts';
import { tipRegisterHandlers } from './register.ts';
import { tipRepeatHandlers } from './repeats.ts';
import { tipFlowHandlers } from './flow.ts';
import { tipAttachmentHandlers } from './attachments.ts';
import { tipDashboardHandlers } from './dashboard.ts';
import { tipStatsHandlers } from './stats.ts';
import { tipExportHandlers } from './export.ts';
import { tipFormHandlers } from './forms.ts';
import { tipCommands } from './cli.ts';
import { tipsDemo } from './demo/load.ts';

export const tipsModule: DomainModule<keyof typeof tipsContract.ops> = {
  domain: 'tips',
  handlers: joinHandlers(
    'tips',
    tipViewHandlers, tipRegisterHandlers, tipRepeatHandlers, tipFlowHandlers, tipAttachmentHandlers, tipDashboardHandlers,
    tipStatsHandlers, tipExportHandlers, tipFormHandlers,
  ),
  auditSubjects: {
    tip: byNumericId(tipNumbersById),
    'tip-reporter': byNumericId(tipNumbersById),
    'tip-attachment': byNumericId(attachmentNamesById),
    'tip-form': byNumericId(tipNumbersById),
  },
  cli: tipCommands,
  demo: tipsDemo,
};
