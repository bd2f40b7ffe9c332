// What other domains may use of the closed loop in this layer: its module.
export * from './module.ts';
