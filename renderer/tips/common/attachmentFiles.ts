// Attachments of a tip (scans, photos, documents): which files are accepted, the size limit,
// and the upload through tips.addAttachment. Files are opened by the system's viewer, never run.
import type { TipAttachment } from '../../../shared/tips/ledger.ts';
import { api } from '../../api/client.ts';
import { readFileAsBase64 } from '../../kit/download.ts';
import { messageOf } from '../../kit/forms/problem.ts';

export const ATTACHMENT_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.docx', '.xlsx', '.txt'] as const;
export const ATTACHMENT_ACCEPT = ATTACHMENT_EXTENSIONS.join(',');
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_HINT = '支持 PDF、JPG、PNG、DOCX、XLSX、TXT，每个文件不超过10MB';

/** Why a chosen file cannot be attached, or null when it can. */
export function attachmentProblem(file: File): string | null {
  const lower = file.name.toLowerCase();
  if (!ATTACHMENT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return `“${file.name}”的类型不支持（${ATTACHMENT_HINT}）`;
  if (file.size > MAX_ATTACHMENT_BYTES) return `“${file.name}”超过10MB，请压缩或拆分后再上传`;
  if (file.size === 0) return `“${file.name}”是空文件`;
  return null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `reporterFree`: the person marked the files 不含举报人信息 (roles without the 信访内容 right may open them). */
export async function uploadAttachment(tipId: number, file: File, reporterFree: boolean): Promise<TipAttachment> {
  const problem = attachmentProblem(file);
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
