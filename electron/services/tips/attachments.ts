// Attachments (scanned letters and the like): checked by type and content, stored once by their
// SHA-256 in the data folder beside the database — encrypted (kernel/sealedFiles.ts, the install's
// files key) — opened with the system viewer from a private plaintext copy, never run.
import { AppError } from '../../../shared/kernel/errors.ts';
import { getAttachment, insertAttachment, insertFileRecord } from '../../../db/repos/tips/tips.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { discardUpload, moveIntoPlace, prepareUpload, readStored, type Upload } from '../kernel/storedFiles.ts';
import { actorName, mustGetTip, note, refuseIfArchived } from './common.ts';
import { mayAddAttachment } from '../../../shared/tips/flow.ts';
import { isLocal, userOf } from '../kernel/caller.ts';
import type { TipRecord } from '../../../db/repos/tips/tips.ts';
import { mayReadContent } from './view.ts';
import type { TipAttachment } from '../../../shared/tips/ledger.ts';

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
      return prepareUpload(call, input.file, () => mayAdd(call, mustGetTip(call, input.tipId)));
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
    refused: (_call, _input, _error, up) => discardUpload(up),
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
