// What other domains may use of interviews in this layer: its module, and registering a talk (the
// closed loop plans a grade-C unit's 廉政谈话 through it).
export * from './module.ts';
export { createInterview } from './records.ts';
