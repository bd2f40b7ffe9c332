// What other domains may use of core in this layer; anything else of it stays inside. The pages
// are reached only through pages.tsx, which loads each when it is first opened.
export * from './auth/ChangePasswordDialog.tsx';
export * from './auth/ChangePasswordScreen.tsx';
export * from './auth/LoginScreen.tsx';
export * from './auth/SetupScreen.tsx';
export * from './pages.tsx';
export * from './auth/LockScreen.tsx';
export * from './auth/RecoveryKeyDialog.tsx';
export * from './office/OfficeProfileReminder.tsx';
