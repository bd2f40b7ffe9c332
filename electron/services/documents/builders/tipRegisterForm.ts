// 信访举报登记表: one tip as registered. The reporter is printed only as the caller gives it
// (already masked when the viewer may not see it whole, with a note saying so); an anonymous tip
// prints 匿名; a content the viewer may not read prints （无权查看）.
import type { TipRegisterFormInput } from '../../../../shared/documents/forms.ts';
import type { DocCell, DocOffice, FormDocument } from '../../../../shared/documents/spec.ts';
import { formDate, formSubtitle, label, subjectsText, value } from './formParts.ts';

export const HIDDEN_CONTENT = '（无权查看）';
export const MASKED_NOTE = '举报人信息已按权限遮蔽';

function reporterRows(input: TipRegisterFormInput): DocCell[][] {
  const r = input.reporter;
  if (!r) return [[label('反映人'), value('匿名', { colSpan: 3 })]];
  return [
    [label('反映人', { rowSpan: 3 }), value(`姓名：${r.name}`), label('联系电话'), value(r.phone)],
    [value(`身份证号：${r.idNumber}`, { colSpan: 3 })],
    [value(`住址：${r.address}`, { colSpan: 3 })],
  ];
}

export function buildTipRegisterForm(input: TipRegisterFormInput, office: DocOffice): FormDocument {
  const rows: DocCell[][] = [
    [label('收件日期'), value(formDate(input.receivedDate)), label('来源渠道'), value(input.channel)],
    [label('反映方式'), value(input.mode), label('附件'), value(`${input.attachmentCount}件`)],
    ...reporterRows(input),
    [label('被反映人'), value(subjectsText(input.subjects), { colSpan: 3 })],
    [label('被反映单位'), value(input.subjectUnit ?? '', { colSpan: 3 })],
    [label('问题类别'), value(input.category, { colSpan: 3 })],
    [label('问题摘要'), value(input.summary, { colSpan: 3, minHeightMm: 25 })],
    [label('反映内容'), value(input.content ?? HIDDEN_CONTENT, { colSpan: 3, minHeightMm: 60 })],
    [label('登记人'), value(input.registeredBy), label('登记时间'), value(formDate(input.registeredAt))],
  ];
  return {
    family: 'form',
    office,
    title: '信访举报登记表',
    subtitle: formSubtitle(input.code, office),
    blocks: [{ type: 'table', columns: [18, 32, 18, 32], rows, fontSizePt: 12 }],
    footnote: input.reporter && input.reporterMasked ? `注：${MASKED_NOTE}。` : undefined,
  };
}
