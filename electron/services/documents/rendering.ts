// What preview and issue share: a kind's 文号 format from 系统设置, and a register document rendered
// by its kind (compose.ts officialDocument) into the .docx bytes — or several in one file (合并打印).
import {
  DEFAULT_ENTRUST_NUMBER_FORMAT, DEFAULT_INQUIRY_NUMBER_FORMAT, DEFAULT_NOTICE_NUMBER_FORMAT, DEFAULT_TALK_NOTICE_NUMBER_FORMAT,
  DEFAULT_WARNING_NUMBER_FORMAT, DEFAULT_ADVICE_NUMBER_FORMAT,
} from '../../../shared/documents/settings.ts';
import type { DocDetail, DocKind } from '../../../shared/documents/register.ts';
import type { OfficeProfile } from '../../../shared/core/index.ts';
import { AppError } from '../../../shared/kernel/errors.ts';
import { today, type Call } from '../kernel/context.ts';
import { formatDocNumber, numberYear } from '../../../shared/documents/numbers.ts';
import { getSettings } from '../settings/index.ts';
import { renderDocx, renderDocxCombined } from './engine/render.ts';
import { officialDocument } from './compose.ts';

/** The 文号 format of a kind, as set in 系统设置 (each kind numbered in its own sequence). */
export function numberFormat(call: Call, kind: DocKind): string {
  const settings = getSettings(call.ctx.db);
  switch (kind) {
    case 'notice':
      return settings.noticeNumberFormat ?? DEFAULT_NOTICE_NUMBER_FORMAT;
    case 'warning':
      return settings.warningNumberFormat ?? DEFAULT_WARNING_NUMBER_FORMAT;
    case 'inquiry':
      return settings.inquiryNumberFormat ?? DEFAULT_INQUIRY_NUMBER_FORMAT;
    case 'entrust':
      return settings.entrustNumberFormat ?? DEFAULT_ENTRUST_NUMBER_FORMAT;
    case 'talkNotice':
      return settings.talkNoticeNumberFormat ?? DEFAULT_TALK_NOTICE_NUMBER_FORMAT;
    case 'advice':
      return settings.adviceNumberFormat ?? DEFAULT_ADVICE_NUMBER_FORMAT;
  }
}

/** A draft's 文号 as its preview prints it: the kind's format for the 成文日期's year, the serial left open. */
export function openNumber(call: Call, doc: DocDetail, profile: OfficeProfile): string {
  const year = numberYear(doc.date ?? today(call));
  return formatDocNumber(numberFormat(call, doc.kind), { abbreviation: profile.abbreviation, year, serial: null });
}

export async function renderDocument(doc: DocDetail, number: string, profile: OfficeProfile): Promise<Uint8Array> {
  return renderDocx(officialDocument(doc, number, profile), { author: profile.organs[0] ?? '', title: doc.title });
}

/**
 * 合并打印: the documents in order in one .docx, each with the 文号 given (its own, or left open for
 * a draft), each starting on a new page with its page numbers from 1. Rendered once, as one file.
 */
export async function renderCombined(items: ReadonlyArray<{ doc: DocDetail; number: string }>, profile: OfficeProfile): Promise<Uint8Array> {
  if (items.length === 0) throw new AppError('VALIDATION', '没有可打印的公文。');
  const kinds = new Set(items.map((i) => i.doc.kindLabel));
  const [only] = kinds;
  const what = kinds.size === 1 && only !== undefined ? only : '公文';
  return renderDocxCombined(
    items.map((i) => officialDocument(i.doc, i.number, profile)),
    { author: profile.organs[0] ?? '', title: `${what}（共${items.length}份）` },
  );
}
