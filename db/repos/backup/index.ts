// What other domains may use of backup's repos (none do yet; the services of backup use them).
export * from './snapshot.ts';
