import type { PageId } from './pages.ts';
import { HomePage } from '../pages/home/HomePage.tsx';
import { UnitsPage } from '../pages/units/UnitsPage.tsx';
import { PeoplePage } from '../pages/people/PeoplePage.tsx';
import { UsersPage } from '../pages/users/UsersPage.tsx';
import { SettingsPage } from '../pages/settings/SettingsPage.tsx';
import { AuditPage } from '../pages/audit/AuditPage.tsx';
import { TipsPage } from '../pages/tips/TipsPage.tsx';
import { TipStatsPage } from '../pages/tipStats/TipStatsPage.tsx';
import { CalendarPage } from '../pages/calendar/CalendarPage.tsx';

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
