// A workbook as the answer of an export: named for the list and the office's date (名册_20261121.xlsx).
import type { FileResult } from '../../../../shared/kernel/common.ts';
import { today, type Call } from '../context.ts';

export function fileResult(name: string, call: Call, data: Uint8Array): FileResult {
  const stamp = today(call).replace(/-/g, '');
  return { fileName: `${name}_${stamp}.xlsx`, dataBase64: Buffer.from(data).toString('base64') };
}
