// 预警告知书: a 公文 telling a unit under watch what was found and what it must put right, by when.
// 主送 the unit; 告知事由; "一、存在的问题" with each problem a numbered paragraph (1. 2. …, the lines
// of a problem's text kept as its paragraphs); "二、整改要求" as typed; the closing sentence with the
// 整改时限; 署名, 成文日期, 抄送. A problem is printed by its text alone: nothing about a reporter
// ever enters a 公文.
import type { WarningNoticeInput } from '../../../../shared/documents/kinds.ts';
import type { DocBlock, DocOffice, OfficialDocument } from '../../../../shared/documents/spec.ts';
import { blocksFromText } from '../../../../shared/documents/text.ts';
import { officialDate } from '../../../../shared/documents/dates.ts';

/** The non-blank lines of a text, as typed. */
function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
}

/** Problem n: its first line numbered "n." (third-level numbering), its other lines paragraphs of their own. */
function problemBlocks(text: string, n: number): DocBlock[] {
  const [first = '', ...rest] = lines(text);
  return [
    { type: 'paragraph', text: `${n}.${first.replace(/^[\s\u3000]+/, '')}` },
    ...rest.map((line): DocBlock => ({ type: 'paragraph', text: line })),
  ];
}

/** 请你单位于2027年1月5日前将整改情况书面报送我委。 */
export function warningClosing(deadline: string): string {
  return `请你单位于${officialDate(deadline)}前将整改情况书面报送我委。`;
}

export function buildWarningNotice(input: WarningNoticeInput, office: DocOffice): OfficialDocument {
  const copyTo = (input.copyTo ?? []).filter((c) => c.trim() !== '');
  return {
    family: 'official',
    office,
    number: input.number,
    title: input.title,
    recipients: input.recipients,
    blocks: [
      ...lines(input.intro).map((line): DocBlock => ({ type: 'paragraph', text: line })),
      { type: 'heading', level: 1, text: '一、存在的问题' },
      ...input.problems.flatMap((p, i) => problemBlocks(p.text, i + 1)),
      { type: 'heading', level: 1, text: '二、整改要求' },
      ...blocksFromText(input.requirements),
      { type: 'paragraph', text: warningClosing(input.deadline) },
    ],
    attachments: [],
    signature: office.organs,
    date: input.date,
    copyTo,
  };
}
