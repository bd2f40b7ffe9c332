// What a published result calls for, one place (the services write consequences with these; the
// consequences page marks with the same rule those that no longer match a republished result):
// - a quarter: a 预警告知书 when the unit is 红 or has a found problem (a substantiated tip, a
//   supervision finding in the quarter);
// - a year: a 预警建议书 for every unit; C a 廉政谈话 and 不得评先评优; A 可参与优秀班子评定.
// And which of a quarter's lines point at something the unit must put right (what a notice lists):
// 控制点 未落实 or 部分落实, 逾期整改事项, 监督发现问题, 查实信访件, 廉勤性 deductions — not survey
// shortfalls or performance bands (those are the 建议书's weak points).
import { formatHundredths, type Grade, type Rule, type ScoreLine, type UnitQuarterScore, type UnitYearScore } from '../integrity/index.ts';
import type { ConsequenceKind } from './enums.ts';

/** Lines of these rules point at something to fix whenever they are there. */
const FIXABLE_RULES: readonly Rule[] = ['control.overdue', 'participation.finding', 'participation.tip', 'integrity.event'];
/** A found problem in the quarter (DOMAIN: a substantiated tip, a supervision finding). */
const FOUND_PROBLEM_RULES: readonly Rule[] = ['participation.finding', 'participation.tip'];

/** A control point's line whose result was 未落实 or 部分落实 (the engine writes “名称：结果，…”). */
function controlShortfall(line: ScoreLine): boolean {
  return line.rule === 'control.item' && (line.text.includes('：未落实，') || line.text.includes('：部分落实，'));
}

/** Whether a quarter's line points at something the unit must put right (a notice may list it). */
export function isFixableLine(line: ScoreLine): boolean {
  return FIXABLE_RULES.includes(line.rule) || controlShortfall(line);
}

/** A quarter's lines a 预警告知书 drafts its problems from, in the result's order. */
export function noticeLines(result: UnitQuarterScore): ScoreLine[] {
  return result.lines.filter(isFixableLine);
}

/** A quarter's found problems: its substantiated tips' and supervision findings' lines. */
export function foundProblemLines(result: UnitQuarterScore): ScoreLine[] {
  return result.lines.filter((l) => FOUND_PROBLEM_RULES.includes(l.rule));
}

/** What one consequence is for and why, as a person reads it. */
export interface CalledFor {
  kind: ConsequenceKind;
  basis: string;
}

/** 红色（58.20分）；查实信访件1件、监督发现问题2项 — or none when the quarter calls for no notice. */
export function quarterCalls(result: UnitQuarterScore): CalledFor[] {
  const found = foundProblemLines(result);
  if (result.colour !== '红' && found.length === 0) return [];
  const parts: string[] = [];
  if (result.colour === '红') parts.push(`红色（${formatHundredths(result.score)}分）`);
  const tips = found.filter((l) => l.rule === 'participation.tip').reduce((n, l) => n + Math.max(1, l.records.length), 0);
  const findings = found.filter((l) => l.rule === 'participation.finding').reduce((n, l) => n + Math.max(1, l.records.length), 0);
  const problems = [tips > 0 ? `查实信访件${tips}件` : '', findings > 0 ? `监督发现问题${findings}项` : ''].filter((s) => s !== '');
  if (problems.length > 0) parts.push(problems.join('、'));
  return [{ kind: '预警告知书', basis: parts.join('；') }];
}

/** The year's consequences of a unit's result: a 建议书 for every unit, and by grade. */
export function yearCalls(result: UnitYearScore): CalledFor[] {
  const graded = `${result.grade}级（${formatHundredths(result.score)}分）${result.veto ? '，一票否决' : ''}`;
  const calls: CalledFor[] = [{ kind: '预警建议书', basis: graded }];
  if (result.grade === 'C') calls.push({ kind: '廉政谈话', basis: graded }, { kind: '不得评先评优', basis: graded });
  if (result.grade === 'A') calls.push({ kind: '可参与优秀班子评定', basis: graded });
  return calls;
}

/**
 * Why a consequence no longer matches the period's result in force (republished since), or null
 * when it still does. `current` is the unit's result in the publication in force (null: the unit is
 * not in it); `wasGrade` the grade of the result that called for it (a year's). A 预警建议书 is
 * called for whatever the grade, but it was worded for its grade: another grade now no longer matches.
 */
export function staleReason(kind: ConsequenceKind, current: UnitQuarterScore | UnitYearScore | null, wasGrade: Grade | null = null): string | null {
  if (current === null) return '该单位不在现行发布结果中';
  const calls = 'grade' in current ? yearCalls(current) : quarterCalls(current);
  if (kind === '预警建议书' && 'grade' in current && wasGrade !== null && wasGrade !== current.grade) {
    return `重新发布后为${current.grade}级（${formatHundredths(current.score)}分），该建议书按${wasGrade}级拟制，请更正或关闭`;
  }
  if (calls.some((c) => c.kind === kind)) return null;
  return 'grade' in current
    ? `重新发布后为${current.grade}级（${formatHundredths(current.score)}分），不再需要${kind}`
    : `重新发布后为${current.colour}色（${formatHundredths(current.score)}分）且无查实问题，不再需要${kind}`;
}
