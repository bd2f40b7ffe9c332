// 通知: a 公文 from what the clerk filled in. The body is split into paragraphs and headings as
// typed (blocksFromText); nothing about a reporter ever enters a 公文.
import type { NoticeInput } from '../../../../shared/documents/kinds.ts';
import type { DocOffice, OfficialDocument } from '../../../../shared/documents/spec.ts';
import { blocksFromText } from '../../../../shared/documents/text.ts';

export function buildNotice(input: NoticeInput, office: DocOffice): OfficialDocument {
  const attachments = (input.attachments ?? []).filter((a) => a.trim() !== '');
  const copyTo = (input.copyTo ?? []).filter((c) => c.trim() !== '');
  return {
    family: 'official',
    office,
    number: input.number,
    title: input.title,
    recipients: input.recipients,
    blocks: blocksFromText(input.body),
    attachments,
    signature: office.organs,
    date: input.date,
    copyTo,
  };
}
