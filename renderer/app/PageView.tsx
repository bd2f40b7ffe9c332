import type { PageId } from './pages.ts';
import { HomePage } from '../core/index.ts';
import { UnitsPage } from '../registry/index.ts';
import { PeoplePage } from '../registry/index.ts';
import { UsersPage } from '../core/index.ts';
import { SettingsPage } from '../core/index.ts';
import { AuditPage } from '../core/index.ts';
import { TipsPage } from '../tips/index.ts';
import { TipStatsPage } from '../tips/index.ts';
import { CalendarPage } from '../core/index.ts';

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
