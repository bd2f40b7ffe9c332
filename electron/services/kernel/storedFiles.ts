// Stored files (a tip's scanned letters, a rectification item's 佐证材料): checked by type and
// content, stored once by their SHA-256 in the data folder beside the database — encrypted
// (sealedFiles.ts, the install's files key) — written under a temporary name before the
// transaction and moved into place after its commit; read back only when the content still hashes
// to its name. The `files` table records every stored content (the start sweep keeps those).
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { AppError } from '../../../shared/kernel/errors.ts';
import { displayFileName } from '../../../shared/kernel/fileNames.ts';
import { OWNER_DIR, OWNER_FILE, restrict } from '../../../db/ownerOnly.ts';
import { checkOfficePackage, checkPdf } from './fileChecks.ts';
import { openSealed, seal, SealedFileError } from './sealedFiles.ts';
import type { Call } from './context.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Allowed types: the extension and the first bytes must agree. */
const TYPES: Record<string, (b: Buffer) => boolean> = {
  '.pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  '.jpg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.docx': (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  '.xlsx': (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  '.txt': isPlainText,
};

/** Beyond the first bytes: what the content holds (fileChecks.ts). Null: accepted. */
async function contentProblem(ext: string, data: Buffer): Promise<string | null> {
  if (ext === '.docx' || ext === '.xlsx') return checkOfficePackage(data, ext);
  if (ext === '.pdf') return checkPdf(data);
  return null;
}

/**
 * Plain text: the whole file decodes strictly as UTF-8 (with or without its BOM) or, as Chinese
 * offices' older files do, as GB18030; and holds no control character other than tab and line
 * breaks. (A program renamed .txt fails on its NUL and control bytes.)
 */
function isPlainText(b: Buffer): boolean {
  const text = strictDecode(b, 'utf-8') ?? strictDecode(b, 'gb18030');
  return text !== null && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(text);
}

function strictDecode(b: Buffer, encoding: 'utf-8' | 'gb18030'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

/** The attachments beside the database file: attachments/ab/abcd… by SHA-256. */
export function attachmentsFolder(dbFile: string): string {
  return join(dirname(dbFile), 'attachments');
}

function attachmentsDir(call: Call): string {
  return attachmentsFolder(call.ctx.dbFile);
}

function storedPath(call: Call, sha256: string): string {
  return join(attachmentsDir(call), sha256.slice(0, 2), sha256);
}

/** A checked upload, its content written under a temporary name (null: the same content is stored already). */
export interface Upload {
  fileName: string;
  size: number;
  sha256: string;
  temp: string | null;
}

/**
 * An uploaded file checked — allowed type, extension and first bytes agreeing, the content's own
 * checks, 10 MB at most — refused with what to fix; its name as shown (no folders, 120 characters).
 */
export async function checkedUpload(file: { fileName: string; dataBase64: string }): Promise<{ fileName: string; data: Buffer; sha256: string }> {
  const fileName = displayFileName(file.fileName);
  const ext = extname(fileName).toLowerCase();
  const check = TYPES[ext];
  if (!check) throw new AppError('VALIDATION', '附件只能是 pdf、jpg、png、docx、xlsx 或 txt 文件。', { file: '文件类型不允许' });
  const data = Buffer.from(file.dataBase64, 'base64');
  if (data.length === 0) throw new AppError('VALIDATION', '附件是空文件。', { file: '空文件' });
  if (data.length > MAX_ATTACHMENT_BYTES) throw new AppError('VALIDATION', '附件不能超过10MB。', { file: '超过10MB' });
  if (!check(data)) throw new AppError('VALIDATION', `“${fileName}”的内容与扩展名${ext}不符，请确认文件未损坏。`, { file: '内容与扩展名不符' });
  const problem = await contentProblem(ext, data);
  if (problem) throw new AppError('VALIDATION', `“${fileName}”${problem}。`, { file: problem });
  return { fileName, data, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Writes the content, sealed, under a temporary name beside its place, before the record is written. */
export function storeTemp(call: Call, data: Buffer, sha256: string): string | null {
  const path = storedPath(call, sha256);
  if (existsSync(path)) return null;
  // Readable by the user only: a scanned letter may name the reporter.
  mkdirSync(dirname(path), { recursive: true, mode: OWNER_DIR });
  restrict(attachmentsDir(call), OWNER_DIR);
  const tmp = `${path}.${randomUUID()}.tmp`;
  writeFileSync(tmp, seal(call.ctx.keys.files, sha256, data), { flag: 'wx', mode: OWNER_FILE });
  return tmp;
}

/**
 * An upload checked and written aside (the `prepare` step of an operation that stores a file).
 * `allowed` runs after the checks and before anything is written (it throws to refuse).
 */
export async function prepareUpload(call: Call, file: { fileName: string; dataBase64: string }, allowed: () => void): Promise<Upload> {
  const { fileName, data, sha256 } = await checkedUpload(file);
  allowed();
  return { fileName, size: data.length, sha256, temp: storeTemp(call, data, sha256) };
}

/** After the commit: the temporary file becomes the stored content (or goes, if another upload placed it). */
export function moveIntoPlace(call: Call, up: Upload): void {
  if (!up.temp) return;
  const path = storedPath(call, up.sha256);
  if (existsSync(path)) rmSync(up.temp, { force: true });
  else renameSync(up.temp, path);
}

/** A refused or failed upload: its temporary file goes. */
export function discardUpload(up: Upload | undefined): void {
  if (up?.temp) rmSync(up.temp, { force: true });
}

/** The content of a stored file, decrypted and checked against its SHA-256. */
export function readStored(call: Call, sha256: string): Buffer {
  const path = storedPath(call, sha256);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', '附件文件已不在数据文件夹中，请从备份恢复。');
  const changed = () => new AppError('CONFLICT', '附件文件已被改动，与登记时不一致，请从备份恢复。');
  let data: Buffer;
  try {
    data = openSealed(call.ctx.keys.files, sha256, readFileSync(path));
  } catch (error) {
    if (error instanceof SealedFileError) throw changed();
    throw error;
  }
  if (createHash('sha256').update(data).digest('hex') !== sha256) throw changed();
  return data;
}
