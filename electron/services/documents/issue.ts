// Preview, issue and download. Issuing takes the kind's next 文号 for the year of the 成文日期 and
// renders the file with it before the transaction (the engine is asynchronous); issues of one kind
// are taken one at a time (documentTurns), and the transaction checks that the number is still
// the next one and the draft still the version rendered — so numbers are unique and in order,
// and the bytes stored are the bytes of what was issued. The file is then frozen by its hash.
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/kernel/errors.ts';
import { formatDocNumber, issueDateProblem, numberYear } from '../../../shared/documents/numbers.ts';
import { DEFAULT_NOTICE_NUMBER_FORMAT } from '../../../shared/documents/settings.ts';
import type { DocDetail, DocKind } from '../../../shared/documents/register.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import type { OfficeProfile } from '../../../shared/core/index.ts';
import { getDocument, markIssued, nextSerial } from '../../../db/repos/documents/documents.ts';
import { getDocumentFile, putDocumentFile } from '../../../db/repos/documents/files.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { signedInUser } from '../kernel/caller.ts';
import { readCommitted } from '../kernel/gate.ts';
import { requireOfficeProfile } from '../core/index.ts';
import { getSettings } from '../settings/index.ts';
import { renderDocx } from './engine/render.ts';
import { docFileName, noticeDocument } from './compose.ts';
import { mustGetDocument, mustGetDraft } from './drafts.ts';

function numberFormat(call: Call, kind: DocKind): string {
  const settings = getSettings(call.ctx.db);
  switch (kind) {
    case 'notice':
      return settings.noticeNumberFormat ?? DEFAULT_NOTICE_NUMBER_FORMAT;
  }
}

async function render(doc: DocDetail, number: string, profile: OfficeProfile): Promise<Uint8Array> {
  const spec = noticeDocument(doc.fields, number, profile);
  return renderDocx(spec, { author: profile.organs[0] ?? '', title: doc.title });
}

/** An issued document's file as frozen at issue, byte for byte. */
function frozenFile(call: Call, doc: DocDetail): FileResult {
  if (doc.status !== '已印发' || doc.sha256 === null) throw new AppError('CONFLICT', '草稿尚未印发，没有定稿文件；请用“预览”查看。');
  const bytes = getDocumentFile(call.ctx.db, doc.sha256);
  if (!bytes) throw new AppError('INTERNAL', `${doc.number} 的文件缺失，请用“lianqing check”检查数据。`);
  return { fileName: docFileName(doc.number, doc.title), dataBase64: bytes.toString('base64') };
}

interface Rendered {
  doc: DocDetail;
  year: number;
  serial: number;
  number: string;
  bytes: Uint8Array;
  sha256: string;
  /** Ends this issue's turn for the kind. */
  done: () => void;
}

interface PreviewData {
  doc: DocDetail;
  number: string;
  profile: OfficeProfile;
}

export const issueHandlers: HandlerGroup<'docs.preview' | 'docs.issue' | 'docs.download'> = {
  // A draft as it will print (文号 left open); an issued document is its frozen file, never rendered again.
  'docs.preview': steps<'docs.preview', undefined, PreviewData | FileResult>({
    run: (call, input) => {
      const doc = mustGetDocument(call, input.id);
      if (doc.status === '已印发') return frozenFile(call, doc);
      const profile = requireOfficeProfile(call.ctx.db);
      const year = numberYear(doc.date ?? today(call));
      const number = formatDocNumber(numberFormat(call, doc.kind), { abbreviation: profile.abbreviation, year, serial: null });
      return { doc, number, profile };
    },
    finish: async (_call, data): Promise<FileResult> => {
      if (!('doc' in data)) return data;
      const bytes = await render(data.doc, data.number, data.profile);
      return { fileName: docFileName('草稿', data.doc.title), dataBase64: Buffer.from(bytes).toString('base64') };
    },
  }),

  'docs.issue': steps<'docs.issue', Rendered, DocDetail>({
    prepare: async (call, input) => {
      const first = await readCommitted(call.ctx.gate, () => mustGetDraft(call, input.id, input.version));
      const done = await call.ctx.documentTurns.acquire(first.kind);
      try {
        // Read again in this turn: the one before may have issued meanwhile.
        const { doc, profile, year, serial, number } = await readCommitted(call.ctx.gate, () => {
          const doc = mustGetDraft(call, input.id, input.version);
          const profile = requireOfficeProfile(call.ctx.db);
          const problem = issueDateProblem(doc.fields.date, today(call));
          if (problem) throw new AppError('VALIDATION', problem);
          const year = numberYear(doc.fields.date);
          const serial = nextSerial(call.ctx.db, doc.kind, year);
          const number = formatDocNumber(numberFormat(call, doc.kind), { abbreviation: profile.abbreviation, year, serial });
          return { doc, profile, year, serial, number };
        });
        const bytes = await render(doc, number, profile);
        return { doc, year, serial, number, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), done };
      } catch (error) {
        done();
        throw error;
      }
    },
    run: (call, input, r) => {
      const user = signedInUser(call);
      if (nextSerial(call.ctx.db, r.doc.kind, r.year) !== r.serial) throw new AppError('CONFLICT', `文号${r.number}已被占用，请重新印发。`);
      putDocumentFile(call.ctx.db, r.sha256, r.bytes);
      const issued = markIssued(call.ctx.db, r.doc.id, input.version, {
        year: r.year, serial: r.serial, number: r.number, sha256: r.sha256, at: nowIso(call), userId: user.id,
      });
      if (!issued) throw new AppError('CONFLICT', '该草稿已被他人修改或已印发，请刷新后再试。');
      audit(call, 'document', r.doc.id, r.number, {
        kind: r.doc.kindLabel, number: r.number, title: r.doc.title, recipients: r.doc.recipients, date: r.doc.date, sha256: r.sha256,
        ...(r.doc.replacesNumber ? { replaces: r.doc.replacesNumber } : {}),
      });
      const out = getDocument(call.ctx.db, r.doc.id);
      if (!out) throw new AppError('INTERNAL', '印发后未找到该公文。');
      return out;
    },
    release: (r) => r.done(),
  }),

  'docs.download': (call, input) => frozenFile(call, mustGetDocument(call, input.id)),
};
