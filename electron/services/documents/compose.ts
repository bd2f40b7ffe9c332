// A 公文 of the register as the engine takes it: the office from 机关信息, the 文号 as issued (or
// left open in a draft's preview), the clerk's fields — by kind, in the one switch below. One place
// for every 公文 kind's file name.
import type { DocOffice, OfficialDocument } from '../../../shared/documents/spec.ts';
import type { DocContent, NoticeFields } from '../../../shared/documents/register.ts';
import type { WarningFields } from '../../../shared/documents/warning.ts';
import type { InterviewNoticeFields } from '../../../shared/documents/interviewNotice.ts';
import type { AdviceFields } from '../../../shared/documents/advice.ts';
import type { OfficeProfile } from '../../../shared/core/index.ts';
import { displayFileName } from '../../../shared/kernel/fileNames.ts';
import { buildNotice } from './builders/notice.ts';
import { buildWarningNotice } from './builders/warningNotice.ts';
import { buildInterviewNotice } from './builders/interviewNotice.ts';
import { buildAdvice } from './builders/advice.ts';

export function docOffice(profile: OfficeProfile): DocOffice {
  return { organs: profile.organs, mark: profile.mark, printer: profile.printer, address: profile.address, phone: profile.phone };
}

function copyToList(copyTo: string): string[] {
  return copyTo === '' ? [] : [copyTo];
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
      copyTo: copyToList(fields.copyTo),
    },
    docOffice(profile),
  );
}

export function warningDocument(fields: WarningFields, number: string, profile: OfficeProfile): OfficialDocument {
  return buildWarningNotice(
    {
      number,
      title: fields.title,
      recipients: fields.recipients,
      intro: fields.intro,
      problems: fields.problems.map((p) => ({ text: p.text })),
      requirements: fields.requirements,
      deadline: fields.deadline,
      date: fields.date,
      copyTo: copyToList(fields.copyTo),
    },
    docOffice(profile),
  );
}

/** 函询通知书, 委托谈话通知书, 谈话通知: laid out as a 通知 is. */
export function interviewNoticeDocument(fields: InterviewNoticeFields, number: string, profile: OfficeProfile): OfficialDocument {
  return buildInterviewNotice(
    { number, title: fields.title, recipients: fields.recipients, body: fields.body, date: fields.date, copyTo: copyToList(fields.copyTo) },
    docOffice(profile),
  );
}

/** 预警建议书: 主送 the unit, 正文 as typed. */
export function adviceDocument(fields: AdviceFields, number: string, profile: OfficeProfile): OfficialDocument {
  return buildAdvice(
    { number, title: fields.title, recipients: fields.recipients, body: fields.body, date: fields.date, copyTo: copyToList(fields.copyTo) },
    docOffice(profile),
  );
}

/** Any kind's document, with the 文号 given (or left open). */
export function officialDocument(content: DocContent, number: string, profile: OfficeProfile): OfficialDocument {
  switch (content.kind) {
    case 'notice':
      return noticeDocument(content.fields, number, profile);
    case 'warning':
      return warningDocument(content.fields, number, profile);
    case 'inquiry':
    case 'entrust':
    case 'talkNotice':
      return interviewNoticeDocument(content.fields, number, profile);
    case 'advice':
      return adviceDocument(content.fields, number, profile);
  }
}

/** 临纪发〔2026〕5号 关于….docx (a draft: 草稿 关于….docx; a form: its title), without characters a disk refuses. */
export function docFileName(lead: string | null, title: string): string {
  return displayFileName(`${lead === null ? '' : `${lead} `}${title.replace(/[\\/]/g, '_')}.docx`);
}
