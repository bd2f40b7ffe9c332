// 佐证材料: files added to an item by the office's staff, checked and stored as a tip's attachments
// are (kernel/storedFiles.ts) — but not reporter data: every role that sees rectification may
// download them; each download is audited. Also the scan of a notice's 整改情况报告 (notices.ts).
import { AppError } from '../../../shared/kernel/errors.ts';
import type { RectDetail } from '../../../shared/rectification/index.ts';
import { insertFileRecord } from '../../../db/repos/kernel/files.ts';
import { getRectFile, insertEvent, insertRectFile, patchItem } from '../../../db/repos/rectification/items.ts';
import { audit, nowIso, today } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import { discardUpload, moveIntoPlace, prepareUpload, readStored, type Upload } from '../kernel/storedFiles.ts';
import { itemDetail, mustGetItem, requireStep } from './common.ts';

export const evidenceHandlers: HandlerGroup<'rect.addEvidence' | 'rect.downloadFile'> = {
  'rect.addEvidence': steps<'rect.addEvidence', Upload, RectDetail>({
    // Checked and written under a temporary name before the transaction (refused first if the step is not allowed).
    prepare: (call, input) => prepareUpload(call, input.file, () => requireStep(call, mustGetItem(call, input.id), 'evidence')),
    run: (call, input, up) => {
      const item = mustGetItem(call, input.id);
      requireStep(call, item, 'evidence');
      const at = nowIso(call);
      insertFileRecord(call.ctx.db, up.sha256, up.size, at);
      const id = insertRectFile(call.ctx.db, {
        itemId: item.id, reportId: null, sha256: up.sha256, fileName: up.fileName, size: up.size, note: input.note, at, userId: actorId(call), byName: actorName(call),
      });
      // The item's version moves: a page showing the old list of evidence is told to refresh before a check.
      if (!patchItem(call.ctx.db, item.id, item.version, {}, at)) throw new AppError('CONFLICT', `${item.number} 已被他人更新，请刷新后再试。`);
      insertEvent(call.ctx.db, {
        itemId: item.id, kind: '佐证材料', date: today(call), text: input.note ? `${up.fileName}（${input.note}）` : up.fileName,
        userId: actorId(call), byName: actorName(call), at,
      });
      audit(call, 'rect-file', id, `${item.number} ${up.fileName}`, { number: item.number, fileName: up.fileName, size: up.size, sha256: up.sha256 });
      return itemDetail(call, item.id);
    },
    finish: (call, detail, up) => {
      moveIntoPlace(call, up);
      return detail;
    },
    refused: (_call, _input, _error, up) => discardUpload(up),
  }),

  'rect.downloadFile': (call, input) => {
    const f = getRectFile(call.ctx.db, input.id);
    if (!f) throw new AppError('NOT_FOUND', '未找到该材料。');
    const data = readStored(call, f.sha256);
    audit(call, 'rect-file', f.id, f.fileName, { fileName: f.fileName, sha256: f.sha256, access: '下载' });
    return { fileName: f.fileName, dataBase64: data.toString('base64') };
  },
};
