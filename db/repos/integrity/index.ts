// What other domains may use of the integrity index's store.
export { latestEnabledScheme, getScheme } from './schemes.ts';
// The closed loop (consequences) reads the period's publications: the one in force and by id.
export { publicationInForce, publicationsInForce, getPublication, type StoredPublication } from './publications.ts';
