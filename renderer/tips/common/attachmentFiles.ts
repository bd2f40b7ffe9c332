// Attachments of a tip (scans, photos, documents): which files are accepted, the size limit,
// and the upload through tips.addAttachment. Files are opened by the system's viewer, never run.
import type { TipAttachment } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { readFileAsBase64 } from '../../kit/download.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { uploadProblem } from '../../kit/uploadFiles.ts';

export { formatSize } from '../../kit/uploadFiles.ts';
export { UPLOAD_ACCEPT as ATTACHMENT_ACCEPT, UPLOAD_HINT as ATTACHMENT_HINT, uploadProblem as attachmentProblem } from '../../kit/uploadFiles.ts';

/** `reporterFree`: the person marked the files 不含举报人信息 (roles without the 信访内容 right may open them). */
export async function uploadAttachment(tipId: number, file: File, reporterFree: boolean): Promise<TipAttachment> {
  const problem = uploadProblem(file);
  if (problem) throw new Error(problem);
  const dataBase64 = await readFileAsBase64(file);
  return api.call('tips.addAttachment', { tipId, file: { fileName: file.name, dataBase64 }, reporterFree });
}

/** Uploads one after another; returns a message per file that failed. */
export async function uploadAll(tipId: number, files: readonly File[], reporterFree = false): Promise<string[]> {
  const failures: string[] = [];
  for (const file of files) {
    try {
      await uploadAttachment(tipId, file, reporterFree);
    } catch (e: unknown) {
      failures.push(e instanceof Error && e.name !== 'ApiError' ? e.message : `“${file.name}”未能上传：${messageOf(e)}`);
    }
  }
  return failures;
}
