// Every operation of the contract, mapped to its handler.
import type { Handlers } from './handler.ts';
import { authHandlers } from './auth.ts';
import { userHandlers } from './users.ts';
import { unitHandlers } from './units.ts';
import { peopleHandlers } from './people.ts';
import { unitImportHandlers } from './importUnits.ts';
import { peopleImportHandlers } from './importPeople.ts';
import { settingsHandlers } from './settings.ts';
import { adminHandlers } from './admin.ts';
import { tipViewHandlers } from './tipView.ts';
import { tipRegisterHandlers } from './tipRegister.ts';
import { tipRepeatHandlers } from './tipRepeats.ts';
import { tipFlowHandlers } from './tipFlow.ts';
import { tipAttachmentHandlers } from './tipAttachments.ts';
import { tipDashboardHandlers } from './tipDashboard.ts';
import { calendarHandlers } from './calendar.ts';
import { tipStatsHandlers } from './tipStats.ts';
import { tipExportHandlers } from './tipExport.ts';

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
