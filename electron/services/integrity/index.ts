// What other domains may use of the integrity index in this layer: its module.
export * from './module.ts';
export { publish, publicationRow, type AfterPublish } from './results/publish.ts';
