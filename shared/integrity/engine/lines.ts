// A score line and a part's sum: the shapes every part's rules build.
import type { Hundredths } from '../decimal.ts';
import type { Part } from '../enums.ts';
import type { RecordRef, Rule, ScoreLine } from '../results.ts';

export function line(rule: Rule, what: string, part: Part | '总分', text: string, points: Hundredths, records: RecordRef[] = []): ScoreLine {
  return { key: what === '' ? rule : `${rule}:${what}`, rule, part, text, points, records };
}

export function sum(lines: readonly ScoreLine[]): Hundredths {
  let total = 0;
  for (const l of lines) total += l.points;
  return total;
}
