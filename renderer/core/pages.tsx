// Core's pages: 首页 and the administrator's pages.
import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import type { PageDef } from '../app/pageTypes.ts';
import { HomePage } from './home/HomePage.tsx';
import { CalendarPage } from './calendar/CalendarPage.tsx';
import { UsersPage } from './users/UsersPage.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';
import { AuditPage } from './audit/AuditPage.tsx';

export const corePages: readonly PageDef[] = [
  { id: 'home', title: '首页', op: 'home.summary', order: 0, icon: <HomeOutlined fontSize="small" />, component: HomePage },
  { id: 'calendar', title: '节假日设置', op: 'calendar.set', order: 60, icon: <EventOutlined fontSize="small" />, component: CalendarPage },
  { id: 'users', title: '用户管理', op: 'users.list', order: 70, icon: <AdminPanelSettingsOutlined fontSize="small" />, component: UsersPage },
  { id: 'settings', title: '系统设置', op: 'settings.update', order: 80, icon: <SettingsOutlined fontSize="small" />, component: SettingsPage },
  { id: 'audit', title: '审计日志', op: 'audit.list', order: 90, icon: <FactCheckOutlined fontSize="small" />, component: AuditPage },
];
