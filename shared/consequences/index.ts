// What other domains may use of the closed loop (预警闭环).
export * from './enums.ts';
export * from './flow.ts';
export * from './templates.ts';
export * from './rules.ts';
export * from './forms.ts';
export * from './views.ts';
export { consequenceSettings } from './settings.ts';
export { consequencesContract } from './ops.ts';
