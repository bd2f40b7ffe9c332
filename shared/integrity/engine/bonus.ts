// 激励性: each bonus entry of the period of a kind the scheme has adds its kind's points; the
// quarter's sum is capped.
import type { UnitFacts } from './facts.ts';
import type { ScoreLine } from '../results.ts';
import type { SchemeContent } from '../scheme.ts';
import { line, sum } from './lines.ts';
import { hu, pts } from './numbers.ts';

export function bonusLines(scheme: SchemeContent, facts: UnitFacts): ScoreLine[] {
  const kinds = new Map(scheme.bonus.kinds.map((k) => [k.key, k]));
  const lines: ScoreLine[] = [];
  for (const b of facts.bonuses) {
    const kind = kinds.get(b.kindKey);
    if (!kind) continue;
    const p = hu(kind.points);
    const date = b.date.slice(0, 10);
    lines.push(line('bonus.entry', String(b.id), '激励性', `${kind.name}（${date}）：${b.summary}，加${pts(p)}分`, p, [{ kind: '激励加分', id: b.id, label: `${kind.name} ${date}` }]));
  }
  const total = sum(lines);
  const cap = hu(scheme.bonus.cap);
  if (total > cap) lines.push(line('bonus.cap', '', '激励性', `加分合计${pts(total)}分，超过每季度上限${pts(cap)}分，减${pts(total - cap)}分`, cap - total));
  return lines;
}
