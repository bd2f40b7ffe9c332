// 函询通知书, 委托谈话通知书, 谈话通知: a 公文 laid out as a 通知 is (GB/T 9704: 版头 with the 文号,
// 标题, 主送, 正文 — the deadline is one of its sentences —, 成文日期 under the 发文机关署名, 抄送 in
// the 版记). The body is split into paragraphs and headings as typed; nothing about a reporter
// ever enters it.
import type { InterviewNoticeInput } from '../../../../shared/documents/kinds.ts';
import type { DocOffice, OfficialDocument } from '../../../../shared/documents/spec.ts';
import { blocksFromText } from '../../../../shared/documents/text.ts';

export function buildInterviewNotice(input: InterviewNoticeInput, office: DocOffice): OfficialDocument {
  return {
    family: 'official',
    office,
    number: input.number,
    title: input.title,
    recipients: input.recipients,
    blocks: blocksFromText(input.body),
    attachments: [],
    signature: office.organs,
    date: input.date,
    copyTo: (input.copyTo ?? []).filter((c) => c.trim() !== ''),
  };
}
