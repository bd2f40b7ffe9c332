// 办结报告: what the clue was, how it was handled and found, and each person's 处理 in a table.
// The findings are long text written by the handler: one paragraph a line, kept as written.
import type { FormPenalty, TipClosingReportInput } from '../../../../shared/documents/forms.ts';
import type { DocBlock, DocCell, DocOffice, FormDocument } from '../../../../shared/documents/spec.ts';
import { blocksFromText } from '../../../../shared/documents/text.ts';
import { formDate, formSubtitle, label, subjectsText, value } from './formParts.ts';

function penaltyTable(penalties: FormPenalty[]): DocBlock {
  const rows: DocCell[][] = penalties.map((p) => [
    value(p.person, { align: 'center' }),
    value(p.unit ?? ''),
    value(p.kind),
    value(p.grade ?? ''),
    value(p.circumstance ?? ''),
    value(formDate(p.decidedDate)),
  ]);
  return {
    type: 'table',
    header: true,
    fontSizePt: 12,
    columns: [12, 24, 16, 14, 12, 22],
    rows: [['姓名', '单位', '处理方式', '档次', '情节', '决定日期'].map((t) => label(t)), ...(rows.length > 0 ? rows : [[value('无', { colSpan: 6, align: 'center' })]])],
  };
}

function heading(text: string): DocBlock {
  return { type: 'heading', level: 1, text };
}

export function buildTipClosingReport(input: TipClosingReportInput, office: DocOffice): FormDocument {
  const summary: DocCell[][] = [
    [label('问题摘要'), value(input.summary, { colSpan: 3, minHeightMm: 20 })],
    [label('被反映人'), value(subjectsText(input.subjects), { colSpan: 3 })],
    [label('处置方式'), value(input.disposition), label('承办人'), value(input.handler)],
    [label('办理结果'), value(input.result), label('办结日期'), value(formDate(input.closedDate))],
  ];
  const findings = blocksFromText(input.findings);
  return {
    family: 'form',
    office,
    title: '办结报告',
    subtitle: formSubtitle(input.code, office),
    blocks: [
      { type: 'table', columns: [18, 32, 18, 32], rows: summary, fontSizePt: 12 },
      heading('一、核查情况'),
      ...(findings.length > 0 ? findings : [{ type: 'paragraph' as const, text: '无' }]),
      heading('二、处理情况'),
      penaltyTable(input.penalties),
    ],
  };
}
