// 绩效: the unit's per-capita administrative cost and saving rate against the mean of the scored
// units of its type that have the figure for the period. Bands are compared exactly, in integers:
// d ≤ upTo ⇔ (n·c − S)·100·100 ≤ upTo_h·S, and own − mean ≥ atLeast ⇔ n·own − S' ≥ atLeast_h·n.
import { divRoundHalfUp, type Hundredths } from '../decimal.ts';
import { periodLabel } from '../flow.ts';
import type { CostFact, UnitFact } from '../inputs.ts';
import type { UnitType } from '../../registry/index.ts';
import type { RecordRef, ScoreLine } from '../results.ts';
import type { SchemeContent } from '../scheme.ts';
import type { UnitFacts } from './facts.ts';
import { line } from './lines.ts';
import { bigDivRoundHalfUp, hu, pts, two } from './numbers.ts';

/** A unit type's cost group: the members' count and sums, and the points each member got. */
export interface CostGroup {
  n: number;
  costSum: bigint;
  savingSum: bigint;
  costPointsSum: Hundredths;
  savingPointsSum: Hundredths;
}

interface Measure {
  points: Hundredths;
  text: string;
}

function costMeasure(scheme: SchemeContent, fact: CostFact, g: CostGroup): Measure {
  const perf = scheme.performance;
  const c = BigInt(fact.costPerCapita);
  const n = BigInt(g.n);
  const S = g.costSum;
  const own = `本单位${two(fact.costPerCapita)}元`;
  let head: string;
  let holds: (upToH: Hundredths) => boolean;
  if (g.n <= 1) {
    head = `${perf.costName}：${own}，同类单位仅本单位有数据，偏离度按0计`;
    holds = (u) => 0 <= u;
  } else if (S <= 0n) {
    head = `${perf.costName}：${own}，同类${g.n}个单位平均为0，偏离度按0计`;
    holds = (u) => 0 <= u;
  } else {
    const num = n * c - S;
    const mean = bigDivRoundHalfUp(S, n);
    const d = bigDivRoundHalfUp(num * 10000n, S);
    head = `${perf.costName}：${own}，同类${g.n}个单位平均${two(mean)}元，偏离度 = (${two(fact.costPerCapita)} − ${two(mean)}) ÷ ${two(mean)} = ${two(d)}%`;
    holds = (u) => num * 10000n <= BigInt(u) * S;
  }
  for (const band of perf.costBands) {
    const upTo = hu(band.upTo);
    if (holds(upTo)) {
      const p = hu(band.points);
      return { points: p, text: `${head}，不高于${pts(upTo)}%，得${pts(p)}分` };
    }
  }
  const p = hu(perf.costOtherwise);
  return { points: p, text: `${head}，高于各档次，得${pts(p)}分` };
}

function savingMeasure(scheme: SchemeContent, fact: CostFact, g: CostGroup): Measure {
  const perf = scheme.performance;
  const own = BigInt(fact.savingRate);
  const n = BigInt(g.n);
  const S = g.savingSum;
  let head: string;
  let holds: (atLeastH: Hundredths) => boolean;
  if (g.n <= 1) {
    head = `${perf.savingName}：本单位${two(fact.savingRate)}%，同类单位仅本单位有数据，偏离按0计`;
    holds = (a) => 0 >= a;
  } else {
    const num = n * own - S;
    const mean = bigDivRoundHalfUp(S, n);
    const dev = bigDivRoundHalfUp(num, n);
    head = `${perf.savingName}：本单位${two(fact.savingRate)}%，同类${g.n}个单位平均${two(mean)}%，偏离 = ${two(fact.savingRate)} − ${two(mean)} = ${two(dev)}个百分点`;
    holds = (a) => num >= BigInt(a) * n;
  }
  for (const band of perf.savingBands) {
    const atLeast = hu(band.atLeast);
    if (holds(atLeast)) {
      const p = hu(band.points);
      return { points: p, text: `${head}，不低于${pts(atLeast)}个百分点，得${pts(p)}分` };
    }
  }
  const p = hu(perf.savingOtherwise);
  return { points: p, text: `${head}，低于各档次，得${pts(p)}分` };
}

