// Files a person may upload (a tip's attachments, an item's 佐证材料, a report's scan): the types the
// service accepts (it checks the content again), the size limit, and the sizes as shown.

export const UPLOAD_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.docx', '.xlsx', '.txt'] as const;
export const UPLOAD_ACCEPT = UPLOAD_EXTENSIONS.join(',');
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_HINT = '支持 PDF、JPG、PNG、DOCX、XLSX、TXT，每个文件不超过10MB';

/** Why a chosen file cannot be uploaded, or null when it can. */
export function uploadProblem(file: File): string | null {
  const lower = file.name.toLowerCase();
  if (!UPLOAD_EXTENSIONS.some((ext) => lower.endsWith(ext))) return `“${file.name}”的类型不支持（${UPLOAD_HINT}）`;
  if (file.size > MAX_UPLOAD_BYTES) return `“${file.name}”超过10MB，请压缩或拆分后再上传`;
  if (file.size === 0) return `“${file.name}”是空文件`;
  return null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
