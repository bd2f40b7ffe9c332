// 预警建议书: a 公文 sent at year end to a unit under watch, from its published 廉情指数 (GB/T 9704:
// 版头 with the 文号, 标题, 主送 the unit, 正文 — the grade, the score, the weak points and the
// requirements for the coming year, split into paragraphs and headings 一、 二、 as typed —,
// 成文日期 under the 发文机关署名, 抄送 in the 版记). Nothing about a reporter ever enters it.
import type { AdviceInput } from '../../../../shared/documents/kinds.ts';
import type { DocOffice, OfficialDocument } from '../../../../shared/documents/spec.ts';
import { blocksFromText } from '../../../../shared/documents/text.ts';

export function buildAdvice(input: AdviceInput, office: DocOffice): OfficialDocument {
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
