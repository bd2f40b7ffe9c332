// What other domains may use of the registry: units, people, and its piece of the contract.
export * from './units.ts';
export * from './people.ts';
export { registryContract } from './ops.ts';
export { nameKey, unitNameKey } from './nameKey.ts';
