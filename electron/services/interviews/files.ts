// A talk's or letter's files — the signed record, the 反馈单, the reply's scan, other material —
// checked and stored as a tip's attachments are (kernel/storedFiles.ts). They carry the record's
// content: downloading one asks the content right (系统设置 → 谈话函询), and every download is audited.
import { extname } from 'node:path';
import { AppError } from '../../../shared/kernel/errors.ts';
import type { InterviewDetail } from '../../../shared/interviews/index.ts';
import { insertFileRecord } from '../../../db/repos/kernel/files.ts';
import { getInterviewFile, insertInterviewFile } from '../../../db/repos/interviews/files.ts';
import { updateInterview } from '../../../db/repos/interviews/records.ts';
import { audit, nowIso, today } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import { discardUpload, moveIntoPlace, prepareUpload, readStored, type Upload } from '../kernel/storedFiles.ts';
import { mustGetInterview, note, requireContent, requireStep } from './common.ts';
import { interviewDetail } from './view.ts';

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain',
};

function mimeOf(fileName: string): string {
  return MIME[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

export const fileHandlers: HandlerGroup<'interviews.addFile' | 'interviews.downloadFile'> = {
  'interviews.addFile': steps<'interviews.addFile', Upload, InterviewDetail>({
    // Checked and written under a temporary name before the transaction (refused first if the step is not allowed).
    prepare: (call, input) => prepareUpload(call, input.file, () => requireStep(call, mustGetInterview(call, input.id), 'addFile')),
    run: (call, input, up) => {
      const r = mustGetInterview(call, input.id);
      requireStep(call, r, 'addFile');
      const at = nowIso(call);
      insertFileRecord(call.ctx.db, up.sha256, up.size, at);
      const id = insertInterviewFile(call.ctx.db, {
        interviewId: r.id, kind: input.kind, sha256: up.sha256, fileName: up.fileName, mime: mimeOf(up.fileName), size: up.size, at,
        userId: actorId(call), byName: actorName(call),
      });
      // The record's version moves: a page showing the old list of files is told to refresh before 办结.
      if (!updateInterview(call.ctx.db, r.id, r.version, {}, at)) throw new AppError('CONFLICT', `${r.number} 已被他人更新，请刷新后再试。`);
      note(call, r, '上传材料', `${input.kind}：${up.fileName}`, today(call));
      audit(call, 'interview-file', id, `${r.number} ${up.fileName}`, { number: r.number, fileKind: input.kind, fileName: up.fileName, size: up.size, sha256: up.sha256 });
      return interviewDetail(call, r.id);
    },
    finish: (call, detail, up) => {
      moveIntoPlace(call, up);
      return detail;
    },
    refused: (_call, _input, _error, up) => discardUpload(up),
  }),

  'interviews.downloadFile': (call, input) => {
    const f = getInterviewFile(call.ctx.db, input.id);
    if (!f) throw new AppError('NOT_FOUND', '未找到该材料。');
    requireContent(call, '查看谈话函询材料');
    const r = mustGetInterview(call, f.interviewId);
    const data = readStored(call, f.sha256);
    audit(call, 'interview-file', f.id, `${r.number} ${f.fileName}`, { number: r.number, fileKind: f.kind, fileName: f.fileName, sha256: f.sha256, access: '下载' });
    return { fileName: f.fileName, dataBase64: data.toString('base64') };
  },
};
