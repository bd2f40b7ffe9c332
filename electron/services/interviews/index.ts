// What other domains may use of interviews in this layer: its module.
export * from './module.ts';
