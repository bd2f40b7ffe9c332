// What other domains may use of core in this layer; anything else of it stays inside.
export * from './audit/AuditPage.tsx';
export * from './auth/ChangePasswordDialog.tsx';
export * from './auth/ChangePasswordScreen.tsx';
export * from './auth/LoginScreen.tsx';
export * from './auth/SetupScreen.tsx';
export * from './calendar/CalendarPage.tsx';
export * from './home/HomePage.tsx';
export * from './settings/SettingsPage.tsx';
export * from './users/UsersPage.tsx';
export * from './pages.tsx';
