// A form (表, 记录, 报告): the 公文's page and fonts without 版头 or 文号: the title (2号 小标宋,
// centred), a subtitle line (编号, 制表单位), the blocks (mostly tables), a small footnote.
import type { FormDocument } from '../../../../shared/documents/spec.ts';
import type { Paragraph, Table } from 'docx';
import { blankLine, bodyLine, renderBlock } from './blocks.ts';
import { FONT, SIZE } from './fonts.ts';

export function formChildren(doc: FormDocument): Array<Paragraph | Table> {
  const title = doc.title.split('\n').map((line) => bodyLine(line, { font: FONT.title, sizePt: SIZE.title }, { align: 'center' }));
  const subtitle = doc.subtitle ? [bodyLine(doc.subtitle, { font: FONT.body, sizePt: SIZE.small }, { align: 'left' })] : [];
  const footnote = doc.footnote ? [bodyLine(doc.footnote, { font: FONT.body, sizePt: SIZE.smaller }, { align: 'left' })] : [];
  return [...title, ...subtitle, ...doc.blocks.map(renderBlock), ...(footnote.length > 0 ? [blankLine(), ...footnote] : [])];
}
