// What other domains may use of core in this layer; anything else of it stays inside.
export * from './audit.ts';
export * from './calendar.ts';
export * from './meta.ts';
export * from './users.ts';
export * from './office.ts';
