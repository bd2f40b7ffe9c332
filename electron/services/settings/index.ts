// What other domains may use of the settings: the current values, and the module.
export { getSettings } from './settings.ts';
export * from './module.ts';
