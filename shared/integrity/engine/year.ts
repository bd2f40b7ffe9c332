// A unit's year: the mean of its scored quarters (each part too), rounded half up once; graded by
// the scheme's thresholds, and C whatever the score when one of its quarters carries 一票否决.
import { divRoundHalfUp, type Hundredths } from '../decimal.ts';
import { PARTS, type Colour } from '../enums.ts';
import type { UnitFact } from '../inputs.ts';
import type { PartTotals, UnitYearScore } from '../results.ts';
import type { SchemeContent } from '../scheme.ts';
import { gradeFor } from './colour.ts';

/** A quarter's published (or computed) result, as the year reads it. */
export interface YearQuarter {
  quarter: number;
  score: Hundredths;
  colour: Colour;
  veto: boolean;
  parts: PartTotals;
}

export function scoreYear(scheme: SchemeContent, year: number, unit: UnitFact, quarters: ReadonlyArray<YearQuarter | null>): UnitYearScore {
  const byQuarter: Array<YearQuarter | null> = [null, null, null, null];
  for (const q of quarters) {
    if (q && q.quarter >= 1 && q.quarter <= 4) byQuarter[q.quarter - 1] = q;
  }
  const scored = byQuarter.filter((q): q is YearQuarter => q !== null);
  if (scored.length === 0) throw new Error(`${unit.name}在${year}年没有计分的季度`);
  const n = scored.length;
  const mean = (pick: (q: YearQuarter) => Hundredths) => divRoundHalfUp(scored.reduce((s, q) => s + pick(q), 0), n);
  const parts: PartTotals = { 控制性: 0, 主体性: 0, 绩效: 0, 激励性: 0, 廉勤性: 0 };
  for (const p of PARTS) parts[p] = mean((q) => q.parts[p]);
  const score = mean((q) => q.score);
  const veto = scored.some((q) => q.veto);
  return {
    unitId: unit.id,
    unitName: unit.name,
    unitType: unit.type,
    parentId: unit.parentId,
    parentName: unit.parentName,
    year,
    quarters: byQuarter.map((q) => (q ? { quarter: q.quarter, score: q.score, colour: q.colour, veto: q.veto } : null)),
    score,
    parts,
    grade: veto ? 'C' : gradeFor(scheme, score),
    veto,
    gradeNote: veto ? '一票否决' : '',
  };
}
