// What other domains may use of documents in this layer.
export { documentNumbersById } from './documents.ts';
