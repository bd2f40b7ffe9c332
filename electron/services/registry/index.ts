// What other domains may use of registry in this layer; anything else of it stays inside.
export * from './demo/demoData.ts';
export * from './module.ts';
export * from './demo/load.ts';
