// 问题线索处置审批表: the clue, the 拟办 (how the office proposes to handle it) and the 审批 —
// signed here when given, blank cells to sign by hand when not yet — and the 延期 requests, if there are some.
import type { FormApproval, FormExtension, TipApprovalFormInput } from '../../../../shared/documents/forms.ts';
import type { DocBlock, DocCell, DocOffice, FormDocument } from '../../../../shared/documents/spec.ts';
import { formDate, formSubtitle, label, subjectsText, value } from './formParts.ts';

function approvalRows(approval: FormApproval | null): DocCell[][] {
  if (!approval) {
    return [
      [label('审批决定'), value('□ 批准　　□ 退回', { colSpan: 3 })],
      [label('审批意见'), value('\n\n签字：　　　　　　　　年　　月　　日', { colSpan: 3, minHeightMm: 35, align: 'right' })],
    ];
  }
  return [
    [label('审批决定'), value(approval.decision, { colSpan: 3 })],
    [label('审批意见'), value(approval.opinion, { colSpan: 3, minHeightMm: 25 })],
    [label('审批人'), value(approval.by), label('审批日期'), value(formDate(approval.date))],
  ];
}

function extensionTable(extensions: FormExtension[]): DocBlock[] {
  if (extensions.length === 0) return [];
  return [
    { type: 'paragraph', text: [{ text: '延期情况', bold: true }], indent: false },
    {
      type: 'table',
      header: true,
      fontSizePt: 12,
      columns: [16, 34, 16, 16, 18],
      rows: [
        ['申请日期', '延期理由', '原时限', '新时限', '审批结果'].map((t) => label(t)),
        ...extensions.map((e) => [
          value(formDate(e.requestedDate)),
          value(e.reason),
          value(formDate(e.oldDueDate)),
          value(formDate(e.newDueDate)),
          value(e.decision, { align: 'center' }),
        ]),
      ],
    },
  ];
}

export function buildTipApprovalForm(input: TipApprovalFormInput, office: DocOffice): FormDocument {
  const p = input.proposal;
  const rows: DocCell[][] = [
    [label('收件日期'), value(formDate(input.receivedDate)), label('编号'), value(input.code)],
    [label('被反映人'), value(subjectsText(input.subjects), { colSpan: 3 })],
    [label('问题摘要'), value(input.summary, { colSpan: 3, minHeightMm: 25 })],
    [label('处置方式'), value(p.disposition), label('承办部门'), value(p.department)],
    [label('承办人'), value(p.handler), label('承办时限'), value(formDate(p.dueDate))],
    [label('拟办意见'), value(`${p.opinion}\n拟办人：${p.by}　　${formDate(p.date)}`, { colSpan: 3, minHeightMm: 30 })],
    ...approvalRows(input.approval),
  ];
  return {
    family: 'form',
    office,
    title: '问题线索处置审批表',
    subtitle: formSubtitle(input.code, office),
    blocks: [{ type: 'table', columns: [18, 32, 18, 32], rows, fontSizePt: 12 }, ...extensionTable(input.extensions)],
  };
}
