// What other domains may use of documents in this layer.
export { documentNumbersById } from './documents.ts';
export { frozenFileProblems } from './files.ts';
export { getDocument } from './documents.ts';
