// Preview, issue and download. A draft's preview is rendered after the read with its 文号 left
// open; an issued document is its frozen file, byte for byte. docs.issue issues a 通知 or a
// 预警建议书 one at a time (issueSteps; the index's consequences issue a year's 建议书 in a batch);
// a 预警告知书 is issued by the rectification domain's own operation, which makes its items, and a
// talk's or letter's notice by the interviews domain's, which starts its deadline.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { DocDetail } from '../../../shared/documents/register.ts';
import { isInterviewDocKind } from '../../../shared/documents/interviewNotice.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import type { OfficeProfile } from '../../../shared/core/index.ts';
import { getDocumentFile } from '../../../db/repos/documents/files.ts';
import type { Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { requireOfficeProfile } from '../core/index.ts';
import { docFileName } from './compose.ts';
import { mustGetDocument } from './drafts.ts';
import { issueSteps } from './issueSteps.ts';
import { openNumber, renderDocument } from './rendering.ts';

/** Said when docs.issue is asked to issue a 预警告知书. */
export const WARNING_ISSUE_REFUSAL = '预警告知书印发时会生成整改事项，请在预警告知书页面用“印发”办理。';
/** Said when docs.issue is asked to issue a talk's or letter's notice. */
export const INTERVIEW_NOTICE_ISSUE_REFUSAL = '函询通知书、委托谈话通知书和谈话通知印发时会开始计算谈话函询的期限，请用该文书页面的“印发”办理。';

/** An issued document's file as frozen at issue, byte for byte. */
function frozenFile(call: Call, doc: DocDetail): FileResult {
  if (doc.status !== '已印发' || doc.sha256 === null) throw new AppError('CONFLICT', '草稿尚未印发，没有定稿文件；请用“预览”查看。');
  const bytes = getDocumentFile(call.ctx.db, doc.sha256);
  if (!bytes) throw new AppError('INTERNAL', `${doc.number} 的文件缺失，请用“lianqing check”检查数据。`);
  return { fileName: docFileName(doc.number, doc.title), dataBase64: bytes.toString('base64') };
}

interface PreviewData {
  doc: DocDetail;
  number: string;
  profile: OfficeProfile;
}

export const issueHandlers: HandlerGroup<'docs.preview' | 'docs.issue' | 'docs.download'> = {
  // A draft as it will print (文号 left open); an issued document is its frozen file, never rendered again.
  'docs.preview': steps<'docs.preview', undefined, PreviewData | FileResult>({
    run: (call, input) => {
      const doc = mustGetDocument(call, input.id);
      if (doc.status === '已印发') return frozenFile(call, doc);
      const profile = requireOfficeProfile(call.ctx.db);
      return { doc, number: openNumber(call, doc, profile), profile };
    },
    finish: async (_call, data): Promise<FileResult> => {
      if (!('doc' in data)) return data;
      const bytes = await renderDocument(data.doc, data.number, data.profile);
      return { fileName: docFileName('草稿', data.doc.title), dataBase64: Buffer.from(bytes).toString('base64') };
    },
  }),

  'docs.issue': issueSteps({
    kinds: ['notice', 'advice'],
    refusal: (doc) => (isInterviewDocKind(doc.kind) ? INTERVIEW_NOTICE_ISSUE_REFUSAL : WARNING_ISSUE_REFUSAL),
  }),

  'docs.download': (call, input) => frozenFile(call, mustGetDocument(call, input.id)),
};
