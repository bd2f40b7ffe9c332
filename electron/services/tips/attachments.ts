// Attachments (scanned letters and the like): checked by type and content, stored once by their
// SHA-256 in the data folder beside the database — encrypted (kernel/sealedFiles.ts, the install's
// files key) — opened with the system viewer from a private plaintext copy, never run.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { AppError } from '../../../shared/kernel/errors.ts';
import { OWNER_DIR, OWNER_FILE, restrict } from '../../../db/ownerOnly.ts';
import { displayFileName } from '../../../shared/kernel/fileNames.ts';
import { checkOfficePackage, checkPdf } from './fileChecks.ts';
import { getAttachment, insertAttachment, insertFileRecord } from '../../../db/repos/tips/tips.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { openSealed, seal, SealedFileError } from '../kernel/sealedFiles.ts';
import { actorName, mustGetTip, note, refuseIfArchived } from './common.ts';
import { mayAddAttachment } from '../../../shared/tips/flow.ts';
import { isLocal, userOf } from '../kernel/caller.ts';
import type { TipRecord } from '../../../db/repos/tips/tips.ts';
import { mayReadContent } from './view.ts';
import type { TipAttachment } from '../../../shared/tips/ledger.ts';

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

export function attachmentsDir(call: Call): string {
  return attachmentsFolder(call.ctx.dbFile);
}

function storedPath(call: Call, sha256: string): string {
  return join(attachmentsDir(call), sha256.slice(0, 2), sha256);
}

interface Upload {
  fileName: string;
  size: number;
  sha256: string;
  /** The content under a temporary name; null when the same content is stored already. */
  temp: string | null;
}

/** Writes the content under a temporary name beside its place, before the record is written. */
function storeTemp(call: Call, data: Buffer, sha256: string): string | null {
  const path = storedPath(call, sha256);
  if (existsSync(path)) return null;
  // Readable by the user only: a scanned letter may name the reporter.
  mkdirSync(dirname(path), { recursive: true, mode: OWNER_DIR });
  restrict(attachmentsDir(call), OWNER_DIR);
  const tmp = `${path}.${randomUUID()}.tmp`;
  writeFileSync(tmp, seal(call.ctx.keys.files, sha256, data), { flag: 'wx', mode: OWNER_FILE });
  return tmp;
}

/** After the commit: the temporary file becomes the stored content (or goes, if another upload placed it). */
function moveIntoPlace(call: Call, up: Upload): void {
  if (!up.temp) return;
  const path = storedPath(call, up.sha256);
  if (existsSync(path)) rmSync(up.temp, { force: true });
  else renameSync(up.temp, path);
}

