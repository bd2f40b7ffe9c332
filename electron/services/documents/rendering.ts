// What preview and issue share: a kind's 文号 format from 系统设置, and a register document rendered
// by its kind (compose.ts officialDocument) into the .docx bytes.
import {
  DEFAULT_ENTRUST_NUMBER_FORMAT, DEFAULT_INQUIRY_NUMBER_FORMAT, DEFAULT_NOTICE_NUMBER_FORMAT, DEFAULT_TALK_NOTICE_NUMBER_FORMAT,
  DEFAULT_WARNING_NUMBER_FORMAT, DEFAULT_ADVICE_NUMBER_FORMAT,
} from '../../../shared/documents/settings.ts';
import type { DocDetail, DocKind } from '../../../shared/documents/register.ts';
import type { OfficeProfile } from '../../../shared/core/index.ts';
import type { Call } from '../kernel/context.ts';
import { getSettings } from '../settings/index.ts';
import { renderDocx } from './engine/render.ts';
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

export async function renderDocument(doc: DocDetail, number: string, profile: OfficeProfile): Promise<Uint8Array> {
  return renderDocx(officialDocument(doc, number, profile), { author: profile.organs[0] ?? '', title: doc.title });
}
