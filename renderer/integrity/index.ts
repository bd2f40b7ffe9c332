// What other domains may use of the integrity index in the renderer; the pages are reached only
// through pages.tsx, which loads each when it is first opened.
export * from './pages.tsx';
