// A 通知 of the register as the engine takes it: the office from 机关信息, the 文号 as issued (or
// left open in a draft's preview), the clerk's fields. One place for every 公文 kind's file name.
import type { DocOffice, OfficialDocument } from '../../../shared/documents/spec.ts';
import type { NoticeFields } from '../../../shared/documents/register.ts';
import type { OfficeProfile } from '../../../shared/core/index.ts';
import { displayFileName } from '../../../shared/kernel/fileNames.ts';
import { buildNotice } from './builders/notice.ts';

export function docOffice(profile: OfficeProfile): DocOffice {
  return { organs: profile.organs, mark: profile.mark, printer: profile.printer, address: profile.address, phone: profile.phone };
}

export function noticeDocument(fields: NoticeFields, number: string, profile: OfficeProfile): OfficialDocument {
  return buildNotice(
    {
      number,
      title: fields.title,
      recipients: fields.recipients,
      body: fields.body,
      attachments: fields.attachments,
      date: fields.date,
      copyTo: fields.copyTo === '' ? [] : [fields.copyTo],
    },
    docOffice(profile),
  );
}

/** 临纪发〔2026〕5号 关于….docx (a draft: 草稿 关于….docx; a form: its title), without characters a disk refuses. */
export function docFileName(lead: string | null, title: string): string {
  return displayFileName(`${lead === null ? '' : `${lead} `}${title.replace(/[\\/]/g, '_')}.docx`);
}
