// 控制性: the unit type's checklist (each result a share of the item's points, a missing result 0),
// −overduePerItem per rectification item overdue at quarter end, the part not below 0.
import { divRoundHalfUp } from '../decimal.ts';
import { periodLabel } from '../flow.ts';
import type { UnitFact } from '../inputs.ts';
import type { ScoreLine } from '../results.ts';
import type { SchemeContent } from '../scheme.ts';
import type { UnitFacts } from './facts.ts';
import { line, sum } from './lines.ts';
import { hu, pts } from './numbers.ts';

export function controlLines(scheme: SchemeContent, unit: UnitFact, year: number, facts: UnitFacts): { lines: ScoreLine[]; missing: number } {
  const c = scheme.control;
  const lines: ScoreLine[] = [];
  let missing = 0;
  const items = c.items.filter((i) => i.unitTypes.includes(unit.type));
  if (items.length === 0) {
    lines.push(line('control.none', '', '控制性', `本类单位（${unit.type}）无控制性清单，按满分计${pts(hu(c.total))}分`, hu(c.total)));
  }
  for (const item of items) {
    const itemH = hu(item.points);
    const fact = facts.checklist.get(item.key);
    if (!fact) {
      missing += 1;
      lines.push(line('control.missing', item.key, '控制性', `${item.name}：未录入，按0分计`, 0));
      continue;
    }
    const shareH = hu(c.shares[fact.result]);
    const points = divRoundHalfUp(itemH * shareH, 10000);
    const label = `${periodLabel(year, fact.quarter)} ${item.name}`;
    lines.push(line('control.item', item.key, '控制性', `${item.name}：${fact.result}，${pts(itemH)}分×${pts(shareH)}% = ${pts(points)}分`, points, [{ kind: '控制性检查', id: fact.id, label }]));
  }
  const perItem = hu(c.overduePerItem);
  for (const o of facts.overdue) {
    lines.push(line('control.overdue', `整改事项:${o.id}`, '控制性', `逾期整改事项 ${o.number}（${o.problem}，整改期限${o.deadline}）：扣${pts(perItem)}分`, -perItem, [{ kind: '整改事项', id: o.id, label: o.number }]));
  }
  const total = sum(lines);
  if (total < 0) {
    lines.push(line('control.floor', '', '控制性', `控制性合计${pts(total)}分，不低于0分，补${pts(-total)}分`, -total));
  }
  return { lines, missing };
}
