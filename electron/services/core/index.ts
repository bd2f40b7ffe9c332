// What other domains may use of core in this layer; anything else of it stays inside.
export * from './module.ts';
export * from './passwords.ts';
export { officeProfile, requireOfficeProfile } from './office.ts';
