// 谈话记录: the talk as recorded — who, when, where, by whom, why —, its key points and the
// interviewee's statement, then the lines where the interviewers, the recorder and the interviewee
// sign by hand with the date. Made when asked, not numbered; the signed paper is scanned back.
import type { TalkRecordFormInput } from '../../../../shared/documents/forms.ts';
import type { DocCell, DocOffice, FormDocument } from '../../../../shared/documents/spec.ts';
import { formDate, formSubtitle, label, value } from './formParts.ts';

/** A signature line: who signs, room for the name, and the date to fill in by hand. */
function signature(who: string): DocCell[] {
  return [label(who, { colSpan: 2 }), value('\n　　　　　　年　　月　　日', { colSpan: 2, minHeightMm: 16, align: 'right' })];
}

function orNone(text: string): string {
  return text.trim() === '' ? '无' : text;
}

export function buildTalkRecord(input: TalkRecordFormInput, office: DocOffice): FormDocument {
  const rows: DocCell[][] = [
    [label('谈话对象'), value(input.person), label('谈话类别'), value(input.talkType)],
    [label('单位及职务'), value(input.unitPost, { colSpan: 3 })],
    [label('时间'), value(formDate(input.time)), label('地点'), value(input.place)],
    [label('谈话人'), value(input.interviewers), label('记录人'), value(input.recorder)],
    [label('事由'), value(orNone(input.cause), { colSpan: 3, minHeightMm: 15 })],
    [label('谈话要点'), value(orNone(input.keyPoints), { colSpan: 3, minHeightMm: 30 })],
    [label('本人陈述'), value(orNone(input.statement), { colSpan: 3, minHeightMm: 30 })],
    signature('谈话人（签字）'),
    signature('记录人（签字）'),
    signature('谈话对象（签字）'),
  ];
  return {
    family: 'form',
    office,
    title: '谈话记录',
    subtitle: formSubtitle(input.code, office),
    blocks: [{ type: 'table', columns: [20, 30, 18, 32], rows, fontSizePt: 12 }],
  };
}
