// What other domains may use of registry in this layer; anything else of it stays inside.
export * from './UnitPicker.tsx';
export * from './people/PeoplePage.tsx';
export * from './units/UnitsPage.tsx';
export * from './pages.tsx';