/** Groups the scored units' cost facts by type, and scores each member (for 同类平均). */
export function costGroups(scheme: SchemeContent, units: readonly UnitFact[], facts: Map<number, UnitFacts>): Map<UnitType, CostGroup> {
  const groups = new Map<UnitType, CostGroup>();
  const members = new Map<UnitType, CostFact[]>();
  for (const unit of units) {
    const cost = facts.get(unit.id)?.cost;
    if (!cost) continue;
    let g = groups.get(unit.type);
    if (!g) groups.set(unit.type, (g = { n: 0, costSum: 0n, savingSum: 0n, costPointsSum: 0, savingPointsSum: 0 }));
    g.n += 1;
    g.costSum += BigInt(cost.costPerCapita);
    g.savingSum += BigInt(cost.savingRate);
    const list = members.get(unit.type) ?? [];
    list.push(cost);
    members.set(unit.type, list);
  }
  if (scheme.missing.cost === '同类平均') {
    for (const [type, list] of members) {
      const g = groups.get(type);
      if (!g) continue;
      for (const cost of list) {
        g.costPointsSum += costMeasure(scheme, cost, g).points;
        g.savingPointsSum += savingMeasure(scheme, cost, g).points;
      }
    }
  }
  return groups;
}

function missingMeasure(scheme: SchemeContent, name: string, full: Hundredths, unit: UnitFact, g: CostGroup | undefined, groupSum: (g: CostGroup) => Hundredths): Measure {
  switch (scheme.missing.cost) {
    case '满分':
      return { points: full, text: `${name}：无数据，按满分计${pts(full)}分` };
    case '零分':
      return { points: 0, text: `${name}：无数据，按0分计` };
    case '同类平均': {
      if (!g || g.n === 0) return { points: full, text: `${name}：无数据，同类单位（${unit.type}）均无数据，按满分计${pts(full)}分` };
      const total = groupSum(g);
      const mean = divRoundHalfUp(total, g.n);
      return { points: mean, text: `${name}：无数据，按同类单位（${unit.type}）${g.n}个单位平均得分计，${pts(total)}分÷${g.n} = ${pts(mean)}分` };
    }
  }
}

function maxPoints(bands: ReadonlyArray<{ points: number }>, otherwise: number): Hundredths {
  let best = hu(otherwise);
  for (const b of bands) best = Math.max(best, hu(b.points));
  return best;
}

export function performanceLines(scheme: SchemeContent, unit: UnitFact, year: number, facts: UnitFacts, groups: Map<UnitType, CostGroup>): ScoreLine[] {
  const perf = scheme.performance;
  const g = groups.get(unit.type);
  const fact = facts.cost;
  if (!fact || !g) {
    const cost = missingMeasure(scheme, perf.costName, maxPoints(perf.costBands, perf.costOtherwise), unit, g, (x) => x.costPointsSum);
    const saving = missingMeasure(scheme, perf.savingName, maxPoints(perf.savingBands, perf.savingOtherwise), unit, g, (x) => x.savingPointsSum);
    return [line('performance.cost', '', '绩效', cost.text, cost.points), line('performance.saving', '', '绩效', saving.text, saving.points)];
  }
  const records: RecordRef[] = [{ kind: '行政成本', id: fact.id, label: `${periodLabel(year, fact.quarter)} 行政成本` }];
  const cost = costMeasure(scheme, fact, g);
  const saving = savingMeasure(scheme, fact, g);
  return [line('performance.cost', '', '绩效', cost.text, cost.points, records), line('performance.saving', '', '绩效', saving.text, saving.points, [...records])];
}
