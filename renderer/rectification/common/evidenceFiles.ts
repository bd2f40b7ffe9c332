// 佐证材料: which files are accepted (the same as a tip's attachments), and the upload — one file a
// call through rect.addEvidence, with what it shows (材料说明).
import type { RectDetail } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { readFileAsBase64 } from '../../kit/download.ts';
import { messageOf } from '../../kit/forms/problem.ts';

export const EVIDENCE_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.docx', '.xlsx', '.txt'] as const;
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.join(',');
const MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_HINT = '支持 PDF、JPG、PNG、DOCX、XLSX、TXT，每个文件不超过10MB';

/** Why a chosen file cannot be uploaded, or null. */
export function evidenceProblem(file: File): string | null {
  const lower = file.name.toLowerCase();
  if (!EVIDENCE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return `“${file.name}”的类型不支持（${EVIDENCE_HINT}）`;
  if (file.size > MAX_BYTES) return `“${file.name}”超过10MB，请压缩或拆分后再上传`;
  if (file.size === 0) return `“${file.name}”是空文件`;
  return null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Uploads one after another; returns the names uploaded, the item as the last upload left it
 * (each upload moves its version), and a message per file that failed.
 */
export async function uploadEvidence(
  itemId: number,
  files: readonly File[],
  note: string,
): Promise<{ done: string[]; item: RectDetail | null; failures: string[] }> {
  const done: string[] = [];
  let item: RectDetail | null = null;
  const failures: string[] = [];
  for (const file of files) {
    const problem = evidenceProblem(file);
    if (problem) {
      failures.push(problem);
      continue;
    }
    try {
      const dataBase64 = await readFileAsBase64(file);
      item = await api.call('rect.addEvidence', { id: itemId, file: { fileName: file.name, dataBase64 }, note });
      done.push(file.name);
    } catch (e: unknown) {
      failures.push(`“${file.name}”未能上传：${messageOf(e)}`);
    }
  }
  return { done, item, failures };
}
