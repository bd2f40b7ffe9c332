import type { PageId } from './pages.ts';
import { HomePage } from '../core/home/HomePage.tsx';
import { UnitsPage } from '../registry/units/UnitsPage.tsx';
import { PeoplePage } from '../registry/people/PeoplePage.tsx';
import { UsersPage } from '../core/users/UsersPage.tsx';
import { SettingsPage } from '../core/settings/SettingsPage.tsx';
import { AuditPage } from '../core/audit/AuditPage.tsx';
import { TipsPage } from '../tips/TipsPage.tsx';
import { TipStatsPage } from '../tips/stats/TipStatsPage.tsx';
import { CalendarPage } from '../core/calendar/CalendarPage.tsx';

export function PageView({ page }: { page: PageId }) {
  switch (page) {
    case 'home':
      return <HomePage />;
    case 'units':
      return <UnitsPage />;
    case 'people':
      return <PeoplePage />;
    case 'users':
      return <UsersPage />;
    case 'settings':
      return <SettingsPage />;
    case 'audit':
      return <AuditPage />;
    case 'tips':
      return <TipsPage />;
    case 'tipStats':
      return <TipStatsPage />;
    case 'calendar':
      return <CalendarPage />;
  }
}
