// What other domains may use of the integrity index's store.
export { latestEnabledScheme, getScheme } from './schemes.ts';
