// What other domains may use of documents in this layer: the module, the engine and the builders
// (tips prints its forms on them), and the office as documents name it.
export * from './module.ts';
export { renderDocx } from './engine/render.ts';
export { docOffice, docFileName } from './compose.ts';
export { buildNotice } from './builders/notice.ts';
export { buildTipRegisterForm } from './builders/tipRegisterForm.ts';
export { buildTipApprovalForm } from './builders/tipApprovalForm.ts';
export { buildTipClosingReport } from './builders/tipClosingReport.ts';
