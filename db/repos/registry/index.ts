// What other domains may use of registry in this layer; anything else of it stays inside.
export * from './people.ts';
export * from './units.ts';
export { sortKey, type SortKeyKind } from './sortKey.ts';
export { searchCondition } from './search.ts';