/** The content of a stored attachment, decrypted and checked against its SHA-256. */
function readStored(call: Call, sha256: string): Buffer {
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

/** An attachment the caller may open — with the 信访内容 right every one, without it only those marked 不含举报人信息. */
function openableAttachment(call: Call, id: number): TipAttachment & { tipId: number } {
  const a = getAttachment(call.ctx.db, id);
  if (!a) throw new AppError('NOT_FOUND', '未找到该附件。');
  if (!a.reporterFree && !mayReadContent(call)) {
    throw new AppError('FORBIDDEN', '该附件可能含有举报人信息，您的角色无权查看（可查看信访内容的角色由系统管理员在系统设置中指定）。');
  }
  return a;
}

/**
 * Adding an attachment: the tip's clerks and its assigned handler, never on an archived tip
 * (shared/tips/flow.ts mayAddAttachment); the command line, which holds the file, may.
 */
function mayAdd(call: Call, tip: TipRecord): void {
  refuseIfArchived(tip);
  const user = userOf(call);
  if (isLocal(call) || (user && mayAddAttachment(user, tip))) return;
  throw new AppError('FORBIDDEN', `只有信访室、案件监督管理室和本件的承办人可以为 ${tip.number} 上传附件。`);
}

function auditAccess(call: Call, a: TipAttachment & { tipId: number }, action: '下载' | '打开'): void {
  const tip = mustGetTip(call, a.tipId);
  audit(call, 'tip-attachment', a.id, `${tip.number} ${a.fileName}`, { number: tip.number, fileName: a.fileName, access: action });
}

type AttachmentOps = 'tips.addAttachment' | 'tips.downloadAttachment' | 'tips.openAttachment';

export const tipAttachmentHandlers: HandlerGroup<AttachmentOps> = {
  'tips.addAttachment': steps<'tips.addAttachment', Upload>({
    // Checked and written under a temporary name before the transaction (nothing in the database yet).
    prepare: async (call, input) => {
      const fileName = displayFileName(input.file.fileName);
      const ext = extname(fileName).toLowerCase();
      const check = TYPES[ext];
      if (!check) throw new AppError('VALIDATION', '附件只能是 pdf、jpg、png、docx、xlsx 或 txt 文件。', { file: '文件类型不允许' });
      const data = Buffer.from(input.file.dataBase64, 'base64');
      if (data.length === 0) throw new AppError('VALIDATION', '附件是空文件。', { file: '空文件' });
      if (data.length > MAX_ATTACHMENT_BYTES) throw new AppError('VALIDATION', '附件不能超过10MB。', { file: '超过10MB' });
      if (!check(data)) throw new AppError('VALIDATION', `“${fileName}”的内容与扩展名${ext}不符，请确认文件未损坏。`, { file: '内容与扩展名不符' });
      const problem = await contentProblem(ext, data);
      if (problem) throw new AppError('VALIDATION', `“${fileName}”${problem}。`, { file: problem });
      mayAdd(call, mustGetTip(call, input.tipId));
      const sha256 = createHash('sha256').update(data).digest('hex');
      return { fileName, size: data.length, sha256, temp: storeTemp(call, data, sha256) };
    },
    run: (call, input, up) => {
      const tip = mustGetTip(call, input.tipId);
      mayAdd(call, tip);
      insertFileRecord(call.ctx.db, up.sha256, up.size, nowIso(call));
      const reporterFree = input.reporterFree;
      const id = insertAttachment(call.ctx.db, { tipId: tip.id, sha256: up.sha256, fileName: up.fileName, size: up.size, at: nowIso(call), by: actorName(call), reporterFree });
      note(call, tip, '上传附件', reporterFree ? `${up.fileName}（不含举报人信息）` : up.fileName);
      audit(call, 'tip-attachment', id, `${tip.number} ${up.fileName}`, { number: tip.number, fileName: up.fileName, size: up.size, sha256: up.sha256, reporterFree });
      return { id, fileName: up.fileName, size: up.size, sha256: up.sha256, addedAt: nowIso(call), addedBy: actorName(call), reporterFree };
    },
    // Committed: the content moves into its place (kept once per SHA-256).
    finish: (call, attachment, up) => {
      moveIntoPlace(call, up);
      return attachment;
    },
    refused: (_call, _input, _error, up) => {
      if (up?.temp) rmSync(up.temp, { force: true });
    },
  }),

  // Every download and every opening is audited (the file may name the reporter); a refused one
  // is audited as a refusal.
  'tips.downloadAttachment': (call, input) => {
    const a = openableAttachment(call, input.id);
    const data = readStored(call, a.sha256);
    auditAccess(call, a, '下载');
    return { fileName: a.fileName, dataBase64: data.toString('base64') };
  },

  'tips.openAttachment': steps<'tips.openAttachment', undefined, { data: Buffer; fileName: string }>({
    run: (call, input) => {
      const a = openableAttachment(call, input.id);
      const data = readStored(call, a.sha256);
      auditAccess(call, a, '打开');
      return { data, fileName: a.fileName };
    },
    // The viewer gets a plaintext copy in the app's private folder (electron/main/viewerFolder.ts).
    finish: async (call, file) => ({ opened: call.ctx.openFile ? await call.ctx.openFile(file.data, file.fileName) : false }),
  }),
};
