// What other domains may use of rectification in this layer: its module.
export * from './module.ts';
