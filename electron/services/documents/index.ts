// What other domains may use of documents in this layer: the module, the engine and the builders
// (tips prints its forms on them), the office as documents name it, and the issue steps (an
// operation of another domain that issues a kind of 公文 and writes what comes with it).
export * from './module.ts';
export { renderDocx } from './engine/render.ts';
export { docOffice, docFileName, warningDocument } from './compose.ts';
export { renderCombined, openNumber } from './rendering.ts';
export { issueSteps, type IssueOp, type IssueStepsOptions } from './issueSteps.ts';
export { issueBatchSteps, type IssueBatchOp, type IssueBatchOptions, type RenderedBatch, type DraftVersion } from './issueBatch.ts';
export { createDraft, createDraft as createDocumentDraft } from './drafts.ts';
export { buildNotice } from './builders/notice.ts';
export { buildWarningNotice } from './builders/warningNotice.ts';
export { buildInterviewNotice } from './builders/interviewNotice.ts';
export { buildTalkRecord } from './builders/talkRecord.ts';
export { buildTipRegisterForm } from './builders/tipRegisterForm.ts';
export { buildTipApprovalForm } from './builders/tipApprovalForm.ts';
export { buildTipClosingReport } from './builders/tipClosingReport.ts';
