// What other domains may use of registry in this layer; anything else of it stays inside. The
// pages are reached only through pages.tsx, which loads each when it is first opened.
export * from './PersonPicker.tsx';
export { PersonEventsDialog } from './people/PersonEventsDialog.tsx';
export * from './UnitPicker.tsx';
export * from './pages.tsx';
export * from './unitParam.ts';
