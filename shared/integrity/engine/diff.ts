// A published result's lines against a recomputation's: the lines whose points differ or that
// exist on one side only, joined by key (before's order, then the new lines).
import type { LineDiff, ScoreLine } from '../results.ts';

export function diffLines(before: readonly ScoreLine[], after: readonly ScoreLine[]): LineDiff[] {
  const afterByKey = new Map(after.map((l) => [l.key, l]));
  const beforeKeys = new Set<string>();
  const diffs: LineDiff[] = [];
  for (const b of before) {
    beforeKeys.add(b.key);
    const a = afterByKey.get(b.key);
    if (a && a.points === b.points) continue;
    diffs.push({ key: b.key, text: a ? a.text : b.text, before: b.points, after: a ? a.points : null });
  }
  for (const a of after) {
    if (!beforeKeys.has(a.key)) diffs.push({ key: a.key, text: a.text, before: null, after: a.points });
  }
  return diffs;
}
