// A 预警告知书 or 预警建议书 is made about a unit under watch: its source in the register is that
// unit, read from the registry as it is now. A unit that is not there, or 已撤销, is refused. A
// talk's or letter's notice is made for that talk or letter: its source. (A 预警建议书 the index's
// consequences made names that consequence instead: drafts.ts keeps it.)
import { AppError } from '../../../shared/kernel/errors.ts';
import type { DocContent, DocSource } from '../../../shared/documents/register.ts';
import { getUnit } from '../../../db/repos/registry/index.ts';
import { getInterviewRecord } from '../../../db/repos/interviews/index.ts';
import type { Call } from '../kernel/context.ts';

/** The unit a 预警告知书 (or, as `kindName` says, a 预警建议书) is about, refused when it is gone or 已撤销. */
export function warningUnitSource(call: Call, unitId: number, kindName = '预警告知书'): DocSource {
  const unit = getUnit(call.ctx.db, unitId);
  if (!unit) {
    const message = '预警对象单位不存在（可能已被删除），请重新选择单位。';
    throw new AppError('VALIDATION', message, { 'fields.unitId': message });
  }
  if (unit.status !== '正常') {
    const message = `预警对象单位“${unit.name}”已撤销，不能再发${kindName}；请选择状态正常的单位。`;
    throw new AppError('VALIDATION', message, { 'fields.unitId': message });
  }
  return { type: 'unit', id: unit.id, label: unit.name };
}

export function interviewSource(call: Call, interviewId: number): DocSource {
  const r = getInterviewRecord(call.ctx.db, interviewId);
  if (!r) {
    const message = '该文书所属的谈话函询不存在，请从谈话函询页面拟制。';
    throw new AppError('VALIDATION', message, { 'fields.interviewId': message });
  }
  return { type: 'interview', id: r.id, label: `${r.number} ${r.personName}` };
}

/** What a draft of this content is made from: a 预警告知书's or 预警建议书's unit; a talk's or letter's notice its record; a 通知 none. */
export function sourceOf(call: Call, content: DocContent): DocSource | null {
  switch (content.kind) {
    case 'notice':
      return null;
    case 'warning':
      return warningUnitSource(call, content.fields.unitId);
    case 'inquiry':
    case 'entrust':
    case 'talkNotice':
      return interviewSource(call, content.fields.interviewId);
    case 'advice':
      return warningUnitSource(call, content.fields.unitId, '预警建议书');
  }
}
