// The core domain's services: signing in, accounts, settings, the holiday calendar, the audit
// log and the home page.
import type { coreContract } from '../../../shared/core/ops.ts';
import { usernamesById } from '../../../db/repos/core/users.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { byNumericId } from '../kernel/subjects.ts';
import { authHandlers } from './auth.ts';
import { userHandlers } from './users.ts';
import { adminHandlers } from './admin.ts';
import { calendarHandlers } from './calendar.ts';
import { prefsHandlers } from './prefs.ts';
import { jobHandlers } from './jobs.ts';
import { recoveryHandlers } from './recovery.ts';
import { officeHandlers } from './office.ts';
import { coreDemo } from './demoOffice.ts';

export const coreModule: DomainModule<keyof typeof coreContract.ops> = {
  domain: 'core',
  handlers: joinHandlers('core', authHandlers, userHandlers, adminHandlers, calendarHandlers, prefsHandlers, jobHandlers, recoveryHandlers, officeHandlers),
  auditSubjects: {
    user: byNumericId(usernamesById),
    'view-pref': byNumericId(usernamesById),
    calendar: (_db, ids) => new Map(ids.map((date) => [date, date])),
    'office-profile': (_db, ids) => new Map(ids.map((id) => [id, '机关信息'])),
  },
  demo: coreDemo,
};
