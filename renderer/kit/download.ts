// Saves a file the service produced ({ fileName, dataBase64 }) through the browser's own
// download: Blob → object URL → <a download>. Works in Chromium and in Electron.
import type { FileResult } from '../../shared/kernel/common.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadFile(file: FileResult): void {
  const type = /\.xlsx$/i.test(file.fileName) ? XLSX_TYPE : 'application/octet-stream';
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.dataBase64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a chosen file as base64 (without the data: prefix), for the import operations. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      const comma = result.indexOf(',');
      resolve(comma >= 0 ? result.slice(comma + 1) : '');
    };
    reader.onerror = () => reject(new Error('无法读取所选文件，请确认文件没有被其他程序占用。'));
    reader.readAsDataURL(file);
  });
}
