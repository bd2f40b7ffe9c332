// What other domains may use of the integrity index.
export * from './enums.ts';
export * from './decimal.ts';
export * from './scheme.ts';
export { DEFAULT_SCHEME } from './defaultScheme.ts';
export * from './inputs.ts';
export * from './results.ts';
export * from './flow.ts';
export * from './forms.ts';
export * from './views.ts';
export * from './engine/index.ts';
export { schemeProblems } from './schemeRules.ts';
export { integrityContract } from './ops.ts';
