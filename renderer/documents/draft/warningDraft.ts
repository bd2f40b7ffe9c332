// What the 预警告知书 form holds, and the operation's fields made from it: the unit as picked (id
// and name), each problem row with the tip it came from (or the 廉情指数 score line and its records,
// kept as they came), dates as typed.
import { defaultWarningDeadline, type WarningFields, type WarningProblem } from '../../../shared/documents/index.ts';
import type { PickedUnit } from '../../registry/index.ts';

export interface ProblemDraft {
  text: string;
  category: string;
  /** The concluded tip the text was taken from; null when typed. */
  tipId: number | null;
  /** The published score line the problem was drafted from, with its records; null when typed. Never edited here. */
  line: NonNullable<WarningProblem['line']> | null;
}

export interface WarningDraft {
  unit: PickedUnit | null;
  recipients: string;
  title: string;
  intro: string;
  problems: ProblemDraft[];
  requirements: string;
  deadline: string;
  date: string;
  copyTo: string;
}

/** The usual opening of a 预警告知书 (the clerk may change it). */
export const DEFAULT_INTRO = '近期，我委在日常监督中发现你单位存在以下问题：';

export const emptyProblem = (): ProblemDraft => ({ text: '', category: '', tipId: null, line: null });

/** A new notice: dated today, its 整改时限 the setting's days later, one empty problem. */
export function newWarningDraft(today: string, deadlineDays: number, unit: PickedUnit | null): WarningDraft {
  return {
    unit,
    recipients: unit?.name ?? '',
    title: '',
    intro: DEFAULT_INTRO,
    problems: [emptyProblem()],
    requirements: '',
    deadline: defaultWarningDeadline(today, deadlineDays),
    date: today,
    copyTo: '',
  };
}

/** A saved draft's fields back in the form (the unit's name is the register's source label). */
export function warningDraftOf(fields: WarningFields, unitName: string): WarningDraft {
  return {
    unit: { id: fields.unitId, name: unitName },
    recipients: fields.recipients,
    title: fields.title,
    intro: fields.intro,
    problems: fields.problems.map((p) => ({ text: p.text, category: p.category, tipId: p.tipId ?? null, line: p.line ?? null })),
    requirements: fields.requirements,
    deadline: fields.deadline,
    date: fields.date,
    copyTo: fields.copyTo,
  };
}

/** The operation's fields (the schema names what is missing: no unit gives "请选择预警对象单位"). */
export function warningInputOf(d: WarningDraft) {
  return {
    title: d.title,
    unitId: d.unit?.id,
    recipients: d.recipients,
    intro: d.intro,
    problems: d.problems.map((p) => ({ text: p.text, category: p.category, ...(p.tipId === null ? {} : { tipId: p.tipId }), ...(p.line === null ? {} : { line: p.line }) })),
    requirements: d.requirements,
    deadline: d.deadline,
    date: d.date,
    copyTo: d.copyTo,
  };
}
