// What other domains may use of the closed loop in this layer: the trace section on the pages of
// what a consequence made, a unit's consequences on its 廉情指数 page, the note after publishing, and
// the period page's address. Nothing here imports those domains' pages back (they are reached by
// hash addresses).
export * from './pages.tsx';
export { ConsequenceTrace, PublishedNote, UnitConsequences } from './trace/lazySections.tsx';
export type { TraceOf } from './trace/ConsequenceTrace.tsx';
export { consequencesPath } from './common/routes.ts';
