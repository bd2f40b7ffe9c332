// Core's pages: 首页 and the administrator's pages, each loaded when first opened.
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import type { PageDef } from '../app/pageTypes.ts';

export const corePages: readonly PageDef[] = [
  { id: 'home', title: '首页', op: 'home.summary', order: 0, icon: <HomeOutlined fontSize="small" />, routes: [{ path: 'home', load: () => import('./home/HomePage.tsx').then((m) => m.HomePage) }] },
  { id: 'office', title: '机关信息', op: 'office.update', order: 55, icon: <AccountBalanceOutlined fontSize="small" />, routes: [{ path: 'office', load: () => import('./office/OfficePage.tsx').then((m) => m.OfficePage) }] },
  { id: 'calendar', title: '节假日设置', op: 'calendar.set', order: 60, icon: <EventOutlined fontSize="small" />, routes: [{ path: 'calendar', load: () => import('./calendar/CalendarPage.tsx').then((m) => m.CalendarPage) }] },
  { id: 'users', title: '用户管理', op: 'users.list', order: 70, icon: <AdminPanelSettingsOutlined fontSize="small" />, routes: [{ path: 'users', load: () => import('./users/UsersPage.tsx').then((m) => m.UsersPage) }] },
  { id: 'settings', title: '系统设置', op: 'settings.update', order: 80, icon: <SettingsOutlined fontSize="small" />, routes: [{ path: 'settings', load: () => import('./settings/SettingsPage.tsx').then((m) => m.SettingsPage) }] },
  { id: 'audit', title: '审计日志', op: 'audit.list', order: 90, icon: <FactCheckOutlined fontSize="small" />, routes: [{ path: 'audit', load: () => import('./audit/AuditPage.tsx').then((m) => m.AuditPage) }] },
];
