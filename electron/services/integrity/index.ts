// What other domains may use of the integrity index in this layer: its module.
export * from './module.ts';
export { publish, publicationRow, type AfterPublish } from './results/publish.ts';
// The closed loop reads a publication's scheme version (what a 建议书's weak points are measured against).
export { schemeById, type LoadedScheme } from './common.ts';
