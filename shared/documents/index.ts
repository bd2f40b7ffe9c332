// What other domains may use of documents: the description of a document, the 文号 rules, the
// register's shapes, and its piece of the contract.
export * from './spec.ts';
export * from './numbers.ts';
export * from './register.ts';
export { documentsContract, DOC_WRITERS } from './ops.ts';
export {
  documentSettings, DEFAULT_NOTICE_NUMBER_FORMAT, DEFAULT_WARNING_NUMBER_FORMAT, DEFAULT_WARNING_DEADLINE_DAYS,
  DEFAULT_INQUIRY_NUMBER_FORMAT, DEFAULT_ENTRUST_NUMBER_FORMAT, DEFAULT_TALK_NOTICE_NUMBER_FORMAT,
  DEFAULT_ADVICE_NUMBER_FORMAT,
} from './settings.ts';
export * from './warning.ts';
export * from './interviewNotice.ts';
export * from './advice.ts';
export * from './forms.ts';
export * from './kinds.ts';
export { officialDate } from './dates.ts';
export { blocksFromText } from './text.ts';
