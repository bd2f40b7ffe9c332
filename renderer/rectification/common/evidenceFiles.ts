// 佐证材料: which files are accepted (the same as a tip's attachments), and the upload — one file a
// call through rect.addEvidence, with what it shows (材料说明).
import type { RectDetail } from '../../../shared/rectification/index.ts';
import { api } from '../../api/client.ts';
import { readFileAsBase64 } from '../../kit/download.ts';
import { messageOf } from '../../kit/forms/problem.ts';
import { uploadProblem } from '../../kit/uploadFiles.ts';

export { formatSize } from '../../kit/uploadFiles.ts';
export { UPLOAD_ACCEPT as EVIDENCE_ACCEPT, UPLOAD_HINT as EVIDENCE_HINT, uploadProblem as evidenceProblem } from '../../kit/uploadFiles.ts';

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
    const problem = uploadProblem(file);
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
