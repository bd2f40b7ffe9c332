// The scoring engine of the integrity index (DOMAIN.md "The integrity index"): pure, exact (integer
// hundredths), reading the scheme as data. scoreQuarter gives each scored unit its lines — each
// naming its rule, its points and the records behind it — its parts, score, colour and veto.
import { scoredIn } from '../flow.ts';
import type { QuarterInputs } from '../inputs.ts';
import type { PartTotals, ScoreLine, UnitQuarterScore } from '../results.ts';
import type { SchemeContent } from '../scheme.ts';
import { bonusLines } from './bonus.ts';
import { quarterColour } from './colour.ts';
import { controlLines } from './control.ts';
import { deductionLines } from './deductions.ts';
import { factsByUnit } from './facts.ts';
import { line } from './lines.ts';
import { pts } from './numbers.ts';
import { participationLines, surveyGroups } from './participation.ts';
import { costGroups, performanceLines } from './performance.ts';

export { colourFor, gradeFor } from './colour.ts';
export { scoreYear, type YearQuarter } from './year.ts';
export { diffLines } from './diff.ts';

const MAX_SCORE = 10000;

export function scoreQuarter(scheme: SchemeContent, inputs: QuarterInputs): UnitQuarterScore[] {
  const { year, quarter } = inputs;
  const units = inputs.units.filter((u) => scoredIn(u, year, quarter));
  const facts = factsByUnit(scheme, inputs, new Set(units.map((u) => u.id)));
  const surveys = surveyGroups(scheme, units, facts);
  const costs = costGroups(scheme, units, facts);

  return units.map((unit): UnitQuarterScore => {
    const f = facts.get(unit.id);
    if (!f) throw new Error(`单位 ${unit.id} 的数据未分组`);
    const control = controlLines(scheme, unit, year, f);
    const participation = participationLines(scheme, unit, year, f, surveys);
    const performance = performanceLines(scheme, unit, year, f, costs);
    const bonus = bonusLines(scheme, f);
    const deductions = deductionLines(scheme, year, f);
    const lines: ScoreLine[] = [...control.lines, ...participation, ...performance, ...bonus, ...deductions.lines];

    const parts: PartTotals = { 控制性: 0, 主体性: 0, 绩效: 0, 激励性: 0, 廉勤性: 0 };
    for (const l of lines) if (l.part !== '总分') parts[l.part] += l.points;
    const raw = parts.控制性 + parts.主体性 + parts.绩效 + parts.激励性 + parts.廉勤性;
    let score = raw;
    if (raw < 0) {
      score = 0;
      lines.push(line('score.clamp', '', '总分', `各项合计${pts(raw)}分，总分不低于0分，计0分`, -raw));
    } else if (raw > MAX_SCORE) {
      score = MAX_SCORE;
      lines.push(line('score.clamp', '', '总分', `各项合计${pts(raw)}分，总分不超过100分，计100分`, MAX_SCORE - raw));
    }
    const colour = quarterColour(scheme, score, f);
    return {
      unitId: unit.id,
      unitName: unit.name,
      unitType: unit.type,
      parentId: unit.parentId,
      parentName: unit.parentName,
      year,
      quarter,
      parts,
      score,
      colour: colour.colour,
      colourNote: colour.colourNote,
      colourRecords: colour.colourRecords,
      veto: deductions.veto,
      missingChecks: control.missing,
      lines,
    };
  });
}
