// Every operation of the contract, mapped to its handler.
import type { Handlers } from './kernel/handler.ts';
import { authHandlers } from './core/auth.ts';
import { userHandlers } from './core/users.ts';
import { unitHandlers } from './registry/units.ts';
import { peopleHandlers } from './registry/people.ts';
import { unitImportHandlers } from './registry/importUnits.ts';
import { peopleImportHandlers } from './registry/importPeople.ts';
import { settingsHandlers } from './core/settings.ts';
import { adminHandlers } from './core/admin.ts';
import { tipViewHandlers } from './tips/view.ts';
import { tipRegisterHandlers } from './tips/register.ts';
import { tipRepeatHandlers } from './tips/repeats.ts';
import { tipFlowHandlers } from './tips/flow.ts';
import { tipAttachmentHandlers } from './tips/attachments.ts';
import { tipDashboardHandlers } from './tips/dashboard.ts';
import { calendarHandlers } from './core/calendar.ts';
import { tipStatsHandlers } from './tips/stats.ts';
import { tipExportHandlers } from './tips/export.ts';

export const handlers: Handlers = {
  ...authHandlers,
  ...userHandlers,
  ...unitHandlers,
  ...peopleHandlers,
  ...unitImportHandlers,
  ...peopleImportHandlers,
  ...settingsHandlers,
  ...adminHandlers,
  ...tipViewHandlers,
  ...tipRegisterHandlers,
  ...tipRepeatHandlers,
  ...tipFlowHandlers,
  ...tipAttachmentHandlers,
  ...tipDashboardHandlers,
  ...calendarHandlers,
  ...tipStatsHandlers,
  ...tipExportHandlers,
};
